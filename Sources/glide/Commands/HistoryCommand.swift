import ArgumentParser
import GlideLog

/// `glide history`: past sessions, newest first.
struct HistoryCommand: ParsableCommand, LogCommand {
  static let configuration = CommandConfiguration(
    commandName: "history", abstract: "List past sessions, newest first.")

  @OptionGroup var log: LogOptions

  // Unconditional: "-3" is a value, refused below, not a flag's name missing its value.
  @Option(
    parsing: .unconditional,
    help: "How many sessions to list (default: 20 in the table, every one with --json or --csv).")
  var limit: Int?

  @Flag(help: "Print the stored JSON lines (one per session, jq-ready).")
  var json = false

  @Flag(help: "Print CSV: a header row, then one row per session.")
  var csv = false

  func validate() throws {
    // Zero would list nothing and say the log is empty, which it need not be.
    guard (limit ?? 1) >= 1 else { throw ValidationError("--limit must be 1 or more") }
    guard !(json && csv) else { throw ValidationError("choose one of --json and --csv") }
  }

  func run() throws {
    var reader = try log.openForReading()
    if json {
      History.eachLine(&reader, limit: limit) { Output.jsonLine(bytes: $0) }
    } else if csv {
      Output.line(History.csvHeader)
      History.each(&reader, limit: limit) { record, _ in Output.line(History.csvRow(record)) }
    } else {
      let records = History.records(&reader, limit: limit ?? 20)
      Output.lines(History.table(records, time: .system, width: Output.width))
    }
    if let message = reader.skippedMessage { printError("glide: \(message)") }
  }
}
