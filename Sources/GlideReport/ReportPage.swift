import GlideCore
import GlideLog

/// `glide report`: one self-contained HTML page (inline SVG and CSS, no scripts, nothing
/// fetched) of a person's progress, to read on screen, print for a physiotherapist, or
/// have read aloud: every chart has a title, a description and its numbers in a table.
public struct ReportPage: Sendable {
  /// What the log holds for the window.
  public var figures: ReportFigures
  /// Consecutive weeks meeting the target, as `glide stats` counts them.
  public var streak: Int
  /// The notes `glide stats` gives, one sentence each.
  public var notes: [String]
  /// The active program's weeks, when one is active.
  public var program: ProgramAdherence?
  /// The areas asked for with `--area`, if any.
  public var areas: [String]
  /// The day the report was made.
  public var made: CivilDate

  /// Creates the page.
  public init(
    figures: ReportFigures, streak: Int, notes: [String], program: ProgramAdherence?,
    areas: [String], made: CivilDate
  ) {
    self.figures = figures
    self.streak = streak
    self.notes = notes
    self.program = program
    self.areas = areas
    self.made = made
  }

  /// The charts in the order shown.
  var charts: [ReportChart] {
    [HeatMapChart.chart(figures), AreaMinutesChart.chart(figures)] + checkInCharts
      + [AdherenceChart.chart(program)]
  }

  var checkInCharts: [ReportChart] {
    let charts = CheckInChart.charts(figures)
    guard charts.isEmpty else { return charts }
    return [
      ReportChart(
        id: "checkins", heading: "Check-ins", figure: "<p>No check-ins in these dates.</p>",
        caption: "Run a routine with --check-in to rate an area before and after.", table: nil)
    ]
  }

  /// The whole page.
  public var html: String {
    let window = figures.window
    let title = "Glide progress, \(window.first) to \(window.last)"
    let charts = self.charts
    var page =
      "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"/>"
      + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>"
      + "<title>\(HTML.text(title))</title><style>\(ReportStyle.css)</style></head><body><main>"
      + "<header><h1>\(HTML.text(title))</h1>\(overview)</header>"
    // Check-ins side by side, two to a row where the page is wide enough.
    let pairs = charts.filter { $0.id.hasPrefix("checkin") }
    page += charts.filter { $0.id == "calendar" || $0.id == "areas" }.map(\.html).joined()
    page += "<div class=\"pairs\">" + pairs.map(\.html).joined() + "</div>"
    page += charts.filter { $0.id == "program" }.map(\.html).joined()
    page += notesSection
    page += "<section class=\"numbers\" id=\"numbers\"><h2>The numbers</h2>"
    page += charts.compactMap { $0.table?.html }.joined() + "</section>"
    page += "<footer>Made by Glide on \(made).</footer></main></body></html>\n"
    return page
  }

  var overview: String {
    let low = Evidence.sessionsPerWeek.lowerBound
    let high = Evidence.sessionsPerWeek.upperBound
    var facts = [
      ("Sessions", "\(figures.sessions)"),
      ("Time on areas", AreaMinutesChart.minutesText(figures.minutes)),
      ("Streak", "\(streak.counted("week")) in a row with \(low) or more sessions"),
      ("Aim", "\(low)-\(high) sessions a week, passive work followed by active reps"),
    ]
    if !areas.isEmpty { facts.append(("Areas", areas.joined(separator: ", "))) }
    return "<dl class=\"overview\">"
      + facts.map { "<div><dt>\(HTML.text($0.0))</dt><dd>\(HTML.text($0.1))</dd></div>" }.joined()
      + "</dl>"
  }

  var notesSection: String {
    let items =
      notes.isEmpty
      ? "<p>Nothing to change: keep going.</p>"
      : "<ul>" + notes.map { "<li>\(HTML.text($0))</li>" }.joined() + "</ul>"
    return "<section class=\"notes\" id=\"notes\"><h2>Notes</h2>\(items)</section>"
  }
}
