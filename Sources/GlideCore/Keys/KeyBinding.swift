/// One line of the key table: the keys, what they do, and how help names them.
public struct KeyBinding: Hashable, Sendable {
  /// What the keys do; the event depends on the session's mode.
  public enum Action: Hashable, Sendable {
    case togglePause, skip, back, extend, countRep, flagPressure, rate, quit, help, scroll
    case suspend, repaint
    case checkInRate, checkInSkip, checkInType, checkInErase, checkInEnter
    case confirmQuit, cancelQuit
  }

  /// The keys, as the terminal reports them.
  public let keys: [Key]
  /// How help and README name the keys, e.g. ["n", "→", "PgDn"].
  public let names: [String]
  /// What the keys do, in a few words.
  public let help: String
  /// A second line of help, if one is needed.
  public let more: String?
  /// The hint line's words for it, when it has a place there.
  public let hint: String?
  /// What the keys do.
  public let action: Action
}
