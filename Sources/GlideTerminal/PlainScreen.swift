import GlideCore
import GlideRender
import GlideSession

#if canImport(Glibc)
  import Glibc
#endif

/// Plain mode (`--plain`, and what `TERM=dumb` gets): no cursor addressing, no colours,
/// no frames; a line for each moment that matters, for a screen reader, a braille
/// display, a log or a pipe. The keys are the full screen's: read raw from a terminal,
/// a line at a time from a pipe.
public final class PlainScreen: Screen {
  /// The terminal's modes from before the session, when the input is a terminal.
  private let cooked: termios?
  private var keys: PlainKeys
  private var queued: [Key] = []
  /// Whether the input can still give keys (a pipe at its end gives none, and the
  /// session runs on without them).
  private var inputOpen = true
  private let narration: PlainNarration

  /// Plain mode on the standard input and output; breath phases printed with
  /// `breathWords`.
  public init(breathWords: Bool) {
    narration = PlainNarration(breathWords: breathWords)
    keys = PlainKeys(lines: isatty(0) != 1)
    var modes = termios()
    guard isatty(0) == 1, tcgetattr(0, &modes) == 0 else {
      cooked = nil
      return
    }
    cooked = modes
    Signals.prepareRestore(bytes: [], modes: modes)
    Signals.setScreenActive(true)
    Self.enterRaw(modes)
  }

  deinit { restore() }

  /// Keys one at a time, unechoed, Ctrl-C and Ctrl-Z as keys (as on the full screen);
  /// output left as it was, so a newline still starts a line.
  private static func enterRaw(_ cooked: termios) {
    var raw = cooked
    raw.c_lflag &= ~tcflag_t(ICANON | ECHO | ISIG | IEXTEN)
    raw.c_iflag &= ~tcflag_t(IXON | ICRNL)
    withUnsafeMutableBytes(of: &raw.c_cc) { cc in
      cc[Int(VMIN)] = 1
      cc[Int(VTIME)] = 0
    }
    tcsetattr(0, TCSANOW, &raw)
  }

  /// The terminal's width when there is one, else 80 columns; lines are never placed.
  public var size: (width: Int, height: Int) {
    var window = winsize()
    if ioctl(1, UInt(TIOCGWINSZ), &window) == 0, window.ws_col > 0 {
      return (Int(window.ws_col), max(Int(window.ws_row), 24))
    }
    return (80, 24)
  }

  /// Prints the lines of the moments in `effects`.
  public func narrate(_ effects: [Effect]) {
    let lines = narration.lines(for: effects)
    guard !lines.isEmpty else { return }
    Self.write(lines.map { DisplayText.escaped($0) + "\n" }.joined())
  }

  /// Prints `line` (a notice before the session) as plain mode prints its moments.
  public func say(_ line: String) {
    Self.write(DisplayText.escaped(line) + "\n")
  }

  /// Writes `text` to standard output, all of it.
  static func write(_ text: String) {
    let bytes = Array(text.utf8)
    var sent = 0
    while sent < bytes.count {
      let result = bytes.withUnsafeBytes {
        Glibc.write(1, $0.baseAddress! + sent, bytes.count - sent)
      }
      if result < 0 {
        // A signal that ends the session is not kept waiting behind a reader.
        if errno == EINTR, !Signals.endingPending { continue }
        return
      }
      sent += result
    }
  }

  public func draw(_ frame: Frame, changed: [FrameRegion]?) {}
  public func bell(flash: Bool) {}
  public func title(_ command: WindowTitle.Command) {}
  public func notify(_ notification: DesktopNotification) {}

  public func discardTypeahead() {
    queued.removeAll()
    if cooked != nil { tcflush(0, TCIFLUSH) }
  }

  /// Waits for a key, a signal or the timeout, as the full screen does.
  public func read(timeout milliseconds: Int?) -> ScreenInput {
    if let number = Signals.takePending() { return .signal(number) }
    _ = Signals.takeResize()
    if !queued.isEmpty { return .key(queued.removeFirst()) }
    var descriptors = (
      pollfd(fd: inputOpen ? 0 : -1, events: Int16(POLLIN), revents: 0),
      pollfd(fd: Signals.wakeDescriptor, events: Int16(POLLIN), revents: 0)
    )
    let result = withUnsafeMutableBytes(of: &descriptors) {
      poll(
        $0.baseAddress!.assumingMemoryBound(to: pollfd.self), 2,
        Int32(clamping: milliseconds ?? -1))
    }
    if let number = Signals.takePending() { return .signal(number) }
    guard result > 0, descriptors.0.revents != 0 else { return .timeout }
    var buffer = (UInt64(0), UInt64(0), UInt64(0), UInt64(0))
    let count = withUnsafeMutableBytes(of: &buffer) { Glibc.read(0, $0.baseAddress, $0.count) }
    if count <= 0 {
      if count < 0 && errno == EINTR { return .timeout }
      // A terminal that went away ends the session; a pipe at its end only stops giving
      // keys.
      if cooked != nil { return .closed }
      inputOpen = false
      return .timeout
    }
    queued += withUnsafeBytes(of: &buffer) { keys.keys(from: $0.prefix(count)) }
    return queued.isEmpty ? .timeout : .key(queued.removeFirst())
  }

  /// Gives the terminal its modes back and stops, as Ctrl-Z would; raw again once
  /// continued.
  public func suspend() {
    guard let cooked else { return Signals.stopJob() }
    var modes = cooked
    tcsetattr(0, TCSANOW, &modes)
    Signals.stopJob()
    Self.enterRaw(cooked)
  }

  /// Puts the terminal's modes back; safe to call twice.
  public func restore() {
    guard var modes = cooked else { return }
    tcsetattr(0, TCSANOW, &modes)
    Signals.setScreenActive(false)
  }
}
