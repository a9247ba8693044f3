/// How a step ended.
public enum StepOutcome: String, Hashable, Sendable, CaseIterable {
  /// It ran to its end or reached its rep count.
  case done
  /// It was left before any real work (under 3 s, or no reps).
  case skipped
  /// It was left part way.
  case partial
}
