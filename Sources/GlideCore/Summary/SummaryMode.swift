/// What happens when a session ends: the one home of `--summary`'s and the config's
/// `summary` words.
public enum SummaryMode: String, CaseIterable, Hashable, Sendable {
  /// The summary stays on the full screen until a key closes it.
  case wait
  /// The full screen closes at once and the summary is printed to the scrollback, so
  /// `glide run x && next-thing` goes on with nobody at the keyboard.
  case print
  /// The full screen closes at once and one line says how it went.
  case none

  /// The words a flag or the config file may use, for messages: `wait, print or none`.
  public static var spelled: String {
    let names = allCases.map(\.rawValue)
    return names.dropLast().joined(separator: ", ") + " or " + names.last!
  }
}
