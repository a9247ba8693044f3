import GlideConfig
import GlideCore

extension Glide {
  /// What is wrong with a line meant to name a command that names none, said before the
  /// parser sees it: the parser would take `glide histroy` for a routine, answer
  /// `glide help histroy` with the main help, and `glide version` with "unknown routine".
  /// Nil when the line is fine, or is no command's near miss.
  static func misnamedCommand(_ arguments: [String]) -> String? {
    guard let first = arguments.first else { return nil }
    if first == "help", arguments.count > 1 {
      let word = arguments[1]
      guard !word.hasPrefix("-"), !commandNames.contains(word), word != "help" else { return nil }
      let near = Suggestion.nearest(word, among: commandNames)
      return "glide: '\(word)' is not a command"
        + (near.map { "; did you mean '\($0)'?" } ?? "; 'glide help' lists them")
    }
    if let near = nearCommand(first) {
      return "glide: '\(first)' is not a command or a routine; did you mean '\(near)'?"
    }
    // The one flag a person types as a word.
    if first == "version", !RoutineCatalog.ids(configDirectory: configDirectory()).contains(first) {
      return "glide: 'version' is not a command or a routine; did you mean '--version'?"
    }
    return nil
  }
}
