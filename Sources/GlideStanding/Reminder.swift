import GlideConfig
import GlideCore
import GlideLog

/// The remind rule: when the week is behind, one line saying so and what to run next.
public enum Reminder {
  /// How far back the log is read for the areas worked least.
  public static let lookBackDays: Int64 = 14

  /// The line for the active program: behind when fewer of this week's sessions are done
  /// than an even spread asks by now, or when the sessions left no longer fit in the week
  /// (said on a day a session was done or a rest day too), with the days they still fit on.
  public static func line(_ standing: ProgramStanding) -> String? {
    guard standing.isBehind, let fit = standing.weekFit else { return nil }
    let day = standing.day
    let today = standing.today
    let done = "Glide: \(day.done.count) of \(day.sessions.counted("session")) done this week"
    var next = ""
    if case .run(let index) = day.choice {
      next = "; next: \(standing.week[index].title) ('glide next')"
    }
    if let cannot = standing.cannotBeMetWords { return done + "; " + cannot + next }
    return done + "; \(fit.left) left, fitting \(fit.dayWords(today: today))" + next
  }

  /// The line with no program: behind the evidence's sessions a week in this
  /// Monday-to-Sunday week, `done` of them done on `today` (one of them today when
  /// `doneToday`, a rest day following it); `next` is the routine to suggest, worked out
  /// only when the line says it: choosing it reads every built-in routine, two thirds of
  /// what `glide remind` costs, and most days the week is on track and nothing is said.
  public static func line(
    done: Int, today: CivilDate, next: @autoclosure () -> Routine?, doneToday: Bool = false
  ) -> String? {
    let target = Evidence.sessionsPerWeek.lowerBound
    let range = "\(Evidence.sessionsPerWeek.lowerBound)-\(Evidence.sessionsPerWeek.upperBound)"
    let day = today.daysSinceEpoch
    let fit = WeekFit(
      left: max(0, target - done), earliest: doneToday ? day + 2 : day,
      last: day + Int64(7 - today.isoWeekday), restDays: 1)
    let head = "Glide: \(done) of \(range) sessions done this week"
    func suggestion() -> String {
      "; next: " + (next().map { "\($0.name) ('glide run \($0.id)')" } ?? "'glide'")
    }
    guard fit.canBeMet else {
      let days = fit.days.isEmpty ? "" : " (\(fit.dayWords(today: day)))"
      return head + "; the week can no longer be met: " + fit.cannotBeMetWords + days
        + (fit.days.first == day ? suggestion() : "")
    }
    guard
      ProgramDay.isBehind(done: done, of: target, daysGone: today.isoWeekday - 1, restDays: 1)
    else { return nil }
    return head + suggestion()
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
