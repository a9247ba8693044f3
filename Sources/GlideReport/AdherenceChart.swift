import GlideLog

/// The active program's sessions done each week against those planned: an outline for
/// the plan, filled for what was done.
enum AdherenceChart {
  static let height = 150.0
  static let left = 30.0
  static let bottom = 24.0
  static let top = 10.0

  static func chart(_ program: ProgramAdherence?) -> ReportChart {
    guard let program, !program.perWeek.isEmpty else {
      return ReportChart(
        id: "program", heading: "Program", figure: "<p>No program is active.</p>",
        caption: "Start one with 'glide program start' to see its weeks here.", table: nil)
    }
    let weeks = program.perWeek
    let peak = Double(max(1, weeks.map { max($0.done, $0.planned) }.max() ?? 1))
    let kept = weeks.filter { $0.done >= $0.planned }.count
    let description =
      "\(program.name): \(kept) of \(weeks.count.counted("week"))\(program.isOver ? "" : " so far")"
      + " had every planned session done."
    let slot = min(56.0, 640.0 / Double(weeks.count))
    var svg = SVGChart(
      id: "program", width: left + slot * Double(weeks.count) + 10, height: height,
      title: "\(program.name): sessions done per week", description: description)
    let plot = height - bottom - top
    for tick in 0...Int(peak) {
      let y = height - bottom - plot * Double(tick) / peak
      svg.line(x1: left, y1: y, x2: svg.width - 6, y2: y, class: "grid")
      svg.label("\(tick)", x: left - 5, y: y + 4, anchor: "end")
    }
    for (index, week) in weeks.enumerated() {
      let x = left + slot * Double(index) + slot * 0.2
      let planned = plot * Double(week.planned) / peak
      let done = plot * Double(week.done) / peak
      svg.rect(
        x: x, y: height - bottom - planned, width: slot * 0.6, height: planned, class: "planned")
      svg.rect(
        x: x, y: height - bottom - done, width: slot * 0.6, height: done,
        class: week.done >= week.planned ? "done-met" : "done",
        title: "Week \(week.number): \(week.done) of \(week.planned.counted("session")) done")
      svg.label("W\(week.number)", x: x + slot * 0.3, y: height - bottom + 14, anchor: "middle")
    }
    var table = NumbersTable(
      id: "program", caption: "\(program.name): sessions per week",
      header: ["Week", "Done", "Planned"])
    table.rows = weeks.map { ["Week \($0.number)", "\($0.done)", "\($0.planned)"] }
    return ReportChart(
      id: "program", heading: "Program: \(program.name)", figure: svg.svg,
      caption: "Outline: sessions planned; filled: done. " + description, table: table)
  }
}
