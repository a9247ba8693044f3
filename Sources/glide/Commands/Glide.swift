import ArgumentParser
import GlideConfig

/// The `glide` command: a full-screen timer for fascial training.
@main
struct Glide: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "glide",
    abstract: "A full-screen terminal timer for fascial training.",
    discussion: """
      Run with no arguments to start the default routine. Space pauses, n skips, \
      q ends the session, ? lists every key.
      """,
    version: glideVersion,
    subcommands: [
      RunCommand.self, RoutinesCommand.self, ShowCommand.self, ThemesCommand.self,
      HistoryCommand.self, StatsCommand.self, CheckCommand.self, NewCommand.self,
      ProgramCommand.self, NextCommand.self, RemindCommand.self,
      LibraryCommand.self, BuildCommand.self, ConfigCommand.self,
    ],
    defaultSubcommand: RunCommand.self
  )

  /// Parses and runs, first catching a mistyped command: `run` is the default command, so
  /// the parser alone would take `glide histroy` for a routine named histroy.
  static func main() {
    if let first = CommandLine.arguments.dropFirst().first, let near = nearCommand(first) {
      printError("glide: '\(first)' is not a command or a routine; did you mean '\(near)'?")
      exit(withError: ExitCode(2))
    }
    main(nil)
  }

  /// The command `word` is a near miss of, unless it names a routine or is nearer to one.
  static func nearCommand(_ word: String) -> String? {
    let commands =
      configuration.subcommands.compactMap { $0.configuration.commandName } + ["help"]
    guard !word.hasPrefix("-"), !word.hasSuffix(".toml"), !word.contains("/"),
      !commands.contains(word)
    else { return nil }
    let routines = RoutineCatalog(configDirectory: configDirectory()).entries.map(\.id)
    guard !routines.contains(word),
      let near = NearestKey.suggestion(for: word, among: commands + routines),
      commands.contains(near)
    else { return nil }
    return near
  }
}
