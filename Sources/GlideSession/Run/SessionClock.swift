import GlideCore

/// Where the run loop reads the time: the monotonic clock, or a fake in tests.
public protocol SessionClock {
  /// The session time now.
  func now() -> Instant
  /// Real milliseconds to wait from `now` until session time reaches `wake`, rounded up
  /// so the wait never ends before the change it waits for.
  func milliseconds(until wake: Instant, from now: Instant) -> Int
  /// Session seconds per real second (`--time-scale`).
  var scale: Double { get }
}

extension SessionClock {
  /// Real time, unless a clock says otherwise.
  public var scale: Double { 1 }
}
