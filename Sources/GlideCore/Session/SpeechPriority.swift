/// How much a spoken phrase matters, so a voice that can say one thing at a time knows
/// what may cut off what: a rep count never talks over the name of the next step.
public enum SpeechPriority: Int, Hashable, Sendable, Comparable, CaseIterable {
  /// Rep counts and breath phases: the screen shows them too.
  case count
  /// The 3-2-1, "halfway", a reminder to count reps, a step's cue line.
  case timing
  /// What comes next: a step starting, switching sides, a transition, the session's end.
  case announcement

  /// Orders by how much the phrase matters.
  public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}
