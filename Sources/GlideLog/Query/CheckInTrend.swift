import GlideCore

/// How one area's check-ins (or one range test) went over the weeks `glide stats` shows:
/// before against after on average, and each week's average after, for a chart.
public struct CheckInTrend: Hashable, Sendable {
  /// The area, or the range test's name.
  public var name: String
  /// The range test's unit; nil for an area's 0-10 rating.
  public var unit: String?
  /// Sessions rated both before and after.
  public var sessions: Int
  /// The mean before, over those sessions.
  public var meanBefore: Double
  /// The mean after, over those sessions.
  public var meanAfter: Double
  /// Each week's mean after (every after answer counts), oldest first; nil for a week
  /// without one.
  public var weeklyAfter: [Double?]

  /// After less before, on average.
  public var change: Double { meanAfter - meanBefore }

  /// The weekly after values as a sparkline, one cell a week: ratings on their 0-10
  /// scale, a range test between its lowest and highest week; `·` for a week without one.
  public var chart: String {
    let blocks = Array("▁▂▃▄▅▆▇█")
    let values = weeklyAfter.compactMap { $0 }
    let low = unit == nil ? 0 : values.min() ?? 0
    let high = unit == nil ? 10 : values.max() ?? 0
    return String(
      weeklyAfter.map { value -> Character in
        guard let value else { return "·" }
        guard high > low else { return blocks[blocks.count / 2] }
        let level = Int(((value - low) / (high - low) * Double(blocks.count - 1)).rounded())
        return blocks[max(0, min(blocks.count - 1, level))]
      })
  }
}

/// Sums check-ins as the log is read, newest first, into trends.
struct CheckInTally {
  struct Sums {
    var unit: String?
    var sessions = 0
    var before = 0.0
    var after = 0.0
    var weekSums: [Int: (Double, Int)] = [:]
  }

  var sums: [String: Sums] = [:]
  /// Names in the order first met (newest first), by their lower case.
  var order: [String] = []

  /// Counts a record's check-in; `week` is its index among the weeks shown.
  mutating func add(_ checkIn: CheckIn, week: Int) {
    for area in checkIn.areas {
      add(
        name: area, unit: nil, before: checkIn.before[area].map(Double.init),
        after: checkIn.after[area].map(Double.init), week: week)
    }
    if let test = checkIn.rangeTest {
      add(
        name: test.name, unit: test.unit, before: checkIn.rangeBefore,
        after: checkIn.rangeAfter, week: week)
    }
  }

  mutating func add(name: String, unit: String?, before: Double?, after: Double?, week: Int) {
    guard before != nil || after != nil else { return }
    let key = name.lowercased() + (unit.map { "\u{0}" + $0.lowercased() } ?? "")
    if sums[key] == nil {
      order.append(name)
      sums[key] = Sums(unit: unit)
    }
    if let before, let after {
      sums[key]?.sessions += 1
      sums[key]?.before += before
      sums[key]?.after += after
    }
    if let after {
      let sum = sums[key]?.weekSums[week] ?? (0, 0)
      sums[key]?.weekSums[week] = (sum.0 + after, sum.1 + 1)
    }
  }

  /// The trends, areas first in the order their names sort, then range tests.
  func trends(weeks: Int) -> [CheckInTrend] {
    sums.map { key, sum in
      let name =
        order.first { name in
          name.lowercased() + (sum.unit.map { "\u{0}" + $0.lowercased() } ?? "") == key
        } ?? key
      let count = Double(max(1, sum.sessions))
      return CheckInTrend(
        name: name, unit: sum.unit, sessions: sum.sessions, meanBefore: sum.before / count,
        meanAfter: sum.after / count,
        weeklyAfter: (0..<weeks).map { week in
          sum.weekSums[week].map { $0.0 / Double($0.1) }
        })
    }.sorted { ($0.unit != nil ? 1 : 0, $0.name) < ($1.unit != nil ? 1 : 0, $1.name) }
  }
}

extension CheckInTrend {
  /// The name as listed: an area, or a range test with its unit ("knee to wall (cm)").
  public var label: String { unit.map { "\(name) (\($0))" } ?? name }

  /// One line of `glide stats`: "  calves        4.5→7 (+2.5), 2 sessions  ··▃▅".
  func line(nameWidth: Int) -> String {
    let figures: String
    if sessions > 0 {
      let sign = change > 0 ? "+" : change < 0 ? "-" : "±"
      figures =
        "\(Stats.points(meanBefore))→\(Stats.points(meanAfter)) (\(sign)\(Stats.points(abs(change)))), "
        + sessions.counted("session")
    } else {
      // Never both in one session: a session stopped before its end was rated only
      // before, one checked in after only with --check-in late.
      figures = weeklyAfter.contains { $0 != nil } ? "after only" : "before only"
    }
    return "  \(label.column(nameWidth))  \(figures.rightPadded(26)) \(chart)"
  }
}
