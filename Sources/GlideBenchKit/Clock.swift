import GlideSystem

/// Nanoseconds on the monotonic clock.
public func monotonicNanoseconds() -> Int64 {
  SystemClock.monotonicNanoseconds()
}
