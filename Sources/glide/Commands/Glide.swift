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

      Exit status: 0 the session completed; 1 it was ended early with q; 2 bad input \
      (routine, theme, file, flag or terminal); 128+n signal n ended it (130 Ctrl-C, \
      143 SIGTERM, 129 SIGHUP or a terminal that went away).
      """,
    subcommands: [
      RunCommand.self, RoutinesCommand.self, ShowCommand.self, ThemesCommand.self,
      HistoryCommand.self, StatsCommand.self, CheckCommand.self, NewCommand.self,
      KeysCommand.self,
    ],
    defaultSubcommand: RunCommand.self
  )
}
