import ArgumentParser
import GlideConfig
import GlideCore
import GlideLog
import GlideReport
import GlideStanding
import GlideSystem

/// `glide report`: progress as one self-contained HTML page, to a file or standard output.
struct ReportCommand: ParsableCommand, LogCommand {
  static let configuration = CommandConfiguration(
    commandName: "report",
    abstract: "Write progress as one HTML page with charts (for a browser, print or a coach).",
    discussion: """
      The page holds sessions per week as a calendar, minutes per area per month, each \
      check-in's before and after month by month, the active program's weeks, the streak \
      and the notes 'glide stats' gives; every chart has its numbers in a table. It needs \
      no network and runs no scripts. Without --output it goes to standard output.
      """)

  @OptionGroup var log: LogOptions

  @Option(
    name: .shortAndLong, help: "Write the page to this file instead of standard output.",
    completion: .file(extensions: ["html"]))
  var output: String?

  @Option(help: "The first day shown, YYYY-MM-DD (default: a year before --until).")
  var since: String?

  @Option(help: "The last day shown, YYYY-MM-DD (default: today).")
  var until: String?

  @Option(
    help: "Only this area (repeatable): its minutes, sessions and check-ins.", completion: .areas)
  var area: [String] = []

  func validate() throws {
    for (flag, value) in [("--since", since), ("--until", until)] {
      if let value, ReportDates.parse(value) == nil {
        throw ValidationError("\(flag) must be a date as YYYY-MM-DD, not '\(value)'")
      }
    }
    // A window the wrong way round is a slip of the keyboard, not a window to guess at.
    if let since, let until, let first = ReportDates.parse(since),
      let last = ReportDates.parse(until), first > last
    {
      throw ValidationError("--since \(since) is after --until \(until)")
    }
  }

  /// Whether the log holds work on `area` in `window`.
  private func worked(_ area: String, in window: ReportWindow) throws -> Bool {
    var reader = try log.openForReading()
    return ReportFigures(reader: &reader, window: window, areas: [area], time: .system).minutes > 0
  }

  func run() throws {
    let today = LocalTime.system.date(.now())
    let window = ReportWindow.asked(
      since: since.flatMap(ReportDates.parse), until: until.flatMap(ReportDates.parse), today: today
    )
    // An area is named as `glide routines --area` and `glide build` name it, or is one of
    // one's own that the log holds work on in the window (as `stats` lists it), or refused.
    var area: [String] = []
    let library = Library.load(configDirectory: configDirectory()).library
    for name in self.area {
      do {
        area.append(try library.area(named: name))
      } catch {
        guard error.starts.isEmpty, try worked(name, in: window) else {
          throw fail(error.description)
        }
        area.append(name)
      }
    }
    // The log first, so one that cannot be read is said once (the program's load reads it
    // too).
    var reader = try log.openForReading()
    let program = try? ProgramStanding.load(log: log, quiet: true)?.adherence
    let stats = Stats(reader: &reader, weeks: 8, now: .now(), time: .system)
    var again = try log.openForReading()
    let figures = ReportFigures(reader: &again, window: window, areas: area, time: .system)
    let page = ReportPage(
      figures: figures, streak: stats.streak, notes: stats.nudges(program: program).map(\.text),
      program: program, areas: area, made: today)
    if let output {
      do {
        // A file is replaced whole; a device or pipe (/dev/stdout, a FIFO) is written to,
        // never renamed over.
        let special = (try? FileStatus(of: output)).map { !$0.isRegular } ?? false
        if special {
          try Files.write(output, Array(page.html.utf8))
        } else {
          try AtomicFile.replace(output, with: Array(page.html.utf8), synced: false)
        }
      } catch {
        throw fail("cannot write the report to \(output): \(error.reason)")
      }
    } else {
      Output.block(String(page.html.dropLast()), toError: false)
    }
    if let message = again.skippedMessage { printError("glide: \(message)") }
  }
}

/// Dates as the report's flags take them.
enum ReportDates {
  /// `2026-03-04` as a date, or nil when it is not one.
  static func parse(_ text: String) -> CivilDate? {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
      let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
      (1...12).contains(month), (1...31).contains(day)
    else { return nil }
    let date = CivilDate(year: year, month: month, day: day)
    // 2026-02-30 rolls over to March: refused, not guessed.
    return CivilDate(daysSinceEpoch: date.daysSinceEpoch) == date ? date : nil
  }
}
