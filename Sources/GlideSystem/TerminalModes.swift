#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// A terminal's modes (termios): read before a session changes them, put back at every way
/// out, a crash handler's included.
public struct TerminalModes: Sendable {
  private var modes: termios

  /// The modes of the terminal on `fd`; nil when `fd` is no terminal.
  public init?(of fd: Int32) {
    var modes = termios()
    guard tcgetattr(fd, &modes) == 0 else { return nil }
    self.modes = modes
  }

  /// These modes with keys given one at a time, unechoed, and Ctrl-C, Ctrl-Z, Ctrl-S and
  /// Ctrl-V read as keys rather than acted on; output left as it was, so a newline still
  /// starts a line.
  public var keysOneAtATime: TerminalModes {
    var raw = self
    raw.modes.c_lflag &= ~tcflag_t(ICANON | ECHO | ISIG | IEXTEN)
    raw.modes.c_iflag &= ~tcflag_t(IXON | ICRNL)
    withUnsafeMutableBytes(of: &raw.modes.c_cc) { cc in
      cc[Int(VMIN)] = 1
      cc[Int(VTIME)] = 0
    }
    return raw
  }

  /// Sets these modes on the terminal on `fd` at once. Async-signal-safe: one tcsetattr on
  /// a copy on the stack, no allocation.
  public func apply(to fd: Int32) {
    var copy = modes
    tcsetattr(fd, TCSANOW, &copy)
  }
}
