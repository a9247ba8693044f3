import GlideConfig
import GlideCore
import GlideLog

/// The remind rule: when the week is behind, one line saying so and what to run next.
public enum Reminder {
  /// How far back the log is read for the areas worked least.
  public static let lookBackDays: Int64 = 14

  /// The line for the active program: behind when fewer of this week's sessions are done
  /// than an even spread asks by now, or too few days are left for the rest.
  public static func line(_ standing: ProgramStanding) -> String? {
    let day = standing.day
    guard day.isBehind(today: standing.today, restDays: standing.program.restDays),
      case .run(let index) = day.choice
    else { return nil }
    let name = standing.week[index].routine?.name ?? "session \(index + 1)"
    return "Glide: \(day.done.count) of \(day.sessions.counted("session")) done this week; "
      + "next: \(name) ('glide next')"
  }

  /// The line with no program: behind the evidence's sessions a week in this
  /// Monday-to-Sunday week, `done` of them done on `today`; `next` is the routine to
  /// suggest.
  public static func line(done: Int, today: CivilDate, next: Routine?) -> String? {
    let target = Evidence.sessionsPerWeek.lowerBound
    guard
      ProgramDay.isBehind(done: done, of: target, daysGone: today.isoWeekday - 1, restDays: 1)
    else { return nil }
    let range = "\(Evidence.sessionsPerWeek.lowerBound)-\(Evidence.sessionsPerWeek.upperBound)"
    return "Glide: \(done) of \(range) sessions done this week; next: "
      + (next.map { "\($0.name) ('glide run \($0.id)')" } ?? "'glide'")
  }

  /// The built-in routine, not run today, whose areas the log's last two weeks worked
  /// least.
  public static func leastWorked(_ reader: inout LogReader, today: Int64, time: LocalTime)
    -> Routine?
  {
    let sessions = loggedSessions(&reader, since: today - lookBackDays + 1, time: time)
    return leastWorked(sessions, today: today)
  }

  /// The built-in routine, not run on `today`, whose areas `sessions` worked least.
  public static func leastWorked(_ sessions: [LoggedSession], today: Int64) -> Routine? {
    var worked: [String: Double] = [:]
    for session in sessions {
      worked.merge(session.areaSeconds, uniquingKeysWith: +)
    }
    let doneToday = Set(sessions.filter { $0.day == today }.map(\.routine))
    let routines = BuiltinRoutines.all.filter { !doneToday.contains($0.id) }
    return LeastWorked.routine(among: routines, worked: worked)
  }
}
