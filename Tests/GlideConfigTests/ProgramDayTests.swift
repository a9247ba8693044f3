import GlideConfig
import GlideCore
import Testing

/// `glide next`'s choice driven by a fake calendar and a crafted log through a whole
/// program: sessions done, missed, doubled, and one with nothing done.
@Suite struct ProgramDayTests {
  static let program = Program(
    id: "p", name: "P", summary: "",
    sessions: [.routine("pre-run"), .routine("after-run")],
    weeks: [Program.Week(name: "one"), Program.Week(name: "two"), Program.Week(name: "three")],
    restDays: 1)

  struct Walk {
    var log: [LoggedSession] = []

    func on(_ today: Int64) -> ProgramDay {
      ProgramDay(program: ProgramDayTests.program, start: 100, log: log, today: today)
    }

    mutating func did(week: Int, session: Int, on day: Int64, work: Bool = true) {
      log.append(LoggedSession(day: day, routine: "p-w\(week)-s\(session)", didWork: work))
    }
  }

  @Test func aWholeProgramDayByDay() {
    var walk = Walk()
    #expect(walk.on(99).choice == .notStarted(starts: 100))

    // Week 1: both sessions, a rest day between, then the week is done.
    #expect(walk.on(100).choice == .run(session: 0))
    #expect(walk.on(100).week == 1 && walk.on(100).weekStart == 100)
    #expect(!walk.on(100).isBehind(today: 100, restDays: 1))
    walk.did(week: 1, session: 1, on: 100)
    #expect(walk.on(100).choice == .doneToday)
    #expect(walk.on(101).choice == .rest(until: 102))
    #expect(walk.on(102).choice == .run(session: 1))
    #expect(!walk.on(102).isBehind(today: 102, restDays: 1))
    walk.did(week: 1, session: 2, on: 102)
    #expect(walk.on(102).done == [0, 1])
    #expect(walk.on(103).choice == .weekDone(nextWeek: 107))
    #expect(walk.on(106).choice == .weekDone(nextWeek: 107))

    // Week 2: missed for days, a session with nothing done, then one run twice in a day.
    #expect(walk.on(107).week == 2)
    #expect(walk.on(107).done.isEmpty)
    #expect(walk.on(107).choice == .run(session: 0))
    walk.did(week: 2, session: 1, on: 108, work: false)
    #expect(walk.on(108).choice == .run(session: 0))
    #expect(walk.on(109).choice == .run(session: 0))
    #expect(!walk.on(110).isBehind(today: 110, restDays: 1))
    #expect(walk.on(111).isBehind(today: 111, restDays: 1))
    walk.did(week: 2, session: 1, on: 112)
    walk.did(week: 2, session: 1, on: 112)
    #expect(walk.on(112).done == [0])
    #expect(walk.on(112).choice == .doneToday)
    #expect(!walk.on(112).isBehind(today: 112, restDays: 1))
    #expect(walk.on(113).choice == .rest(until: 114))

    // Week 3: week 2's missed session is not carried over; a week-2 id run late does not
    // count for week 3.
    #expect(walk.on(114).week == 3)
    #expect(walk.on(114).choice == .run(session: 0))
    walk.did(week: 2, session: 2, on: 114)
    #expect(walk.on(114).done.isEmpty)
    #expect(walk.on(114).choice == .doneToday)
    #expect(walk.on(116).choice == .run(session: 0))
    walk.did(week: 3, session: 1, on: 116)
    #expect(walk.on(118).choice == .run(session: 1))
    walk.did(week: 3, session: 2, on: 118)
    #expect(walk.on(119).choice == .weekDone(nextWeek: 121))
    #expect(walk.on(120).done == [0, 1])

    // After the last week.
    #expect(walk.on(121).choice == .finished)
    #expect(walk.on(121).week == 4)
  }

  @Test func tooFewDaysLeftIsBehindAndNoRestDaysMeansEveryDay() {
    var program = Self.program
    program.restDays = 0
    var log = [LoggedSession(day: 100, routine: "p-w1-s1", didWork: true)]
    #expect(
      ProgramDay(program: program, start: 100, log: log, today: 101).choice == .run(session: 1))
    log = []
    let late = ProgramDay(program: Self.program, start: 100, log: log, today: 105)
    #expect(late.isBehind(today: 105, restDays: 1))
  }

  @Test func onlyThisProgramsSessionsMakeARestDay() {
    // "p-warmup" and "p-wide-w1-s1" begin as p's sessions do, but neither is one of them.
    for other in ["p-warmup", "p-wide-w1-s1", "q-w1-s1"] {
      let log = [LoggedSession(day: 100, routine: other, didWork: true)]
      #expect(
        ProgramDay(program: Self.program, start: 100, log: log, today: 100).choice
          == .run(session: 0), "\(other)")
    }
  }

  @Test func aWeekWithNoProgramIsBehindOnTwoSessions() {
    #expect(!ProgramDay.isBehind(done: 0, of: 2, daysGone: 0, restDays: 1))
    #expect(!ProgramDay.isBehind(done: 0, of: 2, daysGone: 3, restDays: 1))
    #expect(ProgramDay.isBehind(done: 0, of: 2, daysGone: 4, restDays: 1))
    #expect(!ProgramDay.isBehind(done: 1, of: 2, daysGone: 5, restDays: 1))
    #expect(ProgramDay.isBehind(done: 1, of: 2, daysGone: 6, restDays: 1) == false)
    #expect(ProgramDay.isBehind(done: 0, of: 2, daysGone: 6, restDays: 1))
    #expect(!ProgramDay.isBehind(done: 2, of: 2, daysGone: 6, restDays: 1))
  }

  @Test func theLeastWorkedRoutineComesRound() {
    let routines = BuiltinRoutines.all
    let neckAndBack = ["neck": 600.0, "upper back": 600, "chest": 600, "shoulders": 600]
    let pick = LeastWorked.routine(among: routines, worked: neckAndBack)
    #expect(pick != nil)
    #expect(
      !ProgramDecoder.passiveAreas(pick!).contains { neckAndBack[$0] != nil },
      "\(pick!.id) works areas already worked")
    #expect(LeastWorked.routine(among: routines, worked: [:])?.id == routines.first?.id)
  }
}
