/// The programs compiled into the binary, as program files, so nothing is needed beside
/// it at run time.
public enum BuiltinPrograms {
  /// Each built-in program's id and file text, in catalog order.
  public static let files: [(id: String, text: String)] = [
    ("runners-legs", runnersLegs), ("desk-back", deskBack), ("plantar-ankle", plantarAnkle),
  ]

  static let runnersLegs = """
    name = "Runner's legs"
    summary = "Six weeks for calves, quads and hamstrings around your runs, glutes from week 4"
    rest_days = 1

    [[sessions]]
    routine = "pre-run"

    [[sessions]]
    areas = ["calves", "quads", "hamstrings"]
    minutes = 25
    equipment = ["roller", "ball"]
    purpose = "recovery"

    [[sessions]]
    routine = "after-run"

    [[weeks]]
    name = "Find the tight spots"

    [[weeks]]
    name = "Longer holds"
    hold_seconds = 30

    [[weeks]]
    name = "More reps"
    reps = 1

    [[weeks]]
    name = "Glutes join, slower returns"
    tempo_seconds = 0.5
    add_areas = ["glutes"]

    [[weeks]]
    name = "Longer holds, more reps"
    hold_seconds = 30
    reps = 1

    [[weeks]]
    name = "Own the range"
    tempo_seconds = 0.5
    reps = 1
    """

  static let deskBack = """
    name = "Desk back, neck and hips"
    summary = "Five weeks for a desk worker: upper back and neck, hips, low back from week 3"
    rest_days = 1

    [[sessions]]
    routine = "desk-reset"

    [[sessions]]
    areas = ["upper back", "hip flexors"]
    minutes = 20
    equipment = ["roller", "ball"]
    purpose = "recovery"

    [[sessions]]
    routine = "desk-shoulders-neck"

    [[weeks]]
    name = "Start with two areas"

    [[weeks]]
    name = "Longer holds"
    hold_seconds = 30

    [[weeks]]
    name = "Low back joins"
    add_areas = ["low back"]

    [[weeks]]
    name = "More reps, slower returns"
    reps = 1
    tempo_seconds = 0.5

    [[weeks]]
    name = "Longer holds, more reps"
    hold_seconds = 30
    reps = 1
    """

  static let plantarAnkle = """
    name = "Plantar and ankle"
    summary = "Four weeks for the sole of the foot and the ankle, worked as a chain with the calf"
    rest_days = 1

    [[sessions]]
    routine = "plantar-chain"

    [[sessions]]
    routine = "ankle-floss"

    [[weeks]]
    name = "Find the tender spots"

    [[weeks]]
    name = "Longer holds"
    hold_seconds = 30

    [[weeks]]
    name = "More reps, slower returns"
    reps = 1
    tempo_seconds = 0.5

    [[weeks]]
    name = "Longer holds, more reps"
    hold_seconds = 30
    reps = 1
    """
}
