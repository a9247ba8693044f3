import ArgumentParser
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
    if let group = commands.first(where: { $0.configuration.commandName == first }),
      let complaint = misnamedSubcommand(arguments.dropFirst().first, of: group)
    {
      return complaint
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

  /// What is wrong with `word` given to a command of commands (`log`, `program`): a near
  /// miss of one of them ("glide program strat"), which the parser would take for an
  /// argument of the default one, or refuse as unexpected.
  private static func misnamedSubcommand(_ word: String?, of group: ParsableCommand.Type)
    -> String?
  {
    let names = group.configuration.subcommands.compactMap { $0.configuration.commandName }
    guard let word, !names.isEmpty, !word.hasPrefix("-"), !names.contains(word),
      let near = Suggestion.nearest(word, among: names)
    else { return nil }
    let name = group.configuration.commandName ?? ""
    return "glide: '\(word)' is not a '\(name)' command; did you mean '\(near)'?"
  }

  /// The command `word` is a near miss of, unless it names a routine or is nearer to one.
  private static func nearCommand(_ word: String) -> String? {
    // A flag or a file is never a command: the commands' names are not looked at for it.
    guard !word.hasPrefix("-"), !word.hasSuffix(".toml"), !word.contains("/") else { return nil }
    let commands = commandNames + ["help"]
    guard !commands.contains(word) else { return nil }
    let routines = RoutineCatalog.ids(configDirectory: configDirectory())
    guard !routines.contains(word),
      let near = Suggestion.nearest(word, among: commands + routines),
      commands.contains(near)
    else { return nil }
    return near
  }
}
