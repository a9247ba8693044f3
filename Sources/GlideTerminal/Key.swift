/// A key press, as the session understands keys.
public enum Key: Hashable, Sendable {
  /// A printable character.
  case character(Character)
  /// Enter or return.
  case enter
  /// Escape.
  case escape
  /// The left arrow.
  case left
  /// The right arrow.
  case right
  /// Ctrl-C (raw mode delivers it as a key).
  case interrupt
  /// Ctrl-Z (raw mode delivers it as a key).
  case suspend
  /// The terminal changed size.
  case resize
  /// Anything else.
  case other
}
