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

private func started() -> TestStore {
  var store = TestStore(plan)
  store.send(.start(at: at(0)), effects: [.cue(.itemStarted(index: 0)), .redraw], journaled: true) {
    $0.mode = .running
    $0.startedAt = at(0)
    $0.clock = ItemClock(length: .seconds(1), runningSince: at(0))
  }
  store.send(.tick(at: at(1)), effects: [.cue(.itemStarted(index: 1)), .redraw], journaled: true) {
    $0.records[0] = ItemRecord(elapsed: .seconds(1), outcome: .done)
    $0.index = 1
    $0.clock = ItemClock(length: .seconds(180), runningSince: at(1))
  }
  return store
}

@Suite struct CoachingTests {
  @Test func halfwayBeepsOnceInStepsOfTwoMinutesOrMore() {
    var store = started()
    #expect(store.state.nextWake(after: at(90.5), widths: ReadoutWidths()) == at(91))
    #expect(store.state.readout(at: at(90)).pastHalfway == false)
    store.send(.tick(at: at(91)), effects: [.cue(.halfway), .redraw], journaled: true) {
      $0.halfwayCued = true
    }
    #expect(store.state.readout(at: at(91)).pastHalfway == true)
    store.send(.tick(at: at(92)), effects: [.redraw])
    // A 90 s roll has no halfway cue.
    let short = SessionState(plan: plan)
    #expect(short.halfwayPoint == nil)
  }

  @Test func pressureFlagShortensThisHoldAndLaterHoldsForTheTarget() {
    var store = started()
    // 60 s into the 180 s hold: 120 s left become 80 s.
    store.send(.flagPressure(at: at(61)), effects: [.redraw]) {
      $0.pressureFlagged = [1]
      $0.easedTargets = ["calves"]
      $0.clock.length = .seconds(140)
    }
    #expect(store.state.clock.remaining(at: at(61)) == .seconds(80))
    // Flagging twice changes nothing.
    store.send(.flagPressure(at: at(62)), effects: [])
    store.send(
      .skip(at: at(70)), effects: [.cue(.itemStarted(index: 2)), .redraw], journaled: true
    ) {
      $0.records[1] = ItemRecord(elapsed: .seconds(69), outcome: .partial)
      $0.index = 2
      $0.clock = ItemClock(length: nil, runningSince: at(70))
    }
    // Reps cannot be flagged.
    store.send(.flagPressure(at: at(71)), effects: [])
    store.send(
      .skip(at: at(72)), effects: [.cue(.itemStarted(index: 3)), .redraw], journaled: true
    ) {
      $0.records[2] = ItemRecord(elapsed: .seconds(2), outcome: .skipped, repsDone: 0)
      $0.index = 3
      $0.clock = ItemClock(length: .seconds(120), runningSince: at(72))
    }
    // The quad hold keeps its full length.
    store.send(
      .skip(at: at(73)), effects: [.cue(.itemStarted(index: 4)), .redraw], journaled: true
    ) {
      $0.records[3] = ItemRecord(elapsed: .seconds(1), outcome: .skipped)
      $0.index = 4
      $0.clock = ItemClock(length: .seconds(180), runningSince: at(73))
    }
    let summary = store.state.report(.interrupted, at: at(74))
    #expect(summary.steps.map(\.pressureFlagged) == [true, false, false, false, false])
  }
}
