import GlideCore
import Testing

/// Reps counted by enter wait for keys; once the input has ended none can come, so they
/// are left as `n` would leave them and a session with nobody at the keys runs to its end.
@Suite struct CountedRepsInputEndedTests {
  let plan = Plan(
    Routine(
      id: "keyed", name: "Keyed", summary: "", phase: .any,
      steps: [
        Step(.roll, target: "calves", duration: .seconds(10)),
        {
          var reps = Step(repsOf: "Raises", target: "calves", count: 5)
          reps.countsByKey = true
          return reps
        }(),
        Step(.hold, target: "hips", duration: .seconds(5)),
      ]),
    settings: Plan.Settings(leadIn: .seconds(1), countIn: .zero))

  @Test func theInputEndingDuringCountedRepsLeavesThem() {
    var state = SessionState(plan: plan)
    _ = reduce(&state, .start(at: .zero))
    _ = reduce(&state, .tick(at: .seconds(11)))
    #expect(state.index == 2, "on the reps")
    let effects = reduce(&state, .inputEnded(at: .seconds(12)))
    #expect(effects.first == .countedRepsSkipped, "\(effects)")
    #expect(effects.contains(.stepEnded(index: 2, outcome: .skipped, remaining: nil)))
    #expect(effects.contains(.stepStarted(index: 3, remaining: .seconds(5))))
    #expect(state.index == 3)
    _ = reduce(&state, .tick(at: .seconds(17)))
    #expect(state.summary?.outcome == .completed)
  }

  @Test func countedRepsReachedAfterTheInputEndedAreLeftAtOnce() {
    var state = SessionState(plan: plan)
    _ = reduce(&state, .start(at: .zero))
    #expect(reduce(&state, .inputEnded(at: .seconds(0.5))).isEmpty, "nothing counted yet")
    let effects = reduce(&state, .tick(at: .seconds(11)))
    #expect(effects.contains(.countedRepsSkipped), "\(effects)")
    #expect(state.index == 3, "on the hold, the reps left")
    #expect(state.records[2].outcome == .skipped)
    _ = reduce(&state, .tick(at: .seconds(16)))
    #expect(state.summary?.outcome == .completed)
  }

  @Test func countedRepsResumedOntoAfterTheInputEndedAreLeft() {
    // Paused on the reps, then space and the input's end: the 3-2-1 count-in runs on
    // and resumes onto reps nobody can count, which are then left.
    var plan = plan
    plan.countIn = .seconds(3)
    var state = SessionState(plan: plan)
    _ = reduce(&state, .start(at: .zero))
    _ = reduce(&state, .tick(at: .seconds(11)))
    _ = reduce(&state, .togglePause(at: .seconds(12)))
    _ = reduce(&state, .togglePause(at: .seconds(13)))
    #expect(state.index == 2)
    #expect(reduce(&state, .inputEnded(at: .seconds(13.5))).isEmpty, "still counting in")
    let resumed = reduce(&state, .tick(at: .seconds(16)))
    #expect(resumed.contains(.countedRepsSkipped), "\(resumed)")
    #expect(state.index == 3)
  }

  /// The same, exact: after the input ended, the roll's end enters the reps and leaves
  /// them at once, skipped, for the hold, in one reduction with one journal.
  @Test func theReducersEffectsAndStateAreExact() {
    let plan = Plan(
      Routine(
        id: "keyed", name: "Keyed", summary: "", phase: .any,
        steps: [
          Step(.roll, target: "calves", duration: .seconds(10)),
          byKey(Step(repsOf: "Raises", target: "calves", count: 5)),
          Step(.hold, target: "hips", duration: .seconds(5)),
        ]),
      settings: Plan.Settings(leadIn: .seconds(1), countIn: .zero))
    var store = TestStore.inFirstStep(plan)
    store.send(.inputEnded(at: .seconds(2)), effects: []) {
      $0.checkInState.inputEnded = true
    }
    let total = Double(plan.total.nanoseconds) / 1e9
    store.send(
      .tick(at: .seconds(11)),
      effects: [ended(1, .done, left: 0)] + entered(2, in: plan) + [
        .countedRepsSkipped, ended(2, .skipped, left: nil),
      ] + entered(3, in: plan),
      journal: written(
        plan, planned: total, active: 11, steps: [1: (10, .done)], running: (2, 5))
    ) {
      $0.records[1] = ItemRecord(elapsed: .seconds(10), outcome: .done)
      $0.records[2] = ItemRecord(elapsed: .zero, outcome: .skipped, repsDone: 0)
      $0.index = 3
      $0.clock = ItemClock(length: .seconds(5), runningSince: .seconds(11))
    }
  }
}
