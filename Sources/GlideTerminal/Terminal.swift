import CNcursesw
import GlideCore
import GlideRender
import GlideSession

#if canImport(Glibc)
  import Glibc
#endif

/// The full-screen terminal: set-up, drawing frames, reading keys, cues and restore.
public final class Terminal: Screen {
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
  /// The terminal, kept apart from fd 1 while a frame is collected.
  private var terminalFD: Int32 = -1
  /// An unlinked file that collects one frame's output.
  private var frameFD: Int32 = -1

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
    var modes = termios()
    let cooked = tcgetattr(0, &modes) == 0 ? modes : nil
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
    Signals.prepareRestore(
      bytes: ["rmkx", "sgr0", "cnorm", "rmcup"].flatMap(Self.capability), modes: cooked)
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
    setUpFrameBuffer()
  }

  /// ncurses flushes its output at every cursor movement, so one frame reaches the
  /// terminal as many small writes, and each lets the terminal's reader run: more context
  /// switches for both. While `doupdate` runs, fd 1 points at an unlinked file instead (a
  /// file never blocks, whatever the frame's size); the frame then goes out in one write.
  /// Terminal modes and sizes are never asked of fd 1 meanwhile.
  private func setUpFrameBuffer() {
    // tmpfs where there is one: the frame stays in memory, no disk is touched.
    let folder = access("/dev/shm", W_OK) == 0 ? "/dev/shm" : "/tmp"
    var template = Array("\(folder)/glide-frame-XXXXXX".utf8CString)
    let file = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
    guard file >= 0 else { return }
    template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
    let terminal = dup(1)
    guard terminal >= 0 else {
      close(file)
      return
    }
    _ = fcntl(file, F_SETFD, FD_CLOEXEC)
    _ = fcntl(terminal, F_SETFD, FD_CLOEXEC)
    frameFD = file
    terminalFD = terminal
    Signals.setTerminalDescriptor(terminal)
  }

  /// Sends the collected frame to the terminal in one write.
  private func sendFrame() {
    let size = Int(lseek(frameFD, 0, SEEK_CUR))
    guard size > 0 else { return }
    var bytes = [UInt8](repeating: 0, count: size)
    let count = bytes.withUnsafeMutableBytes { pread(frameFD, $0.baseAddress, size, 0) }
    var sent = 0
    while sent < count {
      let result = bytes.withUnsafeBytes { write(1, $0.baseAddress! + sent, count - sent) }
      if result < 0 {
        if errno == EINTR { continue }
        break
      }
      sent += result
    }
    // Only the bytes before the offset are read next time: no need to truncate.
    _ = lseek(frameFD, 0, SEEK_SET)
  }

  deinit { restore() }

  /// The terminal's size in columns and rows.
  public var size: (width: Int, height: Int) {
    var rows: Int32 = 0
    var columns: Int32 = 0
    cn_getmaxyx(cn_stdscr(), &rows, &columns)
    return (Int(columns), Int(rows))
  }

  /// The frame on screen, so the next draw touches only the cells that differ.
  private var shown: Frame?

  /// Draws a frame: only the cells that differ from the one on screen are handed to
  /// ncurses, which then sends only what changed (the whole frame after a resize or `fg`).
  public func draw(_ frame: Frame) {
    guard active else { return }
    let window = cn_stdscr()
    let previous = shown.flatMap {
      $0.width == frame.width && $0.height == frame.height ? $0 : nil
    }
    if previous == nil { werase(window) }
    for row in 0..<frame.height {
      for column in 0..<frame.width {
        let cell = frame[row, column]
        if let previous {
          if previous[row, column] == cell { continue }
        } else if cell.character == " " && !cell.style.reverse {
          continue
        }
        put(cell, row: row, column: column, in: window)
      }
    }
    shown = frame
    wnoutrefresh(window)
    if frameFD >= 0 {
      dup2(frameFD, 1)
      doupdate()
      dup2(terminalFD, 1)
      sendFrame()
    } else {
      doupdate()
    }
  }

  private func put(_ cell: Cell, row: Int, column: Int, in window: UnsafeMutablePointer<WINDOW>?) {
    var attributes = cn_a_normal()
    if cell.style.bold { attributes |= cn_a_bold() }
    if cell.style.reverse { attributes |= cn_a_reverse() }
    if mono && cell.style.role == .dim { attributes |= cn_a_dim() }
    let pair = colorPairs[cell.style.role] ?? 0
    let scalar = (unicode ? cell.character : cell.asciiCharacter).value
    _ = cn_put_cell(
      window, Int32(row), Int32(column), wchar_t(bitPattern: scalar), attributes, pair)
  }

  /// Waits up to `milliseconds` (forever when nil) for a key, a resize or a signal, or
  /// until the input is found gone.
  ///
  /// The wait is a poll of the keyboard and of the pipe a signal handler writes to, so a
  /// signal that comes just before the wait still ends it at once. A terminal that is
  /// gone (hang-up, end of file, I/O error) reads as closed rather than as an endless run
  /// of instant timeouts.
  public func read(timeout milliseconds: Int?) -> ScreenInput {
    if let number = Signals.takePending() { return .signal(number) }
    // Keys ncurses already holds (the rest of a burst) come first.
    if let input = nextKey() { return input }
    var descriptors = [
      pollfd(fd: 0, events: Int16(POLLIN), revents: 0),
      pollfd(fd: Signals.wakeDescriptor, events: Int16(POLLIN), revents: 0),
    ]
    let result = poll(&descriptors, 2, Int32(clamping: milliseconds ?? -1))
    if let number = Signals.takePending() { return .signal(number) }
    if result < 0 {
      // Interrupted, most often by SIGWINCH: ncurses turns that into a resize.
      return nextKey() ?? .timeout
    }
    let keyboard = Int32(descriptors[0].revents)
    if keyboard & Int32(POLLHUP | POLLERR | POLLNVAL) != 0 { return .closed }
    guard keyboard & Int32(POLLIN) != 0 else { return .timeout }
    if let input = nextKey() {
      emptyReads = 0
      return input
    }
    // Readable, yet no key: the end of the input (a hung-up terminal reads nothing).
    emptyReads += 1
    return emptyReads >= 3 ? .closed : .timeout
  }

  /// Reads of a readable keyboard that gave nothing, in a row.
  private var emptyReads = 0

  /// The next key ncurses can give without waiting, if any.
  private func nextKey() -> ScreenInput? {
    let window = cn_stdscr()
    wtimeout(window, 0)
    var value: wint_t = 0
    let status = wget_wch(window, &value)
    if status == cn_key_code_yes() {
      switch Int32(value) {
      case cn_key_resize(): return .resize
      case cn_key_left(): return .key(.left)
      case cn_key_right(): return .key(.right)
      case cn_key_enter(): return .key(.enter)
      case cn_key_npage(): return .key(.pageDown)
      case cn_key_ppage(): return .key(.pageUp)
      case cn_key_f5(): return .key(.f5)
      default: return .key(.other)
      }
    }
    guard status == OK else { return nil }
    switch value {
    case 3: return .key(.interrupt)
    case 26: return .key(.suspend)
    case 10, 13: return .key(.enter)
    case 27: return .key(.escape)
    default:
      guard let scalar = Unicode.Scalar(UInt32(value)) else { return .key(.other) }
      return .key(.character(Character(scalar)))
    }
  }

  /// The terminfo string `name`, or nothing when the terminal lacks it.
  static func capability(_ name: String) -> [UInt8] {
    guard let value = tigetstr(name), Int(bitPattern: value) != -1 else { return [] }
    return Array(String(cString: value).utf8)
  }

  /// Whether the window title may be set (`--no-title` and terminals that would print the
  /// title over the screen say no; see `WindowTitle.isSupported`).
  public var titles = false
  /// The channels desktop notifications go through; none sends nothing.
  public var notificationChannels: [DesktopNotification.Channel] = []

  /// Names what is on screen in the window's title (OSC 0), where titles are on.
  public func title(_ text: String) {
    guard active, titles else { return }
    sendControl(WindowTitle.set(text))
  }

  /// Sends a desktop notification through the channels asked for.
  public func notify(_ notification: DesktopNotification) {
    guard active, !notificationChannels.isEmpty else { return }
    sendControl(notification.bytes(via: notificationChannels))
  }

  /// Discards keys typed ahead, so a key pressed as the session ends does not also close
  /// the summary.
  public func discardTypeahead() { flushinp() }

  /// Rings the terminal bell, or flashes the screen instead.
  public func bell(flash useFlash: Bool) {
    if useFlash { flash() } else { beep() }
  }

  /// Leaves full screen, stops the process (as Ctrl-Z would) and, once continued with `fg`,
  /// takes the screen back: raw again, at the terminal's size now, repainted whole.
  public func suspend() {
    guard active else { return }
    curs_set(1)
    endwin()
    Signals.setScreenActive(false)
    Signals.stopJob()
    Signals.setScreenActive(true)
    // The size may have changed while stopped; ncurses learns it from the terminal.
    var window = winsize()
    if ioctl(1, UInt(TIOCGWINSZ), &window) == 0, window.ws_row > 0, window.ws_col > 0 {
      resize_term(Int32(window.ws_row), Int32(window.ws_col))
    }
    // Back to the program's modes with fd 1 on the terminal: this first update after
    // endwin is where ncurses sets raw mode and the alternate screen again.
    werase(cn_stdscr())
    clearok(cn_curscr(), true)
    wnoutrefresh(cn_stdscr())
    doupdate()
    curs_set(0)
    shown = nil
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
