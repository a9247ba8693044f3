import GlideConfig
import GlideCore
import GlideLog
import GlideStanding
import Testing

/// Where a person stands in a program, and the remind rule, on a fake calendar and log.
@Suite struct StandingTests {
  static let program = Program(
    id: "p", name: "P", summary: "",
    sessions: [.routine("pre-run"), .routine("after-run")],
    weeks: [Program.Week(name: "one"), Program.Week(name: "two")], restDays: 1)
  /// Started on day 100, 1970-04-11.
  static let active = ActiveProgram(program: "p", year: 1970, month: 4, day: 11)

  func standing(_ sessions: [LoggedSession], today: Int64) -> ProgramStanding {
    ProgramStanding(
      program: Self.program, active: Self.active, context: .builtin,
      sessions: sessions, today: today)
  }

  @Test func theStartIsTheActiveDateAndTodaySaysWhatToRun() {
    let first = standing([], today: 100)
    #expect(first.start == 100)
    #expect(first.day.choice == .run(session: 0))
    #expect(first.week.count == 2)
    #expect(first.todayLine.hasPrefix("Today: session 1, "))
    #expect(first.todayLine.hasSuffix("; run 'glide next'"))
    #expect(standing([], today: 99).todayLine == "The program starts 1970-04-11")
    let done = standing([LoggedSession(day: 100, routine: "p-w1-s1", didWork: true)], today: 100)
    // Day 100 is 1970-04-11; a rest day between sessions makes the next one the 13th.
    #expect(done.todayLine == "Today: done; the next session from 1970-04-13")
    // Both sessions of week 1 done: week 2 is next. Both of week 2, the last: no week 3.
    let weekOne = [("p-w1-s1", Int64(100)), ("p-w1-s2", 102)]
    let weekTwo = [("p-w2-s1", Int64(107)), ("p-w2-s2", 109)]
    func logged(_ sessions: [(String, Int64)]) -> [LoggedSession] {
      sessions.reversed().map { LoggedSession(day: $0.1, routine: $0.0, didWork: true) }
    }
    #expect(
      standing(logged(weekOne), today: 103).todayLine
        == "This week is done; week 2 starts 1970-04-18"
    )
    #expect(
      standing(logged(weekOne + weekTwo), today: 110).todayLine
        == "The last week is done; the program is over from 1970-04-25:"
        + " 'glide program start p' runs it again, 'glide program stop' ends it")
    // One session of the last week done on its last day: no next one names a day past it.
    #expect(
      standing(logged(weekOne + [("p-w2-s1", 113)]), today: 113).todayLine
        == "Today: done; the program is over from 1970-04-25:"
        + " 'glide program start p' runs it again, 'glide program stop' ends it")
  }

  @Test func theReminderSpeaksOnlyWhenTheWeekIsBehind() {
    #expect(Reminder.line(standing([], today: 100)) == nil, "the week has just begun")
    let late = standing([], today: 104)
    let line = Reminder.line(late)
    #expect(
      line?.hasPrefix(
        "Glide: 0 of 2 sessions done this week; 2 left, fitting today and Friday; next: ") == true)
    #expect(line?.hasSuffix("('glide next')") == true)
  }

  @Test func withoutAProgramTheReminderCountsTheEvidenceWeek() throws {
    let routine = try #require(BuiltinRoutines.routine(id: "pre-run"))
    // 1970-01-05 was a Monday; by Sunday none of two is behind, by Monday not yet.
    let monday = CivilDate(year: 1970, month: 1, day: 5)
    let sunday = CivilDate(year: 1970, month: 1, day: 11)
    #expect(Reminder.line(done: 0, today: monday, next: routine) == nil)
    let saturday = CivilDate(year: 1970, month: 1, day: 10)
    #expect(
      Reminder.line(done: 0, today: saturday, next: routine)
        == "Glide: 0 of 2-3 sessions done this week; the week can no longer be met: 2 left, and"
        + " only 1 fits with 1 rest day between sessions (today); next: \(routine.name)"
        + " ('glide run pre-run')")
    #expect(Reminder.line(done: 2, today: sunday, next: routine) == nil)
    #expect(Reminder.line(done: 0, today: sunday, next: nil)?.hasSuffix("next: 'glide'") == true)
    // Friday with none done: behind the even spread, and both still fit.
    let friday = CivilDate(year: 1970, month: 1, day: 9)
    #expect(
      Reminder.line(done: 0, today: friday, next: routine)
        == "Glide: 0 of 2-3 sessions done this week; next: \(routine.name) ('glide run pre-run')")
  }

  @Test func theSuggestionIsWorkedOutOnlyWhenTheLineSaysIt() {
    // Choosing it reads every built-in routine: an on-track week must not pay for it.
    var asked = 0
    func suggest() -> Routine? {
      asked += 1
      return nil
    }
    let monday = CivilDate(year: 1970, month: 1, day: 5)
    #expect(Reminder.line(done: 0, today: monday, next: suggest()) == nil)
    #expect(asked == 0)
    let friday = CivilDate(year: 1970, month: 1, day: 9)
    #expect(Reminder.line(done: 0, today: friday, next: suggest())?.hasSuffix("'glide'") == true)
    #expect(asked == 1)
  }

  @Test func theLeastWorkedRoutineIsNotOneRunToday() throws {
    let sessions = [LoggedSession(day: 10, routine: "pre-run", didWork: true)]
    let suggested = try #require(Reminder.leastWorked(sessions, today: 10))
    #expect(suggested.id != "pre-run")
    #expect(BuiltinRoutines.all.contains { $0.id == suggested.id })
  }
}
