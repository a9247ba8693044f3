import ArgumentParser

/// `glide log`: work on the session log itself.
struct LogGroupCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "log", abstract: "Work on the session log.",
    subcommands: [LogMergeCommand.self])
}
