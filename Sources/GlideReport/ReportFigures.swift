import GlideCore
import GlideLog

/// What `glide report` draws, gathered in one pass over the log, newest first: only the
/// window's lines are parsed, and what is kept grows with the window's days and months
/// and a bounded number of areas, never with the sessions, so a log of a million sessions
/// is read in the same memory as one of ten.
public struct ReportFigures: Sendable {
  /// Areas (and check-in names) kept apart at most; the rest are summed as one.
  static let areaLimit = 40
  /// The name the areas past `areaLimit` are summed under.
  static let otherAreas = "other areas"

  /// The days shown.
  public var window: ReportWindow
  /// Sessions with work per day of the calendar, by days since 1970.
  public var sessionsByDay: [Int64: Int] = [:]
  /// Sessions with work in the window.
  public var sessions = 0
  /// Minutes of work in the window, on areas.
  public var minutes = 0.0
  /// Minutes per area per month (`ReportWindow.month`), areas by their lower case.
  public var minutesByMonth: [Int: [String: Double]] = [:]
  /// Each area's name as logged most recently, by its lower case.
  public var areaNames: [String: String] = [:]
  /// Check-in sums per name (area, or range test with its unit) per month.
  public var checkIns: [String: CheckInSeries] = [:]

  /// Gathers the figures over `window`, keeping only work on `areas` when any are named.
  public init(reader: inout LogReader, window: ReportWindow, areas: [String], time: LocalTime) {
    self.window = window
    let first = window.first.daysSinceEpoch
    let last = window.last.daysSinceEpoch
    let calendar = window.calendarMonday
    let wanted = Set(areas.map { $0.lowercased() })
    reader.newestFirst(
      // A day of margin either side: the zone's offset can move a line across midnight.
      parseWhile: { time.date($0).daysSinceEpoch >= first - 1 },
      record: { record in
        let date = time.date(record.startedAt)
        let day = date.daysSinceEpoch
        guard day >= first, day <= last else { return true }
        self.add(record, month: ReportWindow.month(date), wanted: wanted)
        if record.didWork, wanted.isEmpty || record.works(wanted), day >= calendar {
          self.sessionsByDay[day, default: 0] += 1
        }
        return true
      },
      skim: { _, _ in false })
  }

  mutating func add(_ record: SessionRecord, month: Int, wanted: Set<String>) {
    if let checkIn = record.checkIn { addCheckIn(checkIn, month: month, wanted: wanted) }
    guard record.didWork, wanted.isEmpty || record.works(wanted) else { return }
    sessions += 1
    for step in record.steps where step.outcome != .skipped {
      let key = step.target.lowercased()
      guard step.technique.worksArea(key), wanted.isEmpty || wanted.contains(key) else { continue }
      // The newest spelling names the area: the log is read newest first.
      let known = areaNames[key] != nil
      let kept = known || areaNames.count < Self.areaLimit ? key : Self.otherAreas
      if !known, kept == key { areaNames[key] = step.target }
      minutes += step.elapsed.seconds / 60
      minutesByMonth[month, default: [:]][kept, default: 0] += step.elapsed.seconds / 60
    }
  }

  mutating func addCheckIn(_ checkIn: CheckIn, month: Int, wanted: Set<String>) {
    for area in checkIn.areas where wanted.isEmpty || wanted.contains(area.lowercased()) {
      add(
        name: area, unit: nil, before: checkIn.before[area].map(Double.init),
        after: checkIn.after[area].map(Double.init), month: month)
    }
    if let test = checkIn.rangeTest,
      wanted.isEmpty
        || checkIn.areas.contains(where: {
          wanted.contains($0.lowercased())
        })
    {
      add(
        name: test.name, unit: test.unit, before: checkIn.rangeBefore, after: checkIn.rangeAfter,
        month: month)
    }
  }

  mutating func add(name: String, unit: String?, before: Double?, after: Double?, month: Int) {
    guard before != nil || after != nil else { return }
    let key = name.lowercased() + (unit.map { "\u{0}" + $0.lowercased() } ?? "")
    // Past the limit, new names are left out: a sum of unrelated scales means nothing.
    guard checkIns[key] != nil || checkIns.count < Self.areaLimit else { return }
    checkIns[key, default: CheckInSeries(name: name, unit: unit)].add(
      before: before, after: after, month: month)
  }
}

/// One check-in name's answers per month: sums and counts before and after.
public struct CheckInSeries: Sendable {
  /// The area, or the range test's name.
  public var name: String
  /// The range test's unit; nil for an area's 0-10 rating.
  public var unit: String?
  /// Per month: before sum and count, after sum and count.
  public var months: [Int: (before: Double, befores: Int, after: Double, afters: Int)] = [:]

  /// Adds one session's answers.
  mutating func add(before: Double?, after: Double?, month: Int) {
    var sums = months[month] ?? (0, 0, 0, 0)
    if let before {
      sums.before += before
      sums.befores += 1
    }
    if let after {
      sums.after += after
      sums.afters += 1
    }
    months[month] = sums
  }

  /// The month's mean before, when any.
  public func meanBefore(_ month: Int) -> Double? {
    months[month].flatMap { $0.befores > 0 ? $0.before / Double($0.befores) : nil }
  }

  /// The month's mean after, when any.
  public func meanAfter(_ month: Int) -> Double? {
    months[month].flatMap { $0.afters > 0 ? $0.after / Double($0.afters) : nil }
  }

  /// The name as shown: an area, or a range test with its unit.
  public var label: String { unit.map { "\(name) (\($0))" } ?? name }
}

extension SessionRecord {
  /// Whether any step not skipped worked one of `areas` (lower case).
  func works(_ areas: Set<String>) -> Bool {
    steps.contains { $0.outcome != .skipped && areas.contains($0.target.lowercased()) }
  }
}
