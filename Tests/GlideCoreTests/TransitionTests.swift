import GlideCore
import PropertyBased
import Testing

private func at(_ seconds: Double) -> Instant { .seconds(seconds) }

@Suite struct TransitionTests {
  static func routine(transition: TimeSpan?) -> Routine {
    var quiet = Step(repsOf: "Squats", target: "quads", count: 5, tempo: .seconds(2))
    quiet.transition = .zero
    var own = Step(.stretch, target: "quads", duration: .seconds(60))
    own.transition = .seconds(4)
    var routine = Routine(
      id: "t", name: "T", summary: "", phase: .any,
      steps: [
        Step(.roll, target: "quads", sides: .both, duration: .seconds(60)),
        Step(repsOf: "Raises", target: "calves", count: 5, tempo: .seconds(2)),
        Step(repsOf: "Lunges", target: "calves", count: 5, tempo: .seconds(2)),
        quiet, own,
      ])
    routine.transition = transition
    routine.getReady = .seconds(15)
    routine.switchSides = .seconds(8)
    return routine
  }

  @Test func aTransitionComesBeforeEachStepWhosePositionChanges() {
    let plan = Plan(Self.routine(transition: .seconds(6)))
    #expect(
      plan.items.map(\.kind) == [
        .leadIn, .step, .switchSides, .step, .transition, .step, .step, .step, .transition, .step,
      ])
    #expect(plan.items.map(\.planned.seconds) == [15, 60, 8, 60, 6, 10, 10, 10, 4, 60])
    #expect(plan.items[4].number == 3, "a transition carries the number of the step it leads to")
    #expect(
      Cue.itemStarted(index: 4).phrase(in: plan) == "Get into position for raises")
    #expect(Cue.itemStarted(index: 8).phrase(in: plan) == "Get into position for stretch, quads")
    #expect(plan.stepCount == 6)
    // None by default; a step's own still applies.
    let plain = Plan(Self.routine(transition: nil))
    #expect(plain.items.filter { $0.kind == .transition }.map(\.planned) == [.seconds(4)])
    // The config file's default fills in for a routine that sets none, and only then.
    let defaulted = Plan(
      Self.routine(transition: nil), settings: Plan.Settings(transition: .seconds(5)))
    #expect(
      defaulted.items.filter { $0.kind == .transition }.map(\.planned) == [
        .seconds(5), .seconds(4),
      ])
    let routineWins = Plan(
      Self.routine(transition: .zero), settings: Plan.Settings(transition: .seconds(5)))
    #expect(routineWins.items.filter { $0.kind == .transition }.map(\.planned) == [.seconds(4)])
  }

  @Test func transitionsAreNeitherStepsNorAreasInTheSummary() {
    var state = SessionState(plan: Plan(Self.routine(transition: .seconds(6))))
    var now = at(0)
    _ = reduce(&state, .start(at: now))
    while let wake = state.nextWake(after: now, widths: ReadoutWidths()) {
      now = wake
      _ = reduce(&state, .tick(at: now))
    }
    let summary = state.summary
    #expect(summary?.outcome == .completed)
    #expect(summary?.steps.count == 6)
    #expect(summary?.steps.allSatisfy { $0.outcome == .done } == true)
  }

  /// The fixture with the default count-in of 3 s.
  static let counted = Plan(Fixture.routine)

  @Test func resumingCountsInThreeTwoOneWithTheClockHeld() {
    let plan = Self.counted
    var store = TestStore(plan)
    store.skip(.start(at: at(0)))
    store.skip(.tick(at: at(2)))
    store.skip(.togglePause(at: at(4)))
    store.send(.togglePause(at: at(20)), effects: cued(.countdown(3), in: plan)) {
      $0.mode = .countingIn(until: at(23), cued: 3)
    }
    #expect(store.state.readout(at: at(20)).countIn == 3)
    #expect(store.state.readout(at: at(20)).remainingSeconds == 6, "the clock is held")
    #expect(store.state.nextWake(after: at(20), widths: ReadoutWidths()) == at(21))
    // Paused since 4 s: the wake at 21 s is also the journal's heartbeat, which keeps the
    // pause's length (17 s) should the session be killed now.
    let heartbeat = Summary(
      routineID: "fixture", routineName: "Fixture", outcome: .interrupted,
      planned: .seconds(168), active: .seconds(4), paused: .seconds(17),
      steps: Fixture.unworked())
    store.send(.tick(at: at(21)), effects: cued(.countdown(2), in: plan), refresh: heartbeat) {
      $0.mode = .countingIn(until: at(23), cued: 2)
    }
    store.send(.tick(at: at(22.5)), effects: cued(.countdown(1), in: plan)) {
      $0.mode = .countingIn(until: at(23), cued: 1)
    }
    #expect(store.state.nextWake(after: at(22.5), widths: ReadoutWidths()) == at(23))
    // A late wake: the clock still runs from the end of the count-in.
    store.send(
      .tick(at: at(23.5)), effects: [.resumed(index: 0, remaining: .seconds(6))],
      journal: Fixture.record(active: 4.5, paused: 19, running: (nil, 5.5))
    ) {
      $0.mode = .running
      $0.clock.runningSince = at(23)
      $0.pausedSince = nil
      $0.pausedTotal = .seconds(19)
    }
    #expect(store.state.clock.deadline == at(29))
  }

  @Test func aKeyThatEndsTheCountInIsJournaledAsItLeftTheSession() {
    let plan = Self.counted
    var store = TestStore(plan)
    store.skip(.start(at: at(0)))
    store.skip(.tick(at: at(10)))
    store.skip(.togglePause(at: at(14)))
    store.skip(.togglePause(at: at(20)))
    // The count-in ended at 23 s and the skip comes after it: the one journal is of the
    // switch of sides the skip started, not of the roll the count-in resumed.
    store.send(
      .skip(at: at(23.5)),
      effects: [.resumed(index: 1, remaining: .seconds(56)), ended(1, .partial, left: 55.5)]
        + entered(2, in: plan),
      journal: Fixture.record(
        active: 14.5, paused: 9, steps: [1: (4.5, .partial)], running: (nil, 5))
    ) {
      $0.mode = .running
      $0.index = 2
      $0.records[1] = ItemRecord(elapsed: .seconds(4.5), outcome: .partial)
      $0.clock = ItemClock(length: plan.items[2].planned, runningSince: at(23.5))
      $0.pausedSince = nil
      $0.pausedTotal = .seconds(9)
    }
    #expect(
      store.state.report(.interrupted, at: at(23.5)).running
        == Summary.RunningClock(step: nil, left: plan.items[2].planned))
  }

  @Test func pausingWhileCountingInStaysPausedAndNothingResumed() {
    let plan = Self.counted
    var store = TestStore(plan)
    store.skip(.start(at: at(0)))
    store.skip(.togglePause(at: at(1)))
    store.send(.togglePause(at: at(5)), effects: cued(.countdown(3), in: plan)) {
      $0.mode = .countingIn(until: at(8), cued: 3)
    }
    store.send(.togglePause(at: at(5.5)), effects: []) { $0.mode = .paused }
    store.send(.tick(at: at(9)), effects: [])
    store.send(.requestQuit(at: at(10)), effects: [.askedToQuit]) {
      $0.mode = .confirmingQuit(from: .paused)
    }
    store.send(.cancelQuit(at: at(11)), effects: [.quitDeclined(paused: true)]) {
      $0.mode = .paused
    }
  }

  /// Paused at 1 s and resumed at 5 s: counting in until 8 s.
  private func countingIn() -> TestStore {
    var store = TestStore(Self.counted)
    store.skip(.start(at: at(0)))
    store.skip(.togglePause(at: at(1)))
    store.skip(.togglePause(at: at(5)))
    return store
  }

  @Test func noToTheQuitQuestionDuringTheCountInCountsInAgain() {
    let plan = Self.counted
    var store = countingIn()
    store.skip(.tick(at: at(6)))
    store.send(.requestQuit(at: at(6.5)), effects: [.askedToQuit]) {
      $0.mode = .confirmingQuit(from: .countingIn)
    }
    // The person had asked to go on: "no" starts the 3-2-1 again, it does not leave the
    // session paused.
    store.send(
      .cancelQuit(at: at(10)),
      effects: [.quitDeclined(paused: false)] + cued(.countdown(3), in: plan)
    ) {
      $0.mode = .countingIn(until: at(13), cued: 3)
    }
    store.skip(.tick(at: at(11)))
    store.skip(.tick(at: at(12)))
    store.send(
      .tick(at: at(13)), effects: [.resumed(index: 0, remaining: .seconds(9))],
      journal: Fixture.record(active: 1, paused: 12, running: (nil, 9))
    ) {
      $0.mode = .running
      $0.clock.runningSince = at(13)
      $0.pausedSince = nil
      $0.pausedTotal = .seconds(12)
    }
  }

  @Test func suspendedWhileAskedDuringTheCountInStaysPaused() {
    var store = countingIn()
    store.skip(.requestQuit(at: at(6)))
    // The clock was not running, so nothing pauses; back from Ctrl-Z, "no" keeps it paused.
    store.send(.suspend(at: at(7)), effects: [.suspend]) {
      $0.mode = .confirmingQuit(from: .paused)
    }
    store.send(.cancelQuit(at: at(9)), effects: [.quitDeclined(paused: true)]) {
      $0.mode = .paused
    }
  }

  @Test func quittingAsTheCountInEndsJournalsTheClockStoppedSynced() {
    let plan = Self.counted
    var store = TestStore(plan)
    store.skip(.start(at: at(0)))
    store.skip(.tick(at: at(2)))
    store.skip(.togglePause(at: at(4)))
    store.skip(.togglePause(at: at(20)))
    // The count-in ended at 23 s and its resume is journaled synced; the question stops
    // the clock again in the same event, so that one journal is of the clock stopped.
    store.send(
      .requestQuit(at: at(23.5)),
      effects: [.resumed(index: 0, remaining: .seconds(6)), .askedToQuit],
      journal: Fixture.record(active: 4.5, paused: 19)
    ) {
      $0.mode = .confirmingQuit(from: .running)
      $0.clock.banked = .seconds(4.5)
      $0.pausedSince = at(23.5)
      $0.pausedTotal = .seconds(19)
    }
    #expect(store.state.report(.interrupted, at: at(23.5)).running == nil)
  }

  @Test func invariantsHoldWithTheCountIn() async {
    await propertyCheck(count: 150, input: Gen.int(in: 0...(15 * 40_000)).array(of: 0...60)) {
      script in
      SessionPropertyTests.run(script, plan: Self.counted)
    }
  }
}
