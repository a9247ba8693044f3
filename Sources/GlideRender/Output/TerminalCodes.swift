/// The escape sequences a terminal needs to show frames, looked up once when the screen
/// starts, so that sending a frame never formats a capability string per cell.
public struct TerminalCodes: Sendable {
  /// How the cursor is sent to a cell.
  public enum CursorMove: Sendable {
    /// `ESC [ row ; column H`, 1-based: every terminal Glide is likely to meet; formatted
    /// straight into the frame's bytes.
    case ansi
    /// Any other `cup`: the terminal's own formatting, for a 0-based row and column.
    case custom(@Sendable (_ row: Int, _ column: Int) -> [UInt8])
  }

  /// Clears the screen and homes the cursor.
  public var clear: [UInt8]
  /// Moves the cursor.
  public var move: CursorMove
  /// For each style (by `Style.code`), the bytes that reset attributes and set it.
  public var styles: [[UInt8]]
  /// Resets every attribute, sent at the end of a frame so nothing leaks past it.
  public var reset: [UInt8]
  /// Whether the terminal can show UTF-8; when not, cells fall back to ASCII.
  public var unicode: Bool
  /// Whether writing the bottom-right cell would scroll the screen (automatic margins
  /// without the xterm newline glitch); that cell is then left alone.
  public var scrollsAtLastCell: Bool

  /// Creates the codes from their parts.
  public init(
    clear: [UInt8], move: CursorMove, styles: [[UInt8]], reset: [UInt8], unicode: Bool,
    scrollsAtLastCell: Bool
  ) {
    self.clear = clear
    self.move = move
    self.styles = styles
    self.reset = reset
    self.unicode = unicode
    self.scrollsAtLastCell = scrollsAtLastCell
  }

  /// ANSI/xterm codes with one colour number per role (nil: the terminal's default; an
  /// empty map: monochrome, where the dim role is drawn dim instead).
  public static func ansi(colors: [Role: Int], unicode: Bool = true) -> TerminalCodes {
    let esc: UInt8 = 0x1B
    let styles = Style.all.map { style -> [UInt8] in
      var parameters = ["0"]
      if style.bold { parameters.append("1") }
      if colors.isEmpty && style.role == .dim { parameters.append("2") }
      if style.reverse { parameters.append("7") }
      if let color = colors[style.role], color >= 0 {
        parameters.append(color < 8 ? "3\(color)" : "38;5;\(color)")
      }
      return [esc] + Array("[\(parameters.joined(separator: ";"))m".utf8)
    }
    return TerminalCodes(
      clear: [esc] + Array("[H".utf8) + [esc] + Array("[2J".utf8), move: .ansi, styles: styles,
      reset: [esc] + Array("[0m".utf8), unicode: unicode, scrollsAtLastCell: false)
  }
}
