#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The system's clocks, read one way.
public enum SystemClock {
  /// Nanoseconds on the monotonic clock (from an arbitrary origin; never goes back).
  /// Async-signal-safe: one `clock_gettime`, no allocation.
  public static func monotonicNanoseconds() -> Int64 {
    var spec = timespec()
    clock_gettime(CLOCK_MONOTONIC, &spec)
    return Int64(spec.tv_sec) * 1_000_000_000 + Int64(spec.tv_nsec)
  }

  /// Seconds east of UTC in the system's time zone (TZ, /etc/localtime) at `seconds`
  /// since the Unix epoch, daylight saving included.
  public static func localOffset(at seconds: Int64) -> Int64 {
    var time = time_t(seconds)
    var parts = tm()
    localtime_r(&time, &parts)
    return Int64(parts.tm_gmtoff)
  }

  /// Nanoseconds since the Unix epoch on the wall clock.
  public static func realtimeNanoseconds() -> Int64 {
    var spec = timespec()
    clock_gettime(CLOCK_REALTIME, &spec)
    return Int64(spec.tv_sec) * 1_000_000_000 + Int64(spec.tv_nsec)
  }

  /// Seconds since the Unix epoch on the wall clock, with their fraction.
  public static func realtimeSeconds() -> Double {
    Double(realtimeNanoseconds()) / 1e9
  }
}
