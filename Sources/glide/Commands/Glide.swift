import ArgumentParser
import Foundation
import GlideLog

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
    subcommands: [
      RunCommand.self, RoutinesCommand.self, ShowCommand.self, ThemesCommand.self,
      HistoryCommand.self, StatsCommand.self, LogGroupCommand.self, CheckCommand.self,
      NewCommand.self,
    ],
    defaultSubcommand: RunCommand.self
  )

  /// Parses and runs the command line; before anything else, whatever the command and even
  /// when the line does not parse, moves journals of killed sessions into their log (the
  /// command's `--log`, else the default log).
  static func main() {
    let command: ParsableCommand
    do {
      command = try parseAsRoot()
    } catch {
      recoverLog(named: nil)
      exitSafely(error)
    }
    recoverLog(named: (command as? LogCommand)?.log.path)
    do {
      var command = command
      try command.run()
    } catch {
      exitSafely(error)
    }
  }

  /// Ends with the message and status the argument parser gives for `error`, the message
  /// made safe: it may echo any argument typed.
  private static func exitSafely(_ error: any Error) -> Never {
    let message = fullMessage(for: error)
    let code = exitCode(for: error)
    if !message.isEmpty { Output.block(message, toError: code != .success) }
    Glibc.exit(code.rawValue)
  }

  /// Recovers the journals of the log `--log` names, else of the default log; says
  /// nothing when no log can be found (the command itself says so if it needs one).
  private static func recoverLog(named flag: String?) {
    let environment = ProcessInfo.processInfo.environment
    guard let path = LogLocation.path(flag: flag, environment: environment) else { return }
    recoverInterrupted(into: LogFile(path: path))
  }
}
