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

  /// Whether the screen is full screen (drawn on) now.
  var active = false
  /// Where frames go.
  var output: FrameOutput
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
    guard let stream = fdopen(1, "w"), let input = fdopen(0, "r"),
      let screen = newterm(nil, stream, input)
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
    output = FrameOutput(theme: theme, useColor: useColor, unicode: unicode)
    // ncurses clears the screen on its first refresh: let that happen now, so that no key
    // read later triggers it over a frame.
    output.takeScreenBack()
  }

  deinit { restore() }

  /// The terminal's size in columns and rows.
  public var size: (width: Int, height: Int) {
    var rows: Int32 = 0
    var columns: Int32 = 0
    cn_getmaxyx(cn_stdscr(), &rows, &columns)
    return (Int(columns), Int(rows))
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
    // The terminal's contents are unknown after `fg`: take the modes back now, so keys read
    // before the next frame are raw, and repaint every cell then.
    output.takeScreenBack()
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
