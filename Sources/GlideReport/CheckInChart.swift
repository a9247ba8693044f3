/// Each check-in area's (and range test's) ratings before and after the sessions, month by
/// month: two lines, so a physiotherapist sees both the change within sessions and the
/// trend over months.
enum CheckInChart {
  static let width = 340.0
  static let height = 170.0
  static let left = 36.0
  static let bottom = 24.0
  static let top = 12.0

  static func charts(_ figures: ReportFigures) -> [ReportChart] {
    let series = figures.checkIns.values.sorted {
      ($0.unit != nil ? 1 : 0, $0.name.lowercased()) < (
        $1.unit != nil ? 1 : 0, $1.name.lowercased()
      )
    }
    return series.enumerated().map { index, one in chart(one, index: index, figures.window) }
  }

  static func chart(_ series: CheckInSeries, index: Int, _ window: ReportWindow) -> ReportChart {
    let id = "checkin\(index + 1)"
    let months = Array(window.months)
    let befores = months.map { series.meanBefore($0) }
    let afters = months.map { series.meanAfter($0) }
    let values = (befores + afters).compactMap { $0 }
    let scale = series.unit == nil ? "rated 0 (stiff) to 10 (free)" : "in \(series.unit ?? "")"
    let (low, high) = bounds(series, values)
    let description =
      "\(series.label), \(scale), per month: \(averages(mean(befores), mean(afters))), over"
      + " \(months.filter { series.months[$0] != nil }.count.counted("month")) with check-ins."
    var svg = SVGChart(
      id: id, width: width, height: height, title: "\(series.label): before and after",
      description: description)
    for tick in 0...2 {
      let value = low + (high - low) * Double(tick) / 2
      let y = yOf(value, low, high)
      svg.line(x1: left, y1: y, x2: width - 6, y2: y, class: "grid")
      svg.label(HTML.figure(value), x: left - 5, y: y + 4, anchor: "end")
    }
    let slot = (width - left - 12) / Double(max(1, months.count - 1))
    func points(_ means: [Double?], _ word: String) -> [(x: Double, y: Double, title: String)] {
      months.indices.compactMap { place in
        means[place].map {
          (
            left + 6 + slot * Double(place), yOf($0, low, high),
            "\(MonthNames.label(months[place])), \(word): \(HTML.figure($0))"
              + (series.unit.map { " \($0)" } ?? "")
          )
        }
      }
    }
    svg.series(points(befores, "before"), class: "before")
    svg.series(points(afters, "after"), class: "after")
    let every = max(1, Int((Double(months.count) / 6).rounded(.up)))
    // No label in the last slot when a few months are shown: it would run off the edge.
    for place in months.indices where place % every == 0 && (place < months.count - 1 || place == 0)
    {
      svg.label(
        MonthNames.shortLabel(months[place]), x: left + 6 + slot * Double(place),
        y: height - bottom + 14, anchor: "middle")
    }
    var table = NumbersTable(
      id: id, caption: "\(series.label) per month (\(scale))",
      header: ["Month", "Before", "After", "Sessions"])
    table.rows = months.indices.reversed().compactMap { place in
      guard let sums = series.months[months[place]] else { return nil }
      return [
        MonthNames.label(months[place]), befores[place].map(HTML.figure) ?? "–",
        afters[place].map(HTML.figure) ?? "–", "\(max(sums.befores, sums.afters))",
      ]
    }
    return ReportChart(
      id: id, heading: series.label, figure: svg.svg,
      caption: "Dashed: before the session; solid: after. " + description, table: table)
  }

  /// A rating's full scale; a range test's lowest to highest, with room around.
  static func bounds(_ series: CheckInSeries, _ values: [Double]) -> (Double, Double) {
    guard series.unit != nil, let low = values.min(), let high = values.max() else {
      return (0, 10)
    }
    let pad = max(1, (high - low) * 0.15)
    return ((low - pad).rounded(.down), (high + pad).rounded(.up))
  }

  static func yOf(_ value: Double, _ low: Double, _ high: Double) -> Double {
    let span = high > low ? high - low : 1
    return height - bottom - (value - low) / span * (height - bottom - top)
  }

  /// The mean of the months that have a value; nil when none has one.
  static func mean(_ values: [Double?]) -> Double? {
    let known = values.compactMap { $0 }
    return known.isEmpty ? nil : known.reduce(0, +) / Double(known.count)
  }

  /// The averages in words; a side never rated is said to be missing, as `glide stats`
  /// says "after only", never averaged as 0.
  static func averages(_ before: Double?, _ after: Double?) -> String {
    switch (before, after) {
    case (let before?, let after?):
      "before averaged \(HTML.figure(before)) and after \(HTML.figure(after))"
    case (let before?, nil): "before only, averaged \(HTML.figure(before))"
    case (nil, let after?): "after only, averaged \(HTML.figure(after))"
    case (nil, nil): "no ratings"
    }
  }
}
