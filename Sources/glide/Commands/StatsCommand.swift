import ArgumentParser
import GlideLog

/// `glide stats`: sessions per week against the 2-3 target, streak, areas, follow-through.
struct StatsCommand: ParsableCommand, LogCommand {
  static let configuration = CommandConfiguration(
    commandName: "stats",
    abstract: "Sessions per week against the 2-3 a week target, streak, areas and follow-through.")

  @OptionGroup var log: LogOptions

  @Option(help: "How many weeks to show.")
  var weeks = 8

  func validate() throws {
    guard (1...520).contains(weeks) else { throw ValidationError("--weeks must be 1 to 520") }
  }

  func run() throws {
    var reader = try log.openForReading()
    let stats = Stats(reader: &reader, weeks: weeks, now: .now(), time: .system)
    Output.lines(stats.lines)
    if let message = reader.skippedMessage { printError("glide: \(message)") }
  }
}
