import ArgumentParser
import GlideConfig
import GlideCore
import GlideDocs
import GlideLog
import GlideSession
import GlideSystem

/// The `glide` command: a full-screen timer for fascial training.
@main
struct Glide: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "glide",
    abstract: "A full-screen terminal timer for fascial training.",
    discussion: """
      Run with no arguments to start the default routine. Space pauses, n skips, \
      q ends the session, ? lists every key.

      \(ExitStatus.summary)


      """ + Examples.help,
    version: glideVersion,
    subcommands: commands,
    defaultSubcommand: defaultCommand(for: Array(CommandLine.arguments.dropFirst()))
  )

  /// Every command, in the order `--help` lists them.
  static let commands: [ParsableCommand.Type] = [
    RunCommand.self, RoutinesCommand.self, ShowCommand.self, ThemesCommand.self,
    HistoryCommand.self, StatsCommand.self, LogGroupCommand.self, CheckCommand.self,
    NewCommand.self, LibraryCommand.self, BuildCommand.self, ConfigCommand.self, KeysCommand.self,
    ProgramCommand.self, NextCommand.self, RemindCommand.self, StatusCommand.self,
    ReportCommand.self,
  ]

  /// Every command's name, as typed.
  static let commandNames = commands.compactMap { $0.configuration.commandName }

  /// `run`, the command a line that names none runs (`glide`, `glide desk`,
  /// `glide --theme mono`), or nil when the line names its command or asks for the version.
  /// With a default command the parser builds that command's every option on every line
  /// to look for it, so `glide status`, which a status bar asks every second, and
  /// `glide --version` would pay for `run`'s options (a quarter of their instructions,
  /// docs/benchmarks.md). `--help` keeps it, so the help still marks `run` the default.
  static func defaultCommand(for arguments: [String]) -> ParsableCommand.Type? {
    guard let first = arguments.first else { return RunCommand.self }
    if first == "--version" || commandNames.contains(first) { return nil }
    return RunCommand.self
  }

  /// Parses and runs the command line; before anything else, whatever the command and even
  /// when the line does not parse, moves journals of killed sessions into their log (the
  /// command's `--log`, else the default log). A mistyped command is caught first
  /// (`misnamedCommand`).
  static func main() {
    if let complaint = misnamedCommand(Array(CommandLine.arguments.dropFirst())) {
      recoverLog(named: nil)
      printError(complaint)
      Host.exit(2)
    }
    let command: ParsableCommand
    do {
      command = try parseAsRoot()
    } catch {
      recoverLog(named: nil)
      exitSafely(error)
    }
    // A status bar asks every second: its answer touches no log.
    if !(command is StatusCommand) { recoverLog(named: (command as? LogCommand)?.log.path) }
    do {
      var command = command
      try command.run()
    } catch {
      exitSafely(error)
    }
  }

  /// Ends with the status the argument parser gives for `error` and its message, made
  /// safe: it may echo any argument typed. A flag or value the parser refuses is bad input
  /// like any other: status 2, not the parser's own 64, and one line, as Glide's own
  /// errors (`refusal(for:)`); help and the version are printed whole.
  private static func exitSafely(_ error: any Error) -> Never {
    var code = exitCode(for: error)
    if code == .validationFailure { code = ExitCode(2) }
    if code == .success {
      let message = fullMessage(for: error)
      if !message.isEmpty { Output.block(message, toError: false) }
    } else if let line = refusal(for: error) {
      printError(line)
    }
    Host.exit(code.rawValue)
  }

  /// A refused command line as one line, in the shape of Glide's own errors: "glide:
  /// unknown option '--bogus' (see 'glide status --help')". Nil when the parser has
  /// nothing to say (a command's own failure, already said).
  static func refusal(for error: any Error) -> String? {
    let what = message(for: error).split(separator: "\n").map { $0.drop(while: \.isWhitespace) }
      .filter { !$0.isEmpty }.joined(separator: "; ")
      .replacing(". Did you mean", with: "; did you mean")
    guard let first = what.first else { return nil }
    // The parser's own pointer to the command's help: "See 'glide history --help' ...".
    let full = fullMessage(for: error)
    let help = full.firstRange(of: "See '").flatMap { start in
      full[start.upperBound...].firstIndex(of: "'").map { full[start.upperBound..<$0] }
    }
    return "glide: " + first.lowercased() + what.dropFirst()
      + (help.map { " (see '\($0)')" } ?? "")
  }

  /// Recovers the journals of the log `--log` names, else of the default log; says
  /// nothing when no log can be found (the command itself says so if it needs one).
  private static func recoverLog(named flag: String?) {
    let environment = Host.environment
    guard let path = LogLocation.path(flag: flag, environment: environment) else { return }
    recoverInterrupted(into: LogFile(path: path))
  }
}
