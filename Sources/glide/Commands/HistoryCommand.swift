import ArgumentParser
import GlideLog

/// `glide history`: past sessions, newest first.
struct HistoryCommand: ParsableCommand, LogCommand {
  static let configuration = CommandConfiguration(
    commandName: "history", abstract: "List past sessions, newest first.")

  @OptionGroup var log: LogOptions

  @Option(help: "How many sessions to list.")
  var limit = 20

  @Flag(help: "Print the stored JSON lines (one per session, jq-ready).")
  var json = false

  @Flag(help: "Print CSV: a header row, then one row per session.")
  var csv = false

  func validate() throws {
    guard limit >= 0 else { throw ValidationError("--limit must be 0 or more") }
    guard !(json && csv) else { throw ValidationError("choose one of --json and --csv") }
  }

  func run() throws {
    var reader = try log.openForReading()
    let rows = History.newest(&reader, limit: limit)
    if json {
      for row in rows { print(row.line) }
    } else if csv {
      print(History.csvHeader)
      for row in rows { print(History.csvRow(row.record)) }
    } else {
      print(History.table(rows.map(\.record), time: .system).joined(separator: "\n"))
    }
    if let message = reader.skippedMessage { printError("glide: \(message)") }
  }
}
