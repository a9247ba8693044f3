import GlideCore

import GlideSystem

/// The session's monotonic clock, optionally running faster than real time (for demos and
/// tests). Only the shell reads it; the core is handed its instants.
public struct MonotonicClock: SessionClock {
  let origin: Int64
  /// Session seconds per real second.
  public let scale: Double

  /// A clock reading zero now, running `scale` times faster than real time.
  public init(scale: Double = 1) {
    self.scale = scale
    origin = Self.monotonicNanoseconds()
  }

  static func monotonicNanoseconds() -> Int64 {
    SystemClock.monotonicNanoseconds()
  }

  /// The session time now.
  public func now() -> Instant {
    let real = Self.monotonicNanoseconds() - origin
    return Instant(nanoseconds: scale == 1 ? real : Int64(Double(real) * scale))
  }

  /// Real milliseconds to wait from `now` until session time reaches `wake`, rounded up
  /// so the wait never ends before the change it waits for.
  public func milliseconds(until wake: Instant, from now: Instant) -> Int {
    let session = Double(max(0, (wake - now).nanoseconds))
    return Int((session / scale / 1_000_000).rounded(.up))
  }
}
