#if canImport(Glibc)
  import Glibc
#endif

/// Nanoseconds on the monotonic clock.
public func monotonicNanoseconds() -> Int64 {
  var spec = timespec()
  clock_gettime(CLOCK_MONOTONIC, &spec)
  return Int64(spec.tv_sec) * 1_000_000_000 + Int64(spec.tv_nsec)
}
