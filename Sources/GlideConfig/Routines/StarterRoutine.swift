import GlideCore

/// The commented routine `glide new` writes for the person to edit.
public enum StarterRoutine {
  /// The starter file for a routine called `name`.
  public static func text(name: String) -> String {
    """
    # \(name): a routine of your own. Check it with: glide check \(name)
    # Run it with: glide run \(name)

    name = "\(name)"
    summary = "What this routine is for, in one line"
    phase = "any"                 # warm-up | recovery | break | any

    # Each [[steps]] table is one step, in order.
    [[steps]]
    technique = "roll"            # roll hold stretch floss percussion breathe reps rest
    target = "calves"             # the body area, in your words
    duration = "90s"              # "90s", "2m", "1m30s" or seconds; rolls: 1-2 minutes
    sides = "both"                # none | both (left, then right) | left | right
    cue = "Ankle to knee, moderate pressure, slow passes"

    # Follow every passive step with 5-10 reps for the same target, so the range you
    # freed gets used.
    [[steps]]
    technique = "reps"
    target = "calves"
    movement = "Slow calf raises"
    reps = 8
    tempo = "3s"                  # seconds per rep, or "2-1-2" (\(RepPart.names(of: 3))); default 3s

    [[steps]]
    technique = "hold"
    target = "calves"
    duration = "3m"               # holds: 3-5 minutes of slow, building pressure
    breath = "4-6"                # in-out seconds; or in-hold-out ("4-7-8") or four phases
    cue = "Rest on the tender spot; breathe out long and let it soften"

    [[steps]]
    technique = "reps"
    target = "calves"
    movement = "Ankle circles"
    reps = 8
    sides = "both"

    """
  }
}
