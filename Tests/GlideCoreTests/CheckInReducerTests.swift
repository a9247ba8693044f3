import GlideCore
import Testing

/// A roll of the calves and a hold for the hips, with a knee-to-wall test, checking in
/// before and after: a 1 s get-ready, 4 s and 2 s of work.
enum CheckInFixture {
  static let routine: Routine = {
    var routine = Routine(
      id: "check", name: "Check", summary: "", phase: .any,
      steps: [
        Step(.roll, target: "calves", duration: .seconds(4)),
        Step(.hold, target: "hips", duration: .seconds(2)),
      ])
    routine.checkIn = true
    routine.rangeTest = RangeTest(name: "knee to wall", unit: "cm")
    return routine
  }()
  static let plan = Plan(routine, settings: Plan.Settings(leadIn: .seconds(1), countIn: .zero))

  static func question(_ when: CheckIn.When, _ number: Int, typed: String = "") -> CheckInQuestion {
    CheckInQuestion(when: when, number: number, typed: typed)
  }
}

@Suite struct CheckInReducerTests {
  let plan = CheckInFixture.plan
  func q(_ when: CheckIn.When, _ number: Int, typed: String = "") -> CheckInQuestion {
    CheckInFixture.question(when, number, typed: typed)
  }

  /// The first question of a check-in, its ring and words, then the scale's keys (said
  /// once, in plain mode).
  func firstAsked(_ when: CheckIn.When) -> [Effect] {
    cued(.checkIn(q(when, 0)), in: plan) + [.checkInScale]
  }

  /// The answers, written out.
  func answers(
    before: [String: Int] = [:], after: [String: Int] = [:], rangeBefore: Double? = nil,
    rangeAfter: Double? = nil
  ) -> CheckIn {
    CheckIn(
      areas: ["calves", "hips"], before: before, after: after,
      rangeTest: RangeTest(name: "knee to wall", unit: "cm"), rangeBefore: rangeBefore,
      rangeAfter: rangeAfter)
  }

  /// The fixture's record, written out: the roll's and the hold's seconds and outcomes.
  func record(
    _ outcome: Summary.Outcome, active: Double, roll: (Double, StepOutcome) = (0, .skipped),
    hold: (Double, StepOutcome) = (0, .skipped), paused: Double = 0, checkIn: CheckIn?,
    running: Summary.RunningClock? = nil
  ) -> Summary {
    Summary(
      routineID: "check", routineName: "Check", outcome: outcome, planned: .seconds(7),
      active: .seconds(active), paused: .seconds(paused),
      steps: [
        Summary.StepResult(
          number: 1, technique: .roll, target: "calves", side: nil, planned: .seconds(4),
          elapsed: .seconds(roll.0), outcome: roll.1),
        Summary.StepResult(
          number: 2, technique: .hold, target: "hips", side: nil, planned: .seconds(2),
          elapsed: .seconds(hold.0), outcome: hold.1),
      ], checkIn: checkIn, running: running)
  }

  @Test func thePlanAsksEachWorkedAreaOnceThenTheRangeTest() {
    #expect(
      plan.checkIn == CheckInPlan(areas: ["calves", "hips"], rangeTest: plan.checkIn?.rangeTest))
    #expect(plan.checkIn?.questionCount == 3)
    #expect(Plan(Fixture.routine).checkIn == nil, "a routine that does not ask has none")
    var asked = Fixture.routine
    asked.steps.append(Step(.rest, target: "rest", duration: .seconds(5)))
    var settings = Plan.Settings()
    settings.checkIn = true
    let flagged = Plan(asked, settings: settings)
    #expect(flagged.checkIn?.areas == ["calves", "upper back"], "--check-in asks; rest is no area")
  }

  /// Answers the before check-in at 1, 2 and 3-5 s: calves 6, hips skipped, 8.5 cm.
  func checkedInBefore() -> TestStore {
    var store = TestStore(plan)
    store.send(.start(at: .seconds(0)), effects: firstAsked(.before)) {
      $0.mode = .checkingIn
      $0.question = q(.before, 0)
    }
    // Each answer is journaled as it is given: a session killed now keeps it.
    let calves = record(.interrupted, active: 0, checkIn: answers(before: ["calves": 6]))
    store.send(
      .checkInRate(6, at: .seconds(1)),
      effects: [.checkInAnswered("calves", answer: "6"), .journal(calves)]
        + cued(.checkIn(q(.before, 1)), in: plan)
    ) {
      $0.checkIn?.before["calves"] = 6
      $0.question = q(.before, 1)
      $0.journaledAt = .seconds(1)
    }
    store.send(
      .checkInSkip(at: .seconds(2)),
      effects: [.checkInAnswered("hips", answer: nil)] + cued(.checkIn(q(.before, 2)), in: plan)
    ) {
      $0.question = q(.before, 2)
    }
    // Digits, one point, one digit after it; a second point and a second decimal are not
    // taken, and backspace takes back the last.
    store.send(.checkInType("8", at: .seconds(3)), effects: []) { $0.question?.typed = "8" }
    store.send(.checkInType(".", at: .seconds(3)), effects: []) { $0.question?.typed = "8." }
    store.send(.checkInType(".", at: .seconds(3)), effects: [])
    store.send(.checkInType("5", at: .seconds(3)), effects: []) { $0.question?.typed = "8.5" }
    store.send(.checkInType("7", at: .seconds(3)), effects: [])
    store.send(.checkInType("x", at: .seconds(3)), effects: [])
    store.send(.checkInErase(at: .seconds(4)), effects: []) { $0.question?.typed = "8." }
    store.send(.checkInType("5", at: .seconds(4)), effects: []) { $0.question?.typed = "8.5" }
    let started = record(
      .interrupted, active: 0, checkIn: answers(before: ["calves": 6], rangeBefore: 8.5),
      running: Summary.RunningClock(step: nil, left: .seconds(1)))
    store.send(
      .checkInEnter(at: .seconds(5)),
      effects: [.checkInAnswered("knee to wall", answer: "8.5 cm")] + entered(0, in: plan),
      journal: started
    ) {
      $0.checkIn?.rangeBefore = 8.5
      $0.question = nil
      $0.mode = .running
      $0.startedAt = .seconds(5)
      $0.clock = ItemClock(length: .seconds(1), runningSince: .seconds(5))
    }
    return store
  }

  @Test func theBeforeCheckInHoldsTheClockUntilItsLastAnswer() {
    let store = checkedInBefore()
    #expect(store.state.active(at: .seconds(5)) == .zero, "the check-in is not session time")
  }

  @Test func nothingElseWorksWhileCheckingIn() {
    var store = TestStore(plan)
    store.send(.start(at: .seconds(0)), effects: firstAsked(.before)) {
      $0.mode = .checkingIn
      $0.question = q(.before, 0)
    }
    for event: Event in [
      .tick(at: .seconds(30)), .skip(at: .seconds(30)), .back(at: .seconds(30)),
      .togglePause(at: .seconds(30)), .countRep(at: .seconds(30)),
      .extend(by: .seconds(15), at: .seconds(30)), .flagPressure(at: .seconds(30)),
      .rate(3, at: .seconds(30)), .checkInRate(11, at: .seconds(30)),
      .checkInType("5", at: .seconds(30)), .checkInEnter(at: .seconds(30)),
    ] {
      store.send(event, effects: []) { $0.now = .seconds(30) }
    }
    #expect(store.state.readout(at: .seconds(30)).remainingSeconds == 1, "the get-ready waits")
    #expect(store.state.nextWake(after: .seconds(30), widths: ReadoutWidths()) == nil)
  }

  @Test func quittingFromTheBeforeCheckInAsksAndNoGoesBackToTheQuestion() {
    var store = TestStore(plan)
    store.send(.start(at: .seconds(0)), effects: firstAsked(.before)) {
      $0.mode = .checkingIn
      $0.question = q(.before, 0)
    }
    store.send(.requestQuit(at: .seconds(1)), effects: [.askedToQuit]) {
      $0.mode = .confirmingQuit(from: .paused)
    }
    store.send(.cancelQuit(at: .seconds(2)), effects: [.quitDeclined(paused: false)]) {
      $0.mode = .checkingIn
    }
    store.send(.requestQuit(at: .seconds(3)), effects: [.askedToQuit]) {
      $0.mode = .confirmingQuit(from: .paused)
    }
    let stopped = record(.stopped, active: 0, checkIn: nil)
    store.send(
      .confirmQuit(at: .seconds(4)),
      effects: [
        ended(0, .skipped, left: 1), .sessionEnded(.stopped, index: 0, remaining: .seconds(1)),
        .appendLog(stopped),
      ]
    ) {
      $0.records[0] = ItemRecord(elapsed: .zero, outcome: .skipped)
      $0.mode = .finished(stopped)
      $0.question = nil
      $0.endedAt = .seconds(4)
    }
  }

  /// Runs the checked-in session to just before its last step's end (12 s).
  func inLastStep() -> TestStore {
    var store = checkedInBefore()
    for second in 6...11 { store.skip(.tick(at: .seconds(Double(second)))) }
    #expect(store.state.index == 2)
    return store
  }

  @Test func theAfterCheckInFollowsTheLastStepAndEndsInTheSummary() {
    var store = inLastStep()
    let before = answers(before: ["calves": 6], rangeBefore: 8.5)
    let workDone = record(
      .interrupted, active: 7, roll: (4, .done), hold: (2, .done), checkIn: before)
    store.send(
      .tick(at: .seconds(12)),
      effects: [ended(2, .done, left: 0), .journal(workDone)]
        + firstAsked(.after)
    ) {
      $0.records[2] = ItemRecord(elapsed: .seconds(2), outcome: .done)
      $0.clock.stop(at: .seconds(12))
      $0.endedAt = .seconds(12)
      $0.journaledAt = .seconds(12)
      $0.mode = .checkingIn
      $0.question = q(.after, 0)
    }
    // Each answer after is journaled, with the times as of the last step's end.
    func journaled(_ after: [String: Int]) -> Effect {
      .journal(
        record(
          .interrupted, active: 7, roll: (4, .done), hold: (2, .done),
          checkIn: answers(before: ["calves": 6], after: after, rangeBefore: 8.5)))
    }
    let calves = journaled(["calves": 8])
    store.send(
      .checkInRate(8, at: .seconds(20)),
      effects: [.checkInAnswered("calves", answer: "8"), calves]
        + cued(.checkIn(q(.after, 1)), in: plan)
    ) {
      $0.checkIn?.after["calves"] = 8
      $0.question = q(.after, 1)
      $0.journaledAt = .seconds(20)
    }
    let hips = journaled(["calves": 8, "hips": 10])
    store.send(
      .checkInRate(10, at: .seconds(21)),
      effects: [.checkInAnswered("hips", answer: "10"), hips]
        + cued(.checkIn(q(.after, 2)), in: plan)
    ) {
      $0.checkIn?.after["hips"] = 10
      $0.question = q(.after, 2)
      $0.journaledAt = .seconds(21)
    }
    store.send(.checkInType("9", at: .seconds(22)), effects: []) { $0.question?.typed = "9" }
    let summary = record(
      .completed, active: 7, roll: (4, .done), hold: (2, .done),
      checkIn: answers(
        before: ["calves": 6], after: ["calves": 8, "hips": 10], rangeBefore: 8.5, rangeAfter: 9))
    store.send(
      .checkInEnter(at: .seconds(30)),
      effects: [.checkInAnswered("knee to wall", answer: "9 cm")]
        + cued(.sessionComplete, in: plan) + [
          .sessionEnded(.completed, index: 2, remaining: .zero), .appendLog(summary),
        ]
    ) {
      $0.question = nil
      $0.checkIn?.rangeAfter = 9
      $0.mode = .finished(summary)
    }
    #expect(summary.active == .seconds(7), "the session's time runs from get-ready to last step")
    #expect(
      summary.checkIn
        == CheckIn(
          areas: ["calves", "hips"], before: ["calves": 6], after: ["calves": 8, "hips": 10],
          rangeTest: RangeTest(name: "knee to wall", unit: "cm"), rangeBefore: 8.5, rangeAfter: 9))
    #expect(summary.checkIn?.text == "calves 6→8, hips –→10, knee to wall 8.5→9 cm")
  }

  @Test func endingTheAfterCheckInEarlyKeepsTheSessionCompleted() {
    for stop: Event in [.stop(at: .seconds(20)), .interrupt(at: .seconds(20))] {
      var store = inLastStep()
      store.skip(.tick(at: .seconds(12)), .checkInRate(7, at: .seconds(15)))
      let summary = record(
        .completed, active: 7, roll: (4, .done), hold: (2, .done),
        checkIn: answers(before: ["calves": 6], after: ["calves": 7], rangeBefore: 8.5))
      let effects =
        cued(.sessionComplete, in: plan) + [
          .sessionEnded(.completed, index: 2, remaining: .zero), .appendLog(summary), .quit,
        ]
      store.send(stop, effects: effects) {
        $0.question = nil
        $0.mode = .finished(summary)
      }
    }
  }

  @Test func skippingToTheEndWhilePausedEndsThePauseWithTheWork() {
    var store = inLastStep()
    store.skip(.togglePause(at: .seconds(11)), .skip(at: .seconds(14)))
    #expect(store.state.question == CheckInFixture.question(.after, 0))
    #expect(store.state.pausedSince == nil)
    #expect(store.state.paused(at: .seconds(40)) == .seconds(3))
    #expect(store.state.active(at: .seconds(40)) == .seconds(6))
    store.skip(.stop(at: .seconds(40)))
    #expect(store.state.summary?.paused == .seconds(3))
    #expect(store.state.summary?.active == .seconds(6))
  }

  @Test func aCheckInWithNothingAnsweredLeavesNoCheckInInTheSummary() {
    var state = SessionState(plan: plan)
    _ = reduce(&state, .start(at: .zero))
    for _ in 0..<3 { _ = reduce(&state, .checkInSkip(at: .seconds(1))) }
    #expect(state.mode == .running)
    _ = reduce(&state, .stop(at: .seconds(2)))
    #expect(state.summary?.checkIn == nil)
  }
}
