import GlideCore
import GlideRender

/// What waiting for input came to.
public enum ScreenInput: Hashable, Sendable {
  /// A key was pressed.
  case key(Key)
  /// The wait ran out.
  case timeout
  /// The terminal changed size.
  case resize
  /// A signal arrived (its number): SIGTSTP suspends, the others end the session.
  case signal(Int32)
  /// The input is gone for good (end of file, I/O error, hang-up).
  case closed
  /// The input reached its end, and the session runs on without keys (a pipe in plain
  /// mode); given once.
  case inputEnded
}

/// The full screen a session runs on: the terminal, or a fake in tests.
public protocol Screen: AnyObject {
  /// The size in columns and rows.
  var size: (width: Int, height: Int) { get }
  /// Shows a frame. `changed`, when given, names the only regions where it may differ
  /// from the frame drawn before it; nil when any cell may.
  func draw(_ frame: Frame, changed: [FrameRegion]?)
  /// Waits up to `milliseconds` (forever when nil) for a key, a resize or a signal.
  func read(timeout milliseconds: Int?) -> ScreenInput
  /// Rings the bell, or flashes the screen instead.
  func bell(flash: Bool)
  /// Gives the terminal back and stops the process until it is continued; then takes the
  /// screen back, raw, at the terminal's size then, and repaints it whole.
  func suspend()
  /// Names what is on screen in the window's title, where the terminal has one, with the
  /// OSC 0 `WindowTitle` built. It may wait to go out with the next frame.
  func title(_ command: WindowTitle.Command)
  /// Sends a desktop notification through the terminal (OSC 777 / OSC 9), where asked; it
  /// may wait to go out with the next frame.
  func notify(_ notification: DesktopNotification)
  /// Forgets keys typed ahead.
  func discardTypeahead()
  /// Tells the screen what a reduction returned (see the extension's default).
  func narrate(_ effects: [Effect])
  /// Clears the screen and draws the next frame whole.
  func repaint()
}

extension Screen {
  /// Tells the screen what a reduction returned; plain mode prints its moments as lines,
  /// the full screen shows them in its frames and does nothing here.
  public func narrate(_ effects: [Effect]) {}
  /// Clears the screen and draws the next frame whole (Ctrl-L); a screen that keeps no
  /// picture does nothing.
  public func repaint() {}
}
