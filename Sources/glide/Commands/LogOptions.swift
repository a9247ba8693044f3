import ArgumentParser
import GlideCore
import GlideLog
import GlideSystem

/// The `--log PATH` option, and finding the log from it and the environment.
struct LogOptions: ParsableArguments {
  @Option(
    name: .customLong("log"),
    help: "The session log (default: $GLIDE_LOG, else $XDG_DATA_HOME/glide/sessions.jsonl).",
    completion: .file())
  var path: String?

  /// The log file, or exit 2 when nothing says where it goes.
  func logFile() throws -> LogFile {
    guard let path = LogLocation.path(flag: path, environment: Host.environment)
    else {
      throw fail("cannot find the session log: HOME is not set; give --log PATH or set GLIDE_LOG")
    }
    return LogFile(path: path)
  }

  /// The log opened for reading, or exit 2 saying why it cannot be read.
  func openForReading() throws -> LogReader {
    let file = try logFile()
    do {
      return try LogReader(path: file.path)
    } catch {
      throw fail(error.description)
    }
  }
}

/// A command that works with a session log, named by its `--log`.
protocol LogCommand {
  /// The command's `--log` option.
  var log: LogOptions { get }
}

/// Moves journals that killed sessions left for `log` into it, telling the person once,
/// and reports damaged journals kept aside.
func recoverInterrupted(into log: LogFile) {
  let report = Journal.recover(into: log)
  for record in report.recovered {
    let done = record.stepsDone
    printError(
      "glide: recovered an \(record.outcome == "interrupted" ? "interrupted" : "unsaved") "
        + "session of \(record.routine) from \(LocalTime.system.minute(record.startedAt)) "
        + "(\(done) of \(record.steps.count.counted("step")) done) into \(log.path)")
  }
  for damaged in report.damaged {
    printError(
      "glide: a session journal was damaged (\(damaged.reason)); kept it as \(damaged.path)")
  }
  for stuck in report.stuck {
    printError(
      "glide: a session is in \(log.path) already, but its journal \(stuck.path) cannot be "
        + "removed (\(stuck.reason)); remove it once the folder is writable")
  }
  for reason in report.kept {
    printError("glide: kept a session journal for next time: \(reason)")
  }
}
