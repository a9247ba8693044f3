#if canImport(Glibc)
  import Glibc
#endif

extension SystemClock {
  /// Sleeps for `nanoseconds` (a signal may end it sooner): for short waits on a child
  /// process outside the run loop.
  public static func sleep(nanoseconds: Int64) {
    var pause = timespec(
      tv_sec: Int(nanoseconds / 1_000_000_000), tv_nsec: Int(nanoseconds % 1_000_000_000))
    nanosleep(&pause, nil)
  }
}
