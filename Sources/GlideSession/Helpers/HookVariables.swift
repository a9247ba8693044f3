/// The environment an `--on-event` command runs with: every variable, what it holds, in
/// the order `--help` and the man page list them. `EventHook` sets exactly these (a test
/// holds the two together).
public enum HookVariables {
  /// The events, as `GLIDE_EVENT` names them.
  public static let events = [
    "step_start", "step_end", "pause", "resume", "length_changed", "session_end",
  ]

  /// What `GLIDE_STEP_KIND` says for an item that is not a step of the routine.
  public static let itemKinds = ["lead-in", "switch-sides", "transition"]

  /// Each variable and what it holds.
  public static let all: [(name: String, meaning: String)] = [
    ("GLIDE_EVENT", events.dropLast().joined(separator: ", ") + " or " + events.last!),
    (
      "GLIDE_SEQUENCE",
      "1, 2, 3... in the order the events happened, since commands may run side by side"
    ),
    ("GLIDE_ROUTINE", "the routine's id"),
    (
      "GLIDE_STEP",
      "the step's number, as \"step N of M\" counts it (for the get-ready, a switch or a transition, the step that follows)"
    ),
    (
      "GLIDE_STEP_KIND",
      itemKinds.joined(separator: ", ")
        + ", or the step's technique (roll, hold, stretch, floss, percussion, breathe, reps, rest)"
    ),
    ("GLIDE_TARGET", "the body area the step works on"),
    ("GLIDE_SIDE", "left, right, or empty for a one-sided step"),
    (
      "GLIDE_REMAINING",
      "whole seconds left in the step: its length at step_start, the new time left at length_changed (+, - or ! shortening a hold), what was left when it ended at step_end and session_end, 0 for reps counted by enter"
    ),
    (
      "GLIDE_OUTCOME",
      "at step_end: done, partial or skipped; at session_end: completed or stopped; else empty"
    ),
    (
      "GLIDE_PAUSED",
      "1 from a pause event to the resume event (so a step gone to with n or b during a pause starts paused), else 0"
    ),
  ]
}
