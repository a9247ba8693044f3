import GlideLog

/// The days a report covers, first and last included, in the person's local calendar.
public struct ReportWindow: Hashable, Sendable {
  /// The first day shown.
  public var first: CivilDate
  /// The last day shown.
  public var last: CivilDate

  /// Creates a window; `first` after `last` is swapped rather than refused, so a window
  /// is never empty.
  public init(first: CivilDate, last: CivilDate) {
    self.first = min(first, last)
    self.last = max(first, last)
  }

  /// The window `--since` and `--until` ask for: up to `until` (default today), from
  /// `since` (default a year before it, so the last 12 months show).
  public static func asked(since: CivilDate?, until: CivilDate?, today: CivilDate) -> ReportWindow {
    let last = until ?? today
    let first = since ?? CivilDate(daysSinceEpoch: last.daysSinceEpoch - 364)
    return ReportWindow(first: first, last: last)
  }

  /// The Monday of the first week the calendar shows: the last 53 weeks of the window at
  /// most, so the heat map is a year wide whatever the window.
  var calendarMonday: Int64 {
    let lastMonday = last.daysSinceEpoch - Int64(last.isoWeekday - 1)
    let firstMonday = first.daysSinceEpoch - Int64(first.isoWeekday - 1)
    return max(firstMonday, lastMonday - 7 * 52)
  }

  /// Weeks the calendar shows.
  var calendarWeeks: Int {
    let lastMonday = last.daysSinceEpoch - Int64(last.isoWeekday - 1)
    return Int((lastMonday - calendarMonday) / 7) + 1
  }

  /// The month index (`year * 12 + month - 1`) of the first and last months shown.
  var months: ClosedRange<Int> { Self.month(first)...Self.month(last) }

  /// `year * 12 + month - 1`: months counted from year 0, for arithmetic.
  static func month(_ date: CivilDate) -> Int { date.year * 12 + date.month - 1 }
}
