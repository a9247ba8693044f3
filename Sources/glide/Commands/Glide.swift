import ArgumentParser

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
    ],
    defaultSubcommand: RunCommand.self
  )
}
