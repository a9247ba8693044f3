import ArgumentParser
import FoundationEssentials
import GlideLog

/// The `--log PATH` option, and finding the log from it and the environment.
struct LogOptions: ParsableArguments {
  @Option(
    name: .customLong("log"),
    help: "The session log (default: $GLIDE_LOG, else $XDG_DATA_HOME/glide/sessions.jsonl).")
  var path: String?

  /// The log file, or exit 2 when nothing says where it goes.
  func logFile() throws -> LogFile {
    guard let path = LogLocation.path(flag: path, environment: ProcessInfo.processInfo.environment)
    else {
      throw fail("cannot find the session log: HOME is not set; give --log PATH or set GLIDE_LOG")
    }
    return LogFile(path: path)
  }

  /// The log, with journals of killed sessions moved into it, opened for reading; or
  /// exit 2 saying why it cannot be read.
  func openForReading() throws -> LogReader {
    let file = try logFile()
    recoverInterrupted(into: file)
    do {
      return try LogReader(path: file.path)
    } catch {
      throw fail(error.description)
    }
  }

  /// Moves journals left by killed sessions into the log, telling the person once.
  func recoverJournals() {
    guard let log = try? logFile() else { return }
    recoverInterrupted(into: log)
  }
}

/// Moves journals left by killed sessions into `log`, telling the person once.
func recoverInterrupted(into log: LogFile) {
  for record in Journal.recover(into: log) {
    let done = record.stepsDone
    printError(
      "glide: recovered an interrupted session of \(record.routine) from "
        + "\(LocalTime.system.minute(record.startedAt)) (\(done) of \(record.steps.count) steps done) "
        + "into \(log.path)")
  }
}
