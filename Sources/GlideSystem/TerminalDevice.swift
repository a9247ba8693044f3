#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// What a descriptor that may be a terminal says of itself: whether it is one, its size, the
/// keys typed ahead on it; and a second descriptor on the same terminal.
public enum TerminalDevice {
  /// Whether `fd` is a terminal.
  public static func isTerminal(_ fd: Int32) -> Bool {
    isatty(fd) == 1
  }

  /// The size of the terminal on `fd` as it says now (either may be 0 when it does not
  /// know); nil when `fd` is no terminal.
  public static func size(of fd: Int32) -> (rows: Int, columns: Int)? {
    var window = winsize()
    guard ioctl(fd, UInt(TIOCGWINSZ), &window) == 0 else { return nil }
    return (Int(window.ws_row), Int(window.ws_col))
  }

  /// Throws away the keys typed on `fd` that nothing has read yet.
  public static func discardInput(_ fd: Int32) {
    tcflush(fd, TCIFLUSH)
  }

  /// The terminal on `fd` opened again for writing, non-blocking, without becoming this
  /// process's controlling terminal; nil when `fd` is no terminal or it cannot be opened.
  /// The new open file has its own flags: the shell's, shared through `fd`, stay blocking.
  public static func openNonBlockingWriter(_ fd: Int32) -> Int32? {
    guard let name = ttyname(fd) else { return nil }
    let opened = open(name, O_WRONLY | O_NOCTTY | O_NONBLOCK | O_CLOEXEC)
    return opened >= 0 ? opened : nil
  }
}
