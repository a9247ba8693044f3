#if canImport(Glibc)
  import Glibc
#endif

extension Terminal {
  /// Sends control bytes that draw nothing (a window title, a desktop notification)
  /// straight to the terminal in one write, between frames, so they never land inside one.
  public func sendControl(_ bytes: [UInt8]) {
    var sent = 0
    while sent < bytes.count {
      let result = bytes.withUnsafeBytes { write(1, $0.baseAddress! + sent, bytes.count - sent) }
      if result < 0 {
        if errno == EINTR { continue }
        return
      }
      sent += result
    }
  }
}
