import CNcursesw
import GlideCore
import GlideRender

/// How frames reach the terminal: ncurses keeps the keys and the terminal's modes, but
/// frames bypass it. ncurses flushes at every cursor movement and formats every escape
/// with `tparm`; here the codes are looked up once, the cells that changed are encoded
/// into one buffer, and the frame goes out in a single `write` to the terminal, one that
/// never waits (see `TerminalWriter`). fd 1 is never pointed anywhere else, so ncurses'
/// own saves and restores of the terminal's modes always reach it.
struct FrameOutput {
  private let codes: TerminalCodes
  private var encoder = FrameEncoder()
  /// Set when ncurses has changed its idea of the screen (a resize), so the next frame
  /// lets it update first and then repaints whole.
  var mustTakeBack = false
  /// The terminal itself, written without waiting.
  var writer = TerminalWriter()
  /// Whether the terminal has no way to hide the cursor, which is then parked.
  private let parksCursor = Terminal.rawCapability("civis") == nil
  /// Whether a frame was dropped since the last one sent.
  private var dropped = false

  /// Looks up the running terminal's codes; call once ncurses has started.
  init(theme: Theme, useColor: Bool, unicode: Bool) {
    let setaf = Terminal.rawCapability("setaf")
    var colors: [Role: TerminalColor] = [:]
    let available = Int(tigetnum("colors"))
    if useColor, !theme.isMonochrome, setaf != nil, available >= 8 {
      // Colours that always read: never the background's black, bold for brightness 8
      // colours cannot show.
      for role in Role.allCases {
        colors[role] = theme.color(role).readable(forTerminalColors: available)
      }
    }
    let mono = colors.isEmpty
    let reset = Self.capability("sgr0") ?? []
    let bold = Self.capability("bold") ?? []
    let dim = Self.capability("dim") ?? []
    let reverse = Self.capability("rev") ?? []
    let styles = Style.all.map { style -> [UInt8] in
      var bytes = reset
      if style.bold || colors[style.role]?.bold == true { bytes += bold }
      if mono && style.role == .dim { bytes += dim }
      if style.reverse { bytes += reverse }
      if let setaf, let color = colors[style.role], color.index >= 0 {
        bytes += Self.format(setaf, color.index)
      }
      return bytes
    }
    let clear = Self.capability("clear") ?? Array("\u{1B}[H\u{1B}[2J".utf8)
    codes = TerminalCodes(
      clear: clear, move: Self.cursorMove(), styles: styles, reset: reset, unicode: unicode,
      scrollsAtLastCell: tigetflag("am") == 1 && tigetflag("xenl") != 1)
  }

  /// Sends `frame`: only what changed since the last one (looking only in `changed`, when
  /// given), in one write. While the terminal has not taken the whole of the frame before,
  /// `frame` is dropped: the terminal gets the rest of that one, then the next whole one.
  mutating func send(_ frame: Frame, changed: [FrameRegion]? = nil, then control: [UInt8] = []) {
    guard writer.flush() else {
      dropped = true
      return
    }
    if mustTakeBack {
      // ncurses has business with the screen (a resize it was told of or noticed): let it
      // finish first, then repaint over it. A flag of Glide's own, so that a steady wake
      // calls nothing in ncurses.
      takeScreenBack()
    }
    // After a dropped frame `changed` speaks of the wrong frame: every cell is compared.
    let regions = dropped ? nil : changed
    dropped = false
    // A title or notification goes out in the frame's own write: one wake, one write.
    var bytes = encoder.encode(frame, codes: codes, changed: regions, then: control)
    if parksCursor, !bytes.isEmpty, frame.width > 0, frame.height > 0 {
      // A terminal that cannot hide the cursor (a vt100) has it left in the bottom-right
      // corner, which the layout keeps empty, rather than after the last cell drawn.
      bytes += codes.moveBytes(row: frame.height - 1, column: frame.width - 1)
    }
    writer.send(bytes)
  }

  /// Puts the program's terminal modes back (raw, no echo, the alternate screen) after the
  /// terminal was given back, and makes the next frame a full repaint.
  mutating func takeScreenBack() {
    mustTakeBack = false
    wnoutrefresh(cn_stdscr())
    doupdate()
    encoder.invalidate()
  }

  /// A string capability's bytes, nil when the terminal has none.
  private static func capability(_ name: String) -> [UInt8]? {
    let bytes = Terminal.capability(name)
    return bytes.isEmpty ? nil : bytes
  }

  /// A capability with one parameter, formatted by terminfo, its delays taken out. The
  /// parameters are formatted before the delays go: `%` codes may sit around them.
  private static func format(_ capability: [UInt8], _ value: Int) -> [UInt8] {
    let text = String(decoding: capability, as: UTF8.self)
    return text.withCString { cn_tiparm1($0, Int32(value)) }
      .map { TerminfoPadding.stripped(Array(String(cString: $0).utf8)) } ?? []
  }

  /// ANSI cursor moves are formatted straight into the frame; any other `cup` goes
  /// through the terminal's own formatting.
  private static func cursorMove() -> TerminalCodes.CursorMove {
    guard let cup = Terminal.rawCapability("cup") else { return .ansi }
    let text = String(decoding: cup, as: UTF8.self)
    let formatted: @Sendable (Int, Int) -> [UInt8] = { row, column in
      text.withCString { cn_tiparm2($0, Int32(row), Int32(column)) }
        .map { TerminfoPadding.stripped(Array(String(cString: $0).utf8)) } ?? []
    }
    if formatted(11, 22) == Array("\u{1B}[12;23H".utf8)
      && formatted(0, 0) == Array("\u{1B}[1;1H".utf8)
    {
      return .ansi
    }
    return .custom(formatted)
  }
}

extension Terminal {
  /// Draws a frame: the cells that differ from the one on screen, in one write (the whole
  /// frame after a resize or `fg`).
  public func draw(_ frame: Frame, changed: [FrameRegion]?) {
    guard active else { return }
    output.send(frame, changed: changed, then: pendingControl)
    pendingControl.removeAll(keepingCapacity: true)
  }
}

extension TerminalCodes {
  /// The bytes that move the cursor to a 0-based `row` and `column`.
  func moveBytes(row: Int, column: Int) -> [UInt8] {
    switch move {
    case .ansi: Array("\u{1B}[\(row + 1);\(column + 1)H".utf8)
    case .custom(let format): format(row, column)
    }
  }
}
