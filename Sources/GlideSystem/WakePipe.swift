#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// A pipe that a signal handler writes a byte to, so that a wait on its read end (polled
/// with the keys) that began just before the signal still ends at once.
public enum WakePipe {
  /// A new pipe, both ends non-blocking and closed across exec; nil when none could be
  /// made.
  public static func make() -> (reader: Int32, writer: Int32)? {
    var ends: [Int32] = [-1, -1]
    guard pipe(&ends) == 0 else { return nil }
    for end in ends {
      _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK)
      _ = fcntl(end, F_SETFD, FD_CLOEXEC)
    }
    return (ends[0], ends[1])
  }

  /// Writes one byte to `writer`; a full pipe wakes the reader all the same.
  /// Async-signal-safe: one write(2) from the stack.
  public static func poke(_ writer: Int32) {
    // A handler must leave errno as it found it: the code it interrupted may be about to
    // read it after a failed call, and a full pipe sets it here (EAGAIN).
    let saved = errno
    defer { errno = saved }
    var byte: UInt8 = 1
    _ = write(writer, &byte, 1)
  }

  /// Reads whatever waits in `reader`, without waiting, and allocating nothing.
  public static func drain(_ reader: Int32) {
    var drain = (UInt64(0), UInt64(0), UInt64(0), UInt64(0))
    while withUnsafeMutableBytes(of: &drain, { read(reader, $0.baseAddress, $0.count) }) > 0 {}
  }
}
