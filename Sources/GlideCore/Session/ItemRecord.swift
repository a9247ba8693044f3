/// What a session holds about one plan item: what became of it, and what the person
/// changed of it. One record per item; everything else about an item is the plan's.
public struct ItemRecord: Hashable, Sendable {
  /// Active time spent in the item over all its visits.
  public var elapsed: TimeSpan
  /// How the latest visit ended; nil while the item was never left.
  public var outcome: StepOutcome?
  /// Reps done on the latest visit, for reps items.
  public var repsDone: Int?
  /// Whether the person flagged the item as too much pressure (`!`).
  public var pressureFlagged: Bool
  /// The length `!` eased the item to, when it did (see `Pressure`).
  public var eased: TimeSpan?
  /// The breaths a breath-counted item lasts after `+` or `-` changed them.
  public var breaths: Int?
  /// The length `+` or `-` last set the item to: the length the person chose, which the
  /// item is measured against from then on (over what `!` eased it to before).
  public var chosen: TimeSpan?
  /// How free the side felt afterwards, 1 (stiff) to 5 (free), when rated.
  public var freedom: Int?

  /// Creates a record; the default is an item nothing has happened to.
  public init(
    elapsed: TimeSpan = .zero, outcome: StepOutcome? = nil, repsDone: Int? = nil,
    pressureFlagged: Bool = false, eased: TimeSpan? = nil, breaths: Int? = nil,
    chosen: TimeSpan? = nil, freedom: Int? = nil
  ) {
    self.elapsed = elapsed
    self.outcome = outcome
    self.repsDone = repsDone
    self.pressureFlagged = pressureFlagged
    self.eased = eased
    self.breaths = breaths
    self.chosen = chosen
    self.freedom = freedom
  }
}
