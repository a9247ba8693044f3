/// How a step ended.
public enum StepOutcome: String, Hashable, Sendable, CaseIterable {
  /// It ran to its end or reached its rep count.
  case done
  /// It was left before any real work (under 3 s, or no reps).
  case skipped
  /// It was left part way.
  case partial
}

/// What a session holds about one plan item it has visited.
public struct ItemRecord: Hashable, Sendable {
  /// Active time spent in the item over all its visits.
  public var elapsed: TimeSpan
  /// How the latest visit ended.
  public var outcome: StepOutcome
  /// Reps done on the latest visit, for reps items.
  public var repsDone: Int?

  /// Creates a record.
  public init(elapsed: TimeSpan, outcome: StepOutcome, repsDone: Int? = nil) {
    self.elapsed = elapsed
    self.outcome = outcome
    self.repsDone = repsDone
  }
}
