import GlideCore
import GlideLog

/// Sessions per day over the last year of the window as a calendar (a column a week,
/// Monday at the top), and under it a strip of the weeks that met the 2-3 a week target.
enum HeatMapChart {
  static let cell = 12.0
  static let step = 14.0
  static let left = 34.0
  static let top = 18.0

  static func chart(_ figures: ReportFigures) -> ReportChart {
    let window = figures.window
    let monday = window.calendarMonday
    let weeks = window.calendarWeeks
    let low = Evidence.sessionsPerWeek.lowerBound
    var weekly: [(monday: Int64, sessions: Int)] = []
    for week in 0..<weeks {
      let start = monday + Int64(7 * week)
      weekly.append(
        (start, (0..<7).reduce(0) { $0 + (figures.sessionsByDay[start + Int64($1)] ?? 0) }))
    }
    let met = weekly.filter { $0.sessions >= low }.count
    let total = weekly.reduce(0) { $0 + $1.sessions }
    let description =
      "\(total.counted("session")) over \(weeks.counted("week")) from \(MonthNames.day(monday));"
      + " \(met) of \(weeks.counted("week")) had \(low) or more."
    var svg = SVGChart(
      id: "calendar", width: left + step * Double(weeks) + 4, height: top + step * 9 + 26,
      title: "Sessions per day and per week", description: description)
    drawDays(&svg, figures, monday: monday, weeks: weeks)
    let stripY = top + step * 7 + 8
    svg.label("Week", x: left - 4, y: stripY + cell - 2, anchor: "end")
    for (index, week) in weekly.enumerated() {
      let level = week.sessions >= low ? "week-met" : week.sessions > 0 ? "week-some" : "week-none"
      svg.rect(
        x: left + step * Double(index), y: stripY, width: cell, height: cell, class: level,
        title: "Week of \(MonthNames.day(week.monday)): \(week.sessions.counted("session"))"
          + (week.sessions >= low ? ", target met" : ""))
    }
    legend(&svg, y: stripY + step + 16)
    var table = NumbersTable(
      id: "calendar", caption: "Sessions per week (\(Evidence.sessionsPerWeekAim))",
      header: ["Week of", "Sessions", "Target met"])
    table.rows = weekly.reversed().map {
      [MonthNames.day($0.monday), "\($0.sessions)", $0.sessions >= low ? "yes" : "no"]
    }
    return ReportChart(
      id: "calendar", heading: "Sessions per week", figure: svg.svg,
      caption: "Each square is a day, darker for more sessions; the strip below marks weeks"
        + " with \(low) or more sessions. " + description, table: table)
  }

  static func drawDays(_ svg: inout SVGChart, _ figures: ReportFigures, monday: Int64, weeks: Int) {
    let first = figures.window.first.daysSinceEpoch
    let last = figures.window.last.daysSinceEpoch
    for (row, name) in [(0, "Mon"), (2, "Wed"), (4, "Fri"), (6, "Sun")] {
      svg.label(name, x: left - 4, y: top + step * Double(row) + cell - 2, anchor: "end")
    }
    var lastMonth = -1
    var labelledWeek = -9
    for week in 0..<weeks {
      let start = monday + Int64(7 * week)
      let month = ReportWindow.month(CivilDate(daysSinceEpoch: max(start, first)))
      // A month's name where it starts, unless the last name is too near to read.
      if month != lastMonth, week - labelledWeek >= 3, week < weeks - 1 {
        svg.label(MonthNames.shortLabel(month), x: left + step * Double(week), y: top - 6)
        labelledWeek = week
      }
      lastMonth = month
      for weekday in 0..<7 {
        let day = start + Int64(weekday)
        guard day >= first, day <= last else { continue }
        let count = figures.sessionsByDay[day] ?? 0
        svg.rect(
          x: left + step * Double(week), y: top + step * Double(weekday), width: cell, height: cell,
          class: "day\(min(count, 3))",
          title: "\(MonthNames.day(day)): \(count.counted("session"))")
      }
    }
  }

  static func legend(_ svg: inout SVGChart, y: Double) {
    var x = left
    for (name, label) in [
      ("day0", "none"), ("day1", "1"), ("day2", "2"), ("day3", "3+"), ("week-some", "week short"),
      ("week-met", "week met"),
    ] {
      svg.rect(x: x, y: y - cell + 2, width: cell, height: cell, class: name)
      svg.label(label, x: x + step + 2, y: y)
      x += step + 8 + Double(label.count) * 7
    }
  }
}
