#if canImport(Glibc)
  import Glibc
#endif

/// Standard output as `print` uses it: the C library's buffered stream, so bytes written
/// here and lines printed stay in order.
public enum StandardOutput {
  /// Writes `bytes` (printable ASCII: no NUL) and a newline, buffered; nothing is decoded
  /// or copied. (`vprintf` reaches the stream without naming `stdout`, a global Swift 6
  /// does not let a program touch.)
  public static func writeLine(_ bytes: UnsafeBufferPointer<UInt8>) {
    guard let base = bytes.baseAddress, bytes.count <= Int(Int32.max) else {
      _ = putchar(0x0A)
      return
    }
    _ = withVaList([Int32(bytes.count), base]) { vprintf("%.*s\n", $0) }
  }
}
