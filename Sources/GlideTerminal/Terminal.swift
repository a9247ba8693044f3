import CNcursesw
import GlideCore
import GlideRender

#if canImport(Glibc)
  import Glibc
#endif

/// Restores the terminal from a crash handler.
func endwinForCrash() -> Int32 {
  endwin()
}

/// The full-screen terminal: set-up, drawing frames, reading keys, cues and restore.
public final class Terminal {
  /// Why the terminal cannot run full screen.
  public struct Unusable: Error, CustomStringConvertible {
    /// One line saying what is wrong.
    public var description: String
  }

  private var active = false
  private let colorPairs: [Role: Int16]
  private let mono: Bool
  /// Whether the locale can show UTF-8 (else frames are drawn in ASCII).
  private let unicode: Bool

  /// Checks that stdout is a terminal that terminfo knows; call before `start`.
  public static func check() throws(Unusable) {
    guard isatty(1) == 1 else {
      throw Unusable(description: "standard output is not a terminal; run glide in a terminal")
    }
    guard isatty(0) == 1 else {
      throw Unusable(description: "standard input is not a terminal; glide reads keys from it")
    }
    guard let term = getenv("TERM").map({ String(cString: $0) }), !term.isEmpty else {
      throw Unusable(
        description: "TERM is not set; set it to your terminal's type, e.g. xterm-256color")
    }
    guard term != "dumb" else {
      throw Unusable(
        description: "TERM=dumb cannot draw a full screen; use a terminal such as xterm-256color")
    }
    var error: Int32 = 0
    if setupterm(term, 1, &error) != OK {
      throw Unusable(description: "TERM=\(term) is unknown to terminfo; try TERM=xterm-256color")
    }
    cn_forget_terminfo()
  }

  /// Enters full screen: raw keys, no echo, hidden cursor, the theme's colours.
  public init(theme: Theme, useColor: Bool) throws(Unusable) {
    setlocale(LC_ALL, "")
    unicode =
      String(cString: nl_langinfo(nl_item(CODESET))).uppercased().replacingUTF8Dash() == "UTF8"
    guard let output = fdopen(1, "w"), let input = fdopen(0, "r"),
      let screen = newterm(nil, output, input)
    else {
      throw Unusable(
        description: "could not start the terminal (TERM=\(String(cString: getenv("TERM"))))")
    }
    set_term(screen)
    active = true
    Signals.setScreenActive(true)
    raw()
    noecho()
    nonl()
    keypad(cn_stdscr(), true)
    curs_set(0)
    set_escdelay(25)
    // No typeahead checks while drawing: ncurses would flush the frame in pieces to look for
    // keys between them; a frame is small, and keys are read as soon as it is out.
    typeahead(-1)
    var pairs: [Role: Int16] = [:]
    if useColor, !theme.isMonochrome, has_colors() {
      start_color()
      use_default_colors()
      let available = Int(cn_colors())
      for (offset, role) in Role.allCases.enumerated() where offset + 1 < Int(cn_color_pairs()) {
        let pair = Int16(offset + 1)
        let fg = Int16(theme.color(role).index(forTerminalColors: available))
        init_pair(pair, fg, -1)
        pairs[role] = pair
      }
    }
    colorPairs = pairs
    mono = pairs.isEmpty
  }

  deinit { restore() }

  /// The terminal's size in columns and rows.
  public var size: (width: Int, height: Int) {
    var rows: Int32 = 0
    var columns: Int32 = 0
    cn_getmaxyx(cn_stdscr(), &rows, &columns)
    return (Int(columns), Int(rows))
  }

  /// Draws a frame; ncurses sends only the cells that changed.
  public func draw(_ frame: Frame) {
    guard active else { return }
    let window = cn_stdscr()
    werase(window)
    for row in 0..<frame.height {
      for column in 0..<frame.width {
        let cell = frame[row, column]
        if cell.character == " " && !cell.style.reverse { continue }
        var attributes = cn_a_normal()
        if cell.style.bold { attributes |= cn_a_bold() }
        if cell.style.reverse { attributes |= cn_a_reverse() }
        if mono && cell.style.role == .dim { attributes |= cn_a_dim() }
        let pair = colorPairs[cell.style.role] ?? 0
        let shown = unicode ? cell.character : cell.asciiCharacter
        let scalar = shown.unicodeScalars.first?.value ?? 32
        _ = cn_put_cell(
          window, Int32(row), Int32(column), wchar_t(bitPattern: scalar), attributes, pair)
      }
    }
    wnoutrefresh(window)
    doupdate()
  }

  /// Waits up to `milliseconds` (forever when nil) for a key; nil on timeout or signal.
  public func readKey(timeout milliseconds: Int?) -> Key? {
    let window = cn_stdscr()
    wtimeout(window, Int32(clamping: milliseconds ?? -1))
    var value: wint_t = 0
    let status = wget_wch(window, &value)
    if status == cn_key_code_yes() {
      switch Int32(value) {
      case cn_key_resize(): return .resize
      case cn_key_left(): return .left
      case cn_key_right(): return .right
      case cn_key_enter(): return .enter
      default: return .other
      }
    }
    guard status == OK else { return nil }
    switch value {
    case 3: return .interrupt
    case 26: return .suspend
    case 10, 13: return .enter
    case 27: return .escape
    default:
      guard let scalar = Unicode.Scalar(UInt32(value)) else { return .other }
      return .character(Character(scalar))
    }
  }

  /// Discards keys typed ahead, so a key pressed as the session ends does not also close
  /// the summary.
  public func discardTypeahead() { flushinp() }

  /// Rings the terminal bell, or flashes the screen instead.
  public func bell(flash useFlash: Bool) {
    if useFlash { flash() } else { beep() }
  }

  /// Leaves full screen, stops the process (as Ctrl-Z would) and, once continued with `fg`,
  /// takes the screen back and repaints it whole.
  public func suspend() {
    endwin()
    Signals.setScreenActive(false)
    kill(getpid(), SIGSTOP)
    Signals.setScreenActive(true)
    // The terminal's contents are unknown after `fg`: repaint every cell on the next update.
    clearok(cn_curscr(), true)
  }

  /// Leaves full screen and gives the terminal back as it was; safe to call twice.
  public func restore() {
    guard active else { return }
    active = false
    Signals.setScreenActive(false)
    curs_set(1)
    endwin()
  }
}

extension String {
  fileprivate func replacingUTF8Dash() -> String {
    String(filter { $0 != "-" })
  }
}
