/// The clock of the plan item in progress: active time banked from earlier runs plus the
/// run in progress. A timed item's deadline is derived from it, so pausing stores the
/// remaining time and resuming sets a new deadline.
public struct ItemClock: Hashable, Sendable {
  /// Active time from runs that ended (by pausing).
  public var banked: TimeSpan
  /// When the run in progress began; nil while stopped.
  public var runningSince: Instant?
  /// The item's length including extensions; nil for reps counted by key, which have no end.
  public var length: TimeSpan?

  /// A stopped clock at zero.
  public init(length: TimeSpan?, banked: TimeSpan = .zero, runningSince: Instant? = nil) {
    self.length = length
    self.banked = banked
    self.runningSince = runningSince
  }

  /// Active time at `now`, never negative.
  public func elapsed(at now: Instant) -> TimeSpan {
    guard let since = runningSince else { return banked }
    return banked + max(.zero, now - since)
  }

  /// The instant the item ends, while running.
  public var deadline: Instant? {
    guard let since = runningSince, let length else { return nil }
    return since + (length - banked)
  }

  /// Time left at `now`, never negative; nil for reps counted by key.
  public func remaining(at now: Instant) -> TimeSpan? {
    length.map { max(.zero, $0 - elapsed(at: now)) }
  }

  /// Stops the clock, banking the run in progress.
  public mutating func stop(at now: Instant) {
    banked = elapsed(at: now)
    runningSince = nil
  }

  /// Starts the clock if stopped.
  public mutating func run(from now: Instant) {
    if runningSince == nil { runningSince = now }
  }
}
