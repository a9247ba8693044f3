import CNcursesw
import GlideCore
import GlideRender
import GlideSession
import GlideSystem

/// The full-screen terminal: set-up, drawing frames, reading keys, cues and restore.
public final class Terminal: Screen {
  /// Why the terminal cannot run full screen.
  public struct Unusable: Error, CustomStringConvertible {
    /// One line saying what is wrong.
    public var description: String
  }

  /// Whether the screen is full screen (drawn on) now.
  var active = false
  /// Where frames go.
  var output: FrameOutput
  /// The terminal's modes from before the session.
  var cookedModes: TerminalModes?
  /// Whether the session left a terminal that took nothing more: nothing more can be
  /// written to it without waiting, the summary neither.
  public internal(set) var stalled = false
  /// Whether the locale can show UTF-8 (else frames are drawn in ASCII).
  private let unicode: Bool

  /// Checks that stdout is a terminal that terminfo knows; call before `start`.
  public static func check() throws(Unusable) {
    guard TerminalDevice.isTerminal(1) else {
      throw Unusable(
        description:
          "standard output is not a terminal; run glide in one, or add --plain for lines of text")
    }
    guard TerminalDevice.isTerminal(0) else {
      throw Unusable(
        description:
          "standard input is not a terminal, and the full screen reads keys from it; add --plain to read them from a pipe or a file"
      )
    }
    guard let term = Host.variable("TERM"), !term.isEmpty else {
      throw Unusable(
        description: "TERM is not set; set it to your terminal's type, e.g. xterm-256color")
    }
    var error: Int32 = 0
    if setupterm(term, 1, &error) != OK {
      throw Unusable(description: "TERM=\(term) is unknown to terminfo; try TERM=xterm-256color")
    }
    // Every other capability has a fallback (no colour, no bold); a screen needs this one.
    let movesCursor = rawCapability("cup") != nil
    cn_forget_terminfo()
    guard movesCursor else {
      throw Unusable(
        description: "TERM=\(term) cannot place the cursor; try glide --plain")
    }
  }

  /// Enters full screen: raw keys, no echo, hidden cursor, the theme's colours.
  public init(theme: Theme, useColor: Bool) throws(Unusable) {
    let encoding = Host.adoptLocale()
    let cooked = TerminalModes(of: 0)
    unicode = encoding.uppercased().replacingUTF8Dash() == "UTF8"
    guard let screen = Self.narrowly({ cn_newterm_std() }) else {
      throw Unusable(
        description: "could not start the terminal (TERM=\(Host.variable("TERM") ?? ""))")
    }
    set_term(screen)
    cookedModes = cooked
    active = true
    leaveBytes = ["rmkx", "sgr0", "cnorm", "rmcup"].flatMap(Self.capability)
    Signals.prepareRestore(bytes: leaveBytes, modes: cooked)
    Signals.setScreenActive(true)
    raw()
    noecho()
    nonl()
    keypad(cn_stdscr(), true)
    curs_set(0)
    set_escdelay(25)
    output = FrameOutput(theme: theme, useColor: useColor, unicode: unicode)
    learnSize()
    // ncurses clears the screen on its first refresh: let that happen now, so that no key
    // read later triggers it over a frame.
    output.takeScreenBack()
  }

  deinit { restore() }

  /// The terminal's size in columns and rows, as ncurses last learned it.
  public private(set) var size: (width: Int, height: Int) = (0, 0)

  /// Reads the terminal's size: at the start and after each resize, so a steady wake asks
  /// nothing. From the terminal itself, as ncurses is told of one column only (see
  /// `narrowly`); terminfo's size, else 80x24, when the terminal will not say.
  private func learnSize() {
    size = Self.terminalSize()
  }

  /// The terminal's columns and rows.
  private static func terminalSize() -> (width: Int, height: Int) {
    if let window = TerminalDevice.size(of: 1), window.rows > 0, window.columns > 0 {
      return (Int(window.columns), Int(window.rows))
    }
    let columns = Int(tigetnum("cols"))
    let rows = Int(tigetnum("lines"))
    return (columns > 0 ? columns : 80, rows > 0 ? rows : 24)
  }

  /// Runs `body` (ncurses' start) with ncurses told the screen is one column wide, its
  /// rows kept so that leaving puts the cursor on the last line. ncurses keeps three
  /// windows the size of the screen, 28 bytes a cell, that Glide never draws in (frames
  /// bypass it): 84 MB at 2000x500. `LINES` and `COLUMNS` are put back after.
  private static func narrowly<T>(_ body: () -> T) -> T {
    let names: [String] = ["LINES", "COLUMNS"]
    let saved = names.map { name in (name, Host.variable(name)) }
    Host.setVariable("LINES", String(terminalSize().height))
    Host.setVariable("COLUMNS", "1")
    use_env(true)
    defer {
      for (name, value) in saved { Host.setVariable(name, value) }
    }
    return body()
  }

  /// Keeps ncurses' windows one column wide after it learned a new size of its own.
  private func narrowNcurses() {
    resize_term(Int32(size.height), 1)
  }

  /// Waits up to `milliseconds` (forever when nil) for a key, a resize or a signal, or
  /// until the input is found gone.
  ///
  /// The wait is a poll of the keyboard and of the pipe a signal handler writes to, so a
  /// signal that comes just before the wait still ends it at once. A terminal that is
  /// gone (hang-up, end of file, I/O error) reads as closed rather than as an endless run
  /// of instant timeouts.
  public func read(timeout milliseconds: Int?) -> ScreenInput {
    if let input = pendingSignalOrResize() { return input }
    // Keys ncurses already holds (the rest of a burst) come first; after a wait that
    // timed out it holds none, and asking would cost a system call on every wake.
    if mayHoldKeys, let input = nextKey() { return input }
    mayHoldKeys = false
    // On the stack: a wake allocates nothing to wait.
    // The terminal's output is watched too while it owes part of a frame: once it takes
    // more, the loop draws again. A negative descriptor is one poll skips.
    let output = self.output.writer
    let ready = Readiness.wait(
      .init(0, for: .readable), .init(Signals.wakeDescriptor, for: .readable),
      .init(output.blocked ? output.descriptor : -1, for: .writable),
      milliseconds: milliseconds)
    if let input = pendingSignalOrResize() { return input }
    // Interrupted by a signal that is none of Glide's business.
    if ready.count < 0 { return .timeout }
    if ready.third.contains(.writable), self.output.writer.flush() {
      return .timeout
    }
    let keyboard = ready.first
    if !keyboard.isDisjoint(with: [.hangUp, .error, .invalid]) { return .closed }
    guard keyboard.contains(.readable) else { return .timeout }
    if let input = nextKey() {
      emptyReads = 0
      mayHoldKeys = true
      return input
    }
    // Readable, yet no key: the end of the input (a hung-up terminal reads nothing).
    emptyReads += 1
    return emptyReads >= 3 ? .closed : .timeout
  }

  /// Whether ncurses may hold keys read but not yet given out.
  private var mayHoldKeys = true

  /// A signal that arrived, a resize (taken on: ncurses learns the new size), or a child
  /// that ended (a wake with nothing to read, so the loop reaps it now).
  private func pendingSignalOrResize() -> ScreenInput? {
    if let number = Signals.takePending() { return .signal(number) }
    guard Signals.takeResize() else { return Signals.takeChildEnded() ? .timeout : nil }
    adoptTerminalSize()
    return .resize
  }

  /// Tells ncurses the terminal's size now, read from the terminal itself.
  private func adoptTerminalSize() {
    learnSize()
    narrowNcurses()
    output.mustTakeBack = true
  }

  /// Reads of a readable keyboard that gave nothing, in a row.
  private var emptyReads = 0

  /// The next key ncurses can give without waiting, if any.
  private func nextKey() -> ScreenInput? {
    let window = cn_stdscr()
    wtimeout(window, 0)
    var value: UInt32 = 0
    let status = wget_wch(window, &value)
    if status == cn_key_code_yes() {
      switch Int32(value) {
      case cn_key_resize():
        // ncurses noticed the resize itself and took the new size on.
        learnSize()
        narrowNcurses()
        output.mustTakeBack = true
        return .resize
      case cn_key_left(): return .key(.left)
      case cn_key_right(): return .key(.right)
      case cn_key_up(): return .key(.up)
      case cn_key_down(): return .key(.down)
      case cn_key_enter(): return .key(.enter)
      case cn_key_npage(): return .key(.pageDown)
      case cn_key_ppage(): return .key(.pageUp)
      case cn_key_f5(): return .key(.f5)
      case cn_key_backspace(): return .key(.backspace)
      default: return .key(.other)
      }
    }
    guard status == OK else { return nil }
    switch value {
    case 3: return .key(.interrupt)
    case 26: return .key(.suspend)
    case 10, 13: return .key(.enter)
    case 27: return .key(.escape)
    case 8, 127: return .key(.backspace)
    default:
      guard let scalar = Unicode.Scalar(UInt32(value)) else { return .key(.other) }
      return .key(.character(Character(scalar)))
    }
  }

  /// The terminfo string `name` ready to send (its delays taken out), or nothing when the
  /// terminal lacks it.
  static func capability(_ name: String) -> [UInt8] {
    rawCapability(name).map(TerminfoPadding.stripped) ?? []
  }

  /// The terminfo string `name` as terminfo holds it, to be formatted with parameters
  /// first; nil when the terminal lacks it.
  static func rawCapability(_ name: String) -> [UInt8]? {
    guard let value = tigetstr(name), Int(bitPattern: value) != -1 else { return nil }
    let bytes = Array(String(cString: value).utf8)
    return bytes.isEmpty ? nil : bytes
  }

  /// What leaves full screen, for a crash to write (and the title's restore with it).
  var leaveBytes: [UInt8] = []
  /// The title last sent, sent again after the terminal was given back and taken again.
  private var lastTitle: [UInt8] = []

  /// Whether the window title may be set (`--no-title` and terminals that would print the
  /// title over the screen say no; see `WindowTitle.isSupported`). Turning it on saves
  /// the window's title on the terminal's stack; every way out gives it back: the end of
  /// the session, a suspension (until `fg`), a signal and a crash.
  public var titles = false {
    didSet {
      guard titles != oldValue, active else { return }
      if titles { sendControl(WindowTitle.push) }
      Signals.prepareRestore(bytes: (titles ? WindowTitle.restore : []) + leaveBytes, modes: nil)
    }
  }
  /// Titles and notifications waiting to go out with the next frame, in its write.
  var pendingControl: [UInt8] = []
  /// The channels desktop notifications go through; none sends nothing.
  public var notificationChannels: [DesktopNotification.Channel] = []

  /// Names what is on screen in the window's title (an OSC 0 that `WindowTitle` built),
  /// where titles are on.
  public func title(_ command: WindowTitle.Command) {
    guard active, titles else { return }
    pendingControl.append(contentsOf: command.bytes)
    // Copied into a buffer of its own: holding the command's array would make the title's
    // next in-place rewrite copy it, an allocation on every tick.
    lastTitle.removeAll(keepingCapacity: true)
    lastTitle.append(contentsOf: command.bytes)
  }

  /// Sends a desktop notification through the channels asked for.
  public func notify(_ notification: DesktopNotification) {
    guard active, !notificationChannels.isEmpty else { return }
    pendingControl += notification.bytes(via: notificationChannels)
  }

  /// Discards keys typed ahead, so a key pressed as the session ends does not also close
  /// the summary.
  public func discardTypeahead() { flushinp() }

  /// Rings the terminal bell, or flashes the screen instead (ncurses writes these, and may
  /// wait: not while the terminal reads nothing).
  public func bell(flash useFlash: Bool) {
    guard !output.writer.blocked else { return }
    if useFlash { flash() } else { beep() }
  }

  /// Leaves full screen, stops the process (as Ctrl-Z would) and, once continued with `fg`,
  /// takes the screen back: raw again, at the terminal's size now, repainted whole.
  public func suspend() {
    guard active else { return }
    // The shell's title while stopped, not a countdown that no longer counts.
    if titles { sendControl(WindowTitle.restore) }
    curs_set(1)
    endwin()
    Signals.setScreenActive(false)
    Signals.stopJob()
    Signals.setScreenActive(true)
    // The size may have changed while stopped; ncurses learns it from the terminal.
    _ = Signals.takeResize()
    adoptTerminalSize()
    // Back to the program's modes with fd 1 on the terminal: this first update after
    // endwin is where ncurses sets raw mode and the alternate screen again; every cell is
    // repainted at the next frame.
    output.takeScreenBack()
    curs_set(0)
    if titles {
      sendControl(WindowTitle.push)
      pendingControl.append(contentsOf: lastTitle)
    }
  }

  /// Leaves full screen and gives the terminal back as it was; safe to call twice.
  public func restore() {
    guard active else { return }
    guard output.writer.flush() else { return giveUp() }
    // A notification of the end that no frame carried (the session left at once).
    if !pendingControl.isEmpty { sendControl(pendingControl) }
    pendingControl.removeAll()
    if titles { sendControl(WindowTitle.restore) }
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
