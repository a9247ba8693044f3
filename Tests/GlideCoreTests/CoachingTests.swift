import GlideCore
import Testing

private func at(_ seconds: Double) -> Instant { .seconds(seconds) }

/// A hold of 3 minutes on the calves, reps, then another calf hold and a quad hold.
private let plan = Plan(
  Routine(
    id: "c", name: "C", summary: "", phase: .any,
    steps: [
      Step(.hold, target: "calves", duration: .seconds(180)),
      Step(repsOf: "Raises", target: "calves", count: 5),
      Step(.hold, target: "Calves", duration: .seconds(180)),
      Step(.hold, target: "quads", duration: .seconds(180)),
      Step(.roll, target: "quads", duration: .seconds(90)),
    ]),
  settings: Plan.Settings(leadIn: .seconds(1)))

private func started() -> TestStore { TestStore.inFirstStep(plan) }

@Suite struct CoachingTests {
  @Test func halfwayBeepsOnceInStepsOfTwoMinutesOrMore() {
    var store = started()
    #expect(store.state.nextWake(after: at(90.5), widths: ReadoutWidths()) == at(91))
    #expect(store.state.readout(at: at(90)).pastHalfway == false)
    store.send(
      .tick(at: at(91)), effects: cued(.halfway, in: plan),
      refresh: written(plan, planned: 646, active: 91, steps: [1: (90, .partial)], running: (0, 90))
    ) {
      $0.halfwayCued = true
    }
    #expect(store.state.readout(at: at(91)).pastHalfway == true)
    store.send(.tick(at: at(92)), effects: [])
    // A 90 s roll has no halfway cue.
    let short = SessionState(plan: plan)
    #expect(short.halfwayPoint == nil)
  }

  @Test func pressureFlagShortensThisHoldAndLaterHoldsForTheTarget() {
    var store = started()
    // 60 s into the 180 s hold: 120 s left become 80 s.
    store.send(
      .flagPressure(at: at(61)), effects: [.easedOff(index: 1, shortenedTo: .seconds(80))]
    ) {
      $0.records[1].pressureFlagged = true
      $0.records[1].eased = .seconds(140)
      // The later hold for calves runs two thirds of its 180 s.
      $0.records[3].eased = .seconds(120)
      $0.clock.length = .seconds(140)
    }
    #expect(store.state.clock.remaining(at: at(61)) == .seconds(80))
    // Flagging twice eases nothing more, and says so.
    store.send(.flagPressure(at: at(62)), effects: [.noted(.alreadyEased)]) {
      $0.note = .alreadyEased
    }
    store.send(
      .skip(at: at(70)), effects: [ended(1, .partial, left: 71)] + entered(2, in: plan),
      journal: written(
        plan, planned: 546, active: 70, steps: [1: (69, .partial)], flagged: [1],
        eased: [1: (140, 180), 3: (120, 180)], running: (1, 15))
    ) {
      $0.note = nil
      $0.records[1].elapsed = .seconds(69)
      $0.records[1].outcome = .partial
      $0.index = 2
      $0.clock = ItemClock(length: .seconds(15), runningSince: at(70))
    }
    // Reps cannot be flagged: the screen says what ! is for until the step changes.
    store.send(.flagPressure(at: at(71)), effects: [.noted(.pressureIsForPassiveSteps)]) {
      $0.note = .pressureIsForPassiveSteps
    }
    store.send(
      .skip(at: at(72)),
      effects: [ended(2, .skipped, left: 13)] + entered(3, in: plan, length: .seconds(120)),
      journal: written(
        plan, planned: 546, active: 72, steps: [1: (69, .partial), 2: (2, .skipped)],
        flagged: [1], eased: [1: (140, 180), 3: (120, 180)], running: (2, 120))
    ) {
      $0.records[2] = ItemRecord(elapsed: .seconds(2), outcome: .skipped, repsDone: 0)
      $0.note = nil
      $0.index = 3
      $0.clock = ItemClock(length: .seconds(120), runningSince: at(72))
    }
    // The quad hold keeps its full length.
    store.send(
      .skip(at: at(73)), effects: [ended(3, .skipped, left: 119)] + entered(4, in: plan),
      journal: written(
        plan, planned: 546, active: 73,
        steps: [1: (69, .partial), 2: (2, .skipped), 3: (1, .skipped)], flagged: [1],
        eased: [1: (140, 180), 3: (120, 180)], running: (3, 180))
    ) {
      $0.records[3].elapsed = .seconds(1)
      $0.records[3].outcome = .skipped
      $0.index = 4
      $0.clock = ItemClock(length: .seconds(180), runningSince: at(73))
    }
    let summary = store.state.report(.interrupted, at: at(74))
    #expect(summary.steps.map(\.pressureFlagged) == [true, false, false, false, false])
  }
}

@Suite struct BreathCountedAndPacedTests {
  @Test func aBreathCountedHoldCountsItsBreathsDown() {
    var tempo = Step(repsOf: "Bridges", target: "hips", count: 2, tempo: .seconds(5))
    tempo.tempoPhases = [.seconds(2), .seconds(1), .seconds(2)]
    let plan = Plan(
      Routine(
        id: "b", name: "B", summary: "", phase: .any,
        steps: [
          Step(.hold, target: "hips", breaths: 3, pattern: BreathPattern("4-6")!),
          tempo,
        ]),
      settings: Plan.Settings(leadIn: .seconds(1)))
    #expect(plan.items[1].planned == .seconds(30))
    var state = SessionState(plan: plan)
    _ = reduce(&state, .start(at: .zero))
    _ = reduce(&state, .tick(at: .seconds(1)))
    let widths = ReadoutWidths(breath: 10, beat: 10)
    #expect(state.readout(at: .seconds(1), widths: widths).breath?.number == 1)
    #expect(state.readout(at: .seconds(1), widths: widths).breath?.of == 3)
    #expect(state.readout(at: .seconds(25), widths: widths).breath?.number == 3)
    _ = reduce(&state, .skip(at: .seconds(16)))
    let summary = state.report(.interrupted, at: .seconds(16))
    #expect(summary.steps[0].breathsTarget == 3)
    #expect(summary.steps[0].breathsDone == 1, "15 s of 10 s breaths is one whole breath")

    // The paced reps move out, hold, back within each 5 s rep, and wake for each part.
    #expect(state.readout(at: .seconds(16), widths: widths).beatPhase == 0)
    #expect(state.readout(at: .seconds(18.5), widths: widths).beatPhase == 1)
    #expect(state.readout(at: .seconds(19.5), widths: widths).beatPhase == 2)
    #expect(state.readout(at: .seconds(21.5), widths: widths).beatPhase == 0)
    #expect(state.nextWake(after: .seconds(17.9), widths: ReadoutWidths()) == .seconds(18))
  }
}

@Suite struct SideComparisonTests {
  @Test func bothSidesAreRatedAfterTheRightSideWhileTheTimerRuns() {
    let plan = Plan(
      Routine(
        id: "s", name: "S", summary: "", phase: .any,
        steps: [
          Step(.roll, target: "calves", sides: .both, duration: .seconds(60)),
          Step(repsOf: "Raises", target: "calves", count: 5),
        ]),
      settings: Plan.Settings(leadIn: .seconds(1)))
    var state = SessionState(plan: plan)
    _ = reduce(&state, .start(at: .zero))
    #expect(reduce(&state, .rate(3, at: .seconds(0.5))).isEmpty, "nothing to rate yet")
    _ = reduce(&state, .tick(at: .seconds(1)))  // left side
    _ = reduce(&state, .tick(at: .seconds(61)))  // switch
    #expect(state.rating == nil)
    _ = reduce(&state, .tick(at: .seconds(66)))  // right side
    // The question comes after the next step's announcement, for plain mode and the voice.
    let reps = reduce(&state, .tick(at: .seconds(126)))
    let asked = reps.firstIndex(of: .sideAsked("How free does your left calf feel?"))
    let announced = reps.firstIndex { if case .speak = $0 { true } else { false } }
    #expect(reps.contains(.stepStarted(index: 4, remaining: .seconds(15))))
    #expect(asked != nil && announced != nil && asked! > announced!, "\(reps)")
    #expect(state.rating == SessionState.RatingRequest(left: 1, right: 3, asking: .left))
    #expect(state.mode == .running)
    #expect(reduce(&state, .rate(7, at: .seconds(127))).isEmpty, "only 1-5")
    #expect(
      reduce(&state, .rate(4, at: .seconds(127)))
        == [.sideAsked("How free does your right calf feel?")])
    #expect(state.rating?.asking == .right)
    #expect(reduce(&state, .rate(2, at: .seconds(128))).isEmpty)
    #expect(state.rating == nil)
    #expect(state.records.map(\.freedom) == [nil, 4, nil, 2, nil])
    let summary = state.report(.interrupted, at: .seconds(129))
    #expect(summary.sideComparison.map { "\($0.target) \($0.left) \($0.right)" } == ["calves 4 2"])
    #expect(summary.steps.map(\.freedom) == [4, 2, nil])
  }

  @Test func theSideQuestionIsAnEffectAfterTheNextAnnouncementExactly() {
    let plan = Plan(
      Routine(
        id: "s", name: "S", summary: "", phase: .any,
        steps: [
          Step(.roll, target: "calves", sides: .both, duration: .seconds(2)),
          Step(.hold, target: "hips", duration: .seconds(30)),
        ]),
      settings: Plan.Settings(leadIn: .seconds(1), countIn: .zero))
    // To the right side's last moment: the lead-in, the left side and the switch.
    let rightEnds = plan.items[0...3].reduce(0) { $0 + Double($1.planned.nanoseconds) / 1e9 }
    var store = TestStore(plan)
    store.skip(.start(at: .zero), .tick(at: .seconds(rightEnds - 0.5)))
    #expect(store.state.index == 3)
    let total = Double(plan.total.nanoseconds) / 1e9
    store.send(
      .tick(at: .seconds(rightEnds)),
      effects: [ended(3, .done, left: 0)] + entered(4, in: plan) + [
        .sideAsked("How free does your left calf feel?")
      ],
      journal: written(
        plan, planned: total, active: rightEnds, steps: [1: (2, .done), 2: (2, .done)],
        running: (2, 30))
    ) {
      $0.records[3] = ItemRecord(elapsed: .seconds(2), outcome: .done)
      $0.index = 4
      $0.clock = ItemClock(length: .seconds(30), runningSince: .seconds(rightEnds))
      $0.rating = SessionState.RatingRequest(left: 1, right: 3, asking: .left)
    }
    store.send(
      .rate(4, at: .seconds(rightEnds + 1)),
      effects: [.sideAsked("How free does your right calf feel?")]
    ) {
      $0.records[1].freedom = 4
      $0.rating = SessionState.RatingRequest(left: 1, right: 3, asking: .right)
    }
  }

  @Test func aRatingLetGoInOneLateWakeIsNeverAsked() {
    // One wake long after both sides, past the item during which the rating is asked:
    // nothing is asked, as nothing could be answered.
    let plan = Plan(
      Routine(
        id: "s", name: "S", summary: "", phase: .any,
        steps: [
          Step(.roll, target: "calves", sides: .both, duration: .seconds(60)),
          Step(.hold, target: "hips", duration: .seconds(30)),
          Step(.hold, target: "chest", duration: .seconds(30)),
        ]),
      settings: Plan.Settings(leadIn: .seconds(1)))
    var state = SessionState(plan: plan)
    _ = reduce(&state, .start(at: .zero))
    let late = reduce(&state, .tick(at: .seconds(160)))
    #expect(state.rating == nil)
    #expect(!late.contains { if case .sideAsked = $0 { true } else { false } }, "\(late)")
  }

  @Test func aRatingCanBeSkipped() {
    let plan = Plan(
      Routine(
        id: "s", name: "S", summary: "", phase: .any,
        steps: [Step(.hold, target: "calves", sides: .both, duration: .seconds(180))]),
      settings: Plan.Settings(leadIn: .seconds(1)))
    var state = SessionState(plan: plan)
    _ = reduce(&state, .start(at: .zero))
    _ = reduce(&state, .skip(at: .zero))
    _ = reduce(&state, .skip(at: .zero))
    _ = reduce(&state, .requestQuit(at: .seconds(5)))
    _ = reduce(&state, .cancelQuit(at: .seconds(5)))
    _ = reduce(&state, .skip(at: .seconds(10)))
    // The right side was the last step: the session is over and nothing is asked.
    #expect(state.isFinished)
    #expect(state.rating == nil)
  }
}
