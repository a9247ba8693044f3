/// A key press, as the session understands keys.
public enum Key: Hashable, Sendable {
  /// A printable character.
  case character(Character)
  /// Enter or return.
  case enter
  /// Escape.
  case escape
  /// Backspace (or delete, as many terminals send it).
  case backspace
  /// The left arrow.
  case left
  /// The right arrow.
  case right
  /// The up arrow.
  case up
  /// The down arrow.
  case down
  /// Page Down (a presenter remote's "next").
  case pageDown
  /// Page Up (a presenter remote's "back").
  case pageUp
  /// F5 (a presenter remote's "start/stop show").
  case f5
  /// Ctrl-C (raw mode delivers it as a key).
  case interrupt
  /// Ctrl-Z (raw mode delivers it as a key).
  case suspend
  /// Anything else.
  case other
}
