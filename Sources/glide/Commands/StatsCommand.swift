import ArgumentParser
import GlideLog
import GlideStanding

/// `glide stats`: sessions per week against the 2-3 target, streak, areas, follow-through,
/// check-in trends, the active program's adherence, and what to do next.
struct StatsCommand: ParsableCommand, LogCommand {
  static let configuration = CommandConfiguration(
    commandName: "stats",
    abstract:
      "Sessions per week against the 2-3 a week target, streak, areas, follow-through, check-ins and the program.",
    discussion: """
      Check-ins show, per area, the rating before and after on average and a chart of \
      each week's after; the active program shows its sessions done per week; each \
      'Note' line says what to do. --json writes one object for widgets (see docs/log.md).
      """)

  @OptionGroup var log: LogOptions

  @Option(parsing: .unconditional, help: "How many weeks to show.")
  var weeks = 8

  @Flag(help: "Print one JSON object (for widgets) instead of text.")
  var json = false

  func validate() throws {
    guard (1...520).contains(weeks) else { throw ValidationError("--weeks must be 1 to 520") }
  }

  func run() throws {
    // The log first: a log that cannot be read is said once, here, not again by the
    // program's load, which reads it too (quietly: the skipped lines are said below).
    // A broken program file is said (by the load) and left out: the stats still show.
    var reader = try log.openForReading()
    let program = try? ProgramStanding.load(log: log, quiet: true)?.adherence
    let stats = Stats(reader: &reader, weeks: weeks, now: .now(), time: .system)
    if json {
      Output.jsonLine(stats.json(program: program))
    } else {
      Output.lines(stats.lines(program: program, width: Output.width))
    }
    if let message = reader.skippedMessage { printError("glide: \(message)") }
  }
}
