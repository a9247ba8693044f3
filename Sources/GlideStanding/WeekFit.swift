import GlideCore
import GlideLog

/// Which days of a week the sessions still to do fit on, with the rest days a program asks
/// between sessions: the rule behind "the week can no longer be met".
public struct WeekFit: Hashable, Sendable {
  /// Sessions of the week not yet done.
  public var left: Int
  /// The days they fit on, earliest first: fewer than `left` when the week cannot be met.
  public var days: [Int64]
  /// Rest days between sessions.
  public var restDays: Int

  /// `left` sessions placed from `earliest` to `last` (the week's last day), `restDays`
  /// apart, as many as fit.
  public init(left: Int, earliest: Int64, last: Int64, restDays: Int) {
    self.left = left
    self.restDays = restDays
    days = []
    var day = earliest
    while days.count < left && day <= last {
      days.append(day)
      day += Int64(restDays) + 1
    }
  }

  /// Whether every session left still fits in the week.
  public var canBeMet: Bool { days.count >= left }

  /// The days as words, relative to `today`: "today", "tomorrow", else the weekday
  /// ("today, Thursday and Saturday").
  public func dayWords(today: Int64) -> String {
    let names = days.map { day -> String in
      if day == today { return "today" }
      if day == today + 1 { return "tomorrow" }
      return Self.weekdays[CivilDate(daysSinceEpoch: day).isoWeekday - 1]
    }
    guard let last = names.last else { return "" }
    return names.count == 1 ? last : names.dropLast().joined(separator: ", ") + " and " + last
  }

  static let weekdays = [
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
  ]

  /// What the person hears when the week can no longer be met: how many are left, and
  /// how many fit on which days.
  public var cannotBeMetWords: String {
    let rest = "with \(restDays.counted("rest day")) between sessions"
    return "\(left) left, and "
      + (days.isEmpty
        ? "no day this week fits one \(rest)"
        : "only \(days.count) \(days.count == 1 ? "fits" : "fit") \(rest)")
  }
}
