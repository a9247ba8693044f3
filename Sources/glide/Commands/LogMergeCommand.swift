import ArgumentParser
import GlideCore
import GlideLog

/// `glide log merge FILE...`: adds the sessions of other logs that this one lacks.
struct LogMergeCommand: ParsableCommand, LogCommand {
  static let configuration = CommandConfiguration(
    commandName: "merge",
    abstract: "Append the sessions of other logs that this log lacks (by id, once).",
    discussion: "The log is only appended to; running the same merge again adds nothing.")

  @OptionGroup var log: LogOptions

  @Argument(help: "The logs to take sessions from.", completion: .file())
  var files: [String]

  func run() throws {
    let file = try log.logFile()
    do {
      // Before the log is made: a merge that can read nothing leaves nothing behind.
      try LogMerge.checkSources(files)
      try file.prepare()
      let report = try LogMerge.merge(files, into: file)
      Output.line(
        "Added \(report.added.counted("session")), skipped \(report.skipped) "
          + "already in \(file.path)"
          + (report.corrupt > 0
            ? "; left out \(report.corrupt.counted("unreadable line"))" : ""))
    } catch {
      throw fail(error.description)
    }
  }
}
