import GlideCore
import GlideRender
import GlideSession
import GlideSystem

/// Plain mode (`--plain`, and what `TERM=dumb` gets): no cursor addressing, no colours,
/// no frames; a line for each moment that matters, for a screen reader, a braille
/// display, a log or a pipe. The keys are the full screen's: read raw from a terminal,
/// a line at a time from a pipe.
public final class PlainScreen: Screen {
  /// The terminal's modes from before the session, when the input is a terminal.
  private let cooked: TerminalModes?
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
    keys = PlainKeys(lines: !TerminalDevice.isTerminal(0))
    guard TerminalDevice.isTerminal(0), let modes = TerminalModes(of: 0) else {
      cooked = nil
      return
    }
    cooked = modes
    Signals.prepareRestore(bytes: [], modes: modes)
    Signals.setScreenActive(true)
    modes.keysOneAtATime.apply(to: 0)
  }

  deinit { restore() }

  /// The terminal's width when there is one, else 80 columns; lines are never placed.
  public var size: (width: Int, height: Int) {
    if let window = TerminalDevice.size(of: 1), window.columns > 0 {
      return (window.columns, max(window.rows, 24))
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
    // A signal that ends the session is not kept waiting behind a reader.
    Descriptor.writeAll(1, Array(text.utf8), unless: { Signals.endingPending })
  }

  public func draw(_ frame: Frame, changed: [FrameRegion]?) {}
  public func bell(flash: Bool) {}
  public func title(_ command: WindowTitle.Command) {}
  public func notify(_ notification: DesktopNotification) {}

  public func discardTypeahead() {
    queued.removeAll()
    if cooked != nil { TerminalDevice.discardInput(0) }
  }

  /// Waits for a key, a signal or the timeout, as the full screen does.
  public func read(timeout milliseconds: Int?) -> ScreenInput {
    if let number = Signals.takePending() { return .signal(number) }
    _ = Signals.takeResize()
    // A child that ended since the last look is reaped before any wait.
    if Signals.takeChildEnded() { return .timeout }
    if !queued.isEmpty { return .key(queued.removeFirst()) }
    let ready = Readiness.wait(
      .init(inputOpen ? 0 : -1, for: .readable), .init(Signals.wakeDescriptor, for: .readable),
      milliseconds: milliseconds)
    if let number = Signals.takePending() { return .signal(number) }
    guard ready.count > 0, !ready.first.isEmpty else { return .timeout }
    var buffer = (UInt64(0), UInt64(0), UInt64(0), UInt64(0))
    let count = withUnsafeMutableBytes(of: &buffer) { Descriptor.readOnce(0, into: $0) }
    if count <= 0 {
      if count < 0 && SystemError.last.isInterrupted { return .timeout }
      // A terminal that went away ends the session; a pipe at its end only stops giving
      // keys, and the session is told so once, to wait for none.
      if cooked != nil { return .closed }
      inputOpen = false
      return .inputEnded
    }
    queued += withUnsafeBytes(of: &buffer) { keys.keys(from: $0.prefix(count)) }
    return queued.isEmpty ? .timeout : .key(queued.removeFirst())
  }

  /// Gives the terminal its modes back and stops, as Ctrl-Z would; raw again once
  /// continued.
  public func suspend() {
    guard let cooked else { return Signals.stopJob() }
    cooked.apply(to: 0)
    Signals.stopJob()
    cooked.keysOneAtATime.apply(to: 0)
  }

  /// Puts the terminal's modes back; safe to call twice.
  public func restore() {
    guard let cooked else { return }
    cooked.apply(to: 0)
    Signals.setScreenActive(false)
  }
}
