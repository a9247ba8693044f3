import GlideCore

/// Minutes per area per month as stacked bars: the areas worked most each get a colour,
/// the rest are summed as "other".
enum AreaMinutesChart {
  /// Areas with a colour of their own; colours are told apart without hue alone in the
  /// table and legend, which name each.
  static let shown = 6
  static let width = 720.0
  static let height = 240.0
  static let left = 46.0
  static let bottom = 28.0
  static let top = 24.0

  static func chart(_ figures: ReportFigures) -> ReportChart {
    let months = Array(figures.window.months)
    var totals: [String: Double] = [:]
    for sums in figures.minutesByMonth.values {
      for (area, minutes) in sums { totals[area, default: 0] += minutes }
    }
    let ranked = totals.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map(\.key)
    let named = Array(ranked.prefix(ranked.count > shown ? shown - 1 : shown))
    let hasOther = ranked.count > named.count
    let keys = named + (hasOther ? ["\u{0}other"] : [])
    func name(_ key: String) -> String {
      key == "\u{0}other" ? "other" : figures.areaNames[key] ?? key
    }
    func minutes(_ month: Int, _ key: String) -> Double {
      let sums = figures.minutesByMonth[month] ?? [:]
      guard key == "\u{0}other" else { return sums[key] ?? 0 }
      return sums.filter { !named.contains($0.key) }.values.reduce(0, +)
    }
    let monthTotals = months.map { month in keys.reduce(0) { $0 + minutes(month, $1) } }
    let peak = niceCeiling(monthTotals.max() ?? 0)
    let description =
      "\(minutesText(figures.minutes)) on \(totals.count.counted("area")) over"
      + " \(months.count.counted("month"))"
      + (ranked.first.map { "; most on \(name($0))" } ?? "") + "."
    var svg = SVGChart(
      id: "areas", width: width, height: height, title: "Minutes per area per month",
      description: description)
    axis(&svg, peak: peak)
    let plot = width - left - 8
    let slot = plot / Double(max(1, months.count))
    let every = max(1, Int((Double(months.count) / 12).rounded(.up)))
    for (index, month) in months.enumerated() {
      var y = height - bottom
      let x = left + slot * Double(index) + slot * 0.15
      for (place, key) in keys.enumerated() {
        let value = minutes(month, key)
        guard value > 0, peak > 0 else { continue }
        let tall = value / peak * (height - bottom - top)
        y -= tall
        svg.rect(
          x: x, y: y, width: slot * 0.7, height: tall,
          class: "area\(key == "\u{0}other" ? 9 : place)",
          title: "\(MonthNames.label(month)), \(name(key)): \(minutesText(value))")
      }
      if index % every == 0 {
        svg.label(
          MonthNames.shortLabel(month) + (month % 12 == 0 || index == 0 ? " \(month / 12)" : ""),
          x: x + slot * 0.35, y: height - bottom + 14, anchor: "middle")
      }
    }
    // Times on the one clock face every command shows (m:ss, h:mm:ss from an hour), as
    // the chart's titles.
    var table = NumbersTable(
      id: "areas", caption: "Time per area per month",
      header: ["Month"] + keys.map(name) + ["Total"])
    table.rows = zip(months, monthTotals).reversed().map { month, total in
      [MonthNames.label(month)] + keys.map { minutesText(minutes(month, $0)) } + [
        minutesText(total)
      ]
    }
    let legend = keys.enumerated().map { place, key in
      "<li><span class=\"swatch area\(key == "\u{0}other" ? 9 : place)\"></span>\(HTML.text(name(key)))</li>"
    }.joined()
    return ReportChart(
      id: "areas", heading: "Minutes per area",
      figure: svg.svg + "<ul class=\"legend\">\(legend)</ul>",
      caption: description, table: table)
  }

  static func axis(_ svg: inout SVGChart, peak: Double) {
    for tick in 0...4 {
      let value = peak * Double(tick) / 4
      let y = height - bottom - (height - bottom - top) * Double(tick) / 4
      svg.line(x1: left, y1: y, x2: width - 8, y2: y, class: "grid")
      svg.label(HTML.figure(value), x: left - 6, y: y + 4, anchor: "end")
    }
    // The unit above the scale, clear of its top figure.
    svg.label("min", x: left - 6, y: top - 12, anchor: "end")
  }

  /// The smallest of 1, 2, 5 times a power of ten at or above `value` (at least 10).
  static func niceCeiling(_ value: Double) -> Double {
    var power = 10.0
    while true {
      for factor in [1.0, 2.0, 5.0] where factor * power >= value { return factor * power }
      power *= 10
    }
  }

  /// An amount of minutes on the one clock face of time done: `45:00`, `12:05:00`.
  static func minutesText(_ minutes: Double) -> String {
    TimeSpan.seconds(minutes * 60).durationFace
  }
}
