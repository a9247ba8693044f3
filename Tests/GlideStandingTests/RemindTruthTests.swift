import GlideConfig
import GlideCore
import GlideLog
import GlideStanding
import Testing

/// `glide remind` tells the truth on a day a session was done and on a rest day: when the
/// sessions left no longer fit in the week, it says so, how many are left and on which
/// days the ones that fit can go.
@Suite struct RemindTruthTests {
  /// Three sessions a week with a rest day between them, started on day 100 (Saturday
  /// 1970-04-11): its weeks run Saturday to Friday.
  static let program = Program(
    id: "p", name: "P", summary: "",
    sessions: [.routine("pre-run"), .routine("after-run"), .routine("desk-reset")],
    weeks: [Program.Week(name: "one"), Program.Week(name: "two")], restDays: 1)
  static let active = ActiveProgram(program: "p", year: 1970, month: 4, day: 11)

  static func standing(done days: [Int64], today: Int64) -> ProgramStanding {
    let ids = ["p-w1-s1", "p-w1-s2", "p-w1-s3"]
    let sessions = days.enumerated().map { index, day in
      LoggedSession(day: day, routine: ids[index], didWork: true)
    }
    return ProgramStanding(
      program: program, active: active, context: .builtin,
      sessions: sessions.reversed(), today: today)
  }

  @Test func aDayWithASessionSpeaksWhenTheWeekCanNoLongerBeMet() {
    // Tuesday (day 103), the first session done today: the next may be Thursday, and the
    // third would be Saturday, a day past the week.
    let today = Self.standing(done: [103], today: 103)
    #expect(today.day.choice == .doneToday)
    #expect(
      Reminder.line(today)
        == "Glide: 1 of 3 sessions done this week; the week can no longer be met: 2 left, and"
        + " only 1 fits with 1 rest day between sessions (Thursday)")
  }

  @Test func aRestDaySpeaksWhenTheWeekCanNoLongerBeMet() {
    // Wednesday (104), a rest day after Tuesday's session; Thursday and Saturday are left,
    // and Saturday starts the next week.
    let rest = Self.standing(done: [103], today: 104)
    #expect(rest.day.choice == .rest(until: 105))
    #expect(
      Reminder.line(rest)?.contains("only 1 fits with 1 rest day between sessions (tomorrow)")
        == true)
    // With none left that fits at all: Thursday's session done, two left, none fits.
    let none = Self.standing(done: [105], today: 105)
    #expect(
      Reminder.line(none)
        == "Glide: 1 of 3 sessions done this week; the week can no longer be met: 2 left, and"
        + " no day this week fits one with 1 rest day between sessions")
  }

  @Test func aDayWithASessionStaysQuietWhileTheWeekCanBeMet() {
    // Saturday (100), the first session done: Monday and Wednesday are left for two.
    #expect(Reminder.line(Self.standing(done: [100], today: 100)) == nil)
    #expect(Reminder.line(Self.standing(done: [100, 102, 104], today: 104)) == nil, "week done")
  }

  @Test func remindAndStatsCallTheSameWeeksBehind() {
    // Every day of the first week, with every way up to three sessions could have been
    // done on the days before it: remind speaks exactly when stats and the report mark
    // the week behind. Both read ProgramStanding.isBehind; this holds any later change to
    // one of them to the other.
    var spoken = 0
    for today in Int64(100)...106 {
      let earlier = Array(Int64(100)...today)
      for mask in 0..<(1 << earlier.count) {
        let days = earlier.enumerated().filter { mask & (1 << $0.offset) != 0 }.map(\.element)
        guard days.count <= 3 else { continue }
        let standing = Self.standing(done: days, today: today)
        let says = Reminder.line(standing) != nil
        #expect(standing.adherence.isBehind == says, "done \(days), day \(today)")
        if says { spoken += 1 }
      }
    }
    #expect(spoken > 0, "the sweep reaches weeks that are behind")
    // The case the two once disagreed on: Wednesday, a rest day after Tuesday's session,
    // two left and only Thursday fits. Stats marks it behind, in remind's words.
    let rest = Self.standing(done: [103], today: 104).adherence
    #expect(rest.isBehind)
    #expect(
      rest.behindText
        == "week 1 of P has 1 of 3 sessions done and is falling behind. The week can no longer"
        + " be met: 2 left, and only 1 fits with 1 rest day between sessions (tomorrow)")
  }

  @Test func theDaysTheRestFitOnAreNamed() {
    let fit = WeekFit(left: 3, earliest: 100, last: 106, restDays: 1)
    #expect(fit.days == [100, 102, 104])
    #expect(fit.canBeMet)
    #expect(fit.dayWords(today: 100) == "today, Monday and Wednesday")
    #expect(
      WeekFit(left: 2, earliest: 101, last: 106, restDays: 2).dayWords(today: 100)
        == "tomorrow and Wednesday")
  }

  @Test func whatCannotBeMetIsSaidInGoodGrammar() {
    #expect(
      WeekFit(left: 3, earliest: 103, last: 106, restDays: 1).cannotBeMetWords
        == "3 left, and only 2 fit with 1 rest day between sessions")
    #expect(
      WeekFit(left: 2, earliest: 105, last: 106, restDays: 1).cannotBeMetWords
        == "2 left, and only 1 fits with 1 rest day between sessions")
  }

  @Test func withoutAProgramASessionTodayCountsTheRestDayAfterIt() {
    // Saturday 1970-01-10, one of two done today: the other would need Monday.
    let saturday = CivilDate(year: 1970, month: 1, day: 10)
    #expect(Reminder.line(done: 1, today: saturday, next: nil) == nil, "Sunday fits without")
    #expect(
      Reminder.line(done: 1, today: saturday, next: nil, doneToday: true)
        == "Glide: 1 of 2-3 sessions done this week; the week can no longer be met: 1 left, and"
        + " no day this week fits one with 1 rest day between sessions")
  }
}
