import GlideCore
import Testing

private let at = Fixture.at
private func clock(_ index: Int, banked: Double = 0, since: Double?) -> ItemClock {
  Fixture.clock(index, banked: banked, since: since)
}

@Suite struct ReducerTests {
  /// Starts the fixture session at 0 s.
  /// Started, and the get-ready skipped at once: the left calves' roll runs from 0 s.
  func inFirstRoll() -> TestStore {
    var store = started()
    store.send(
      .skip(at: at(0)), effects: [ended(0, .skipped, left: 10)] + entered(1),
      journal: Fixture.record(active: 0, running: (0, 60))
    ) {
      $0.records[0] = ItemRecord(elapsed: .zero, outcome: .skipped)
      $0.index = 1
      $0.clock = clock(1, since: 0)
    }
    return store
  }

  func started() -> TestStore {
    var store = TestStore(Fixture.plan)
    store.send(
      .start(at: at(0)), effects: entered(0),
      journal: Fixture.record(active: 0, running: (nil, 10))
    ) {
      $0.mode = .running
      $0.startedAt = at(0)
      $0.clock = clock(0, since: 0)
    }
    return store
  }

  @Test func leadInCountsDownAndHandsOverAtItsDeadline() {
    var store = started()
    store.send(.tick(at: at(6.5)), effects: [])
    store.send(.tick(at: at(7)), effects: cued(.countdown(3))) { $0.countdownCued = 3 }
    store.send(.tick(at: at(8.2)), effects: cued(.countdown(2))) { $0.countdownCued = 2 }
    store.send(.tick(at: at(9)), effects: cued(.countdown(1))) { $0.countdownCued = 1 }
    // A late tick: the next item still starts exactly at the deadline (10 s).
    // A kill now finds the roll 0.3 s in: worked, so partial.
    store.send(
      .tick(at: at(10.3)), effects: [ended(0, .done, left: 0)] + entered(1),
      journal: Fixture.record(active: 10.3, steps: [1: (0.3, .partial)], running: (0, 59.7))
    ) {
      $0.index = 1
      $0.clock = clock(1, since: 10)
      $0.countdownCued = nil
      $0.records[0] = ItemRecord(elapsed: .seconds(10), outcome: .done)
    }
    #expect(store.state.readout(at: at(10.3)).remainingSeconds == 60)
  }

  @Test func startTwiceAndEventsBeforeStartAreIgnored() {
    var store = TestStore(Fixture.plan)
    for event: Event in [
      .tick(at: at(1)), .togglePause(at: at(1)), .skip(at: at(1)), .back(at: at(1)),
      .extend(by: .seconds(15), at: at(1)), .countRep(at: at(1)), .requestQuit(at: at(1)),
      .confirmQuit(at: at(1)), .cancelQuit(at: at(1)), .stop(at: at(1)), .toggleHelp(at: at(1)),
      .closeOverlay(at: at(1)), .suspend(at: at(1)), .interrupt(at: at(1)), .dismiss(at: at(1)),
    ] {
      store.send(event, effects: [])
    }
    var running = started()
    running.send(.start(at: at(2)), effects: [])
  }

  @Test func pauseStoresRemainingAndResumeSetsANewDeadline() {
    var store = started()
    func paused(_ s: inout SessionState) {
      s.mode = .paused
      s.clock = clock(0, banked: 4, since: nil)
      s.pausedSince = at(4)
      s.journaledAt = at(4)
    }
    func record(paused: Double) -> Summary {
      Summary(
        routineID: "fixture", routineName: "Fixture", outcome: .interrupted,
        planned: .seconds(168), active: .seconds(4), paused: .seconds(paused),
        steps: Fixture.unworked())
    }
    store.send(
      .togglePause(at: at(4)), effects: [.paused(index: 0, remaining: .seconds(6))],
      journal: record(paused: 0), paused)
    #expect(store.state.nextWake(after: at(4), widths: ReadoutWidths(step: 40)) == nil)
    // Nothing on screen moves, but a heartbeat keeps the pause's length in the journal.
    #expect(store.state.heartbeat == at(14))
    store.send(.tick(at: at(100)), effects: [], refresh: record(paused: 96))
    store.send(.suspend(at: at(100)), effects: [.suspend])
    #expect(store.state.readout(at: at(100)).remainingSeconds == 6)
    #expect(store.state.paused(at: at(100)) == .seconds(96))
    store.send(
      .togglePause(at: at(104)), effects: [.resumed(index: 0, remaining: .seconds(6))],
      journal: Fixture.record(active: 4, paused: 100, running: (nil, 6))
    ) {
      $0.mode = .running
      $0.clock = clock(0, banked: 4, since: 104)
      $0.pausedSince = nil
      $0.pausedTotal = .seconds(100)
    }
    #expect(store.state.clock.deadline == at(110))
    #expect(store.state.active(at: at(110)) == .seconds(10))
  }

  @Test func extendMovesTheDeadlineButNeverBelowOneSecond() {
    var store = started()
    store.send(.extend(by: .seconds(15), at: at(2)), effects: [changed(0, 15, left: 23)]) {
      $0.clock.length = .seconds(25)
      $0.records[0].chosen = .seconds(25)
    }
    #expect(store.state.clock.deadline == at(25))
    store.send(.extend(by: .seconds(-15), at: at(3)), effects: [changed(0, -15, left: 7)]) {
      $0.clock.length = .seconds(10)
      $0.records[0].chosen = .seconds(10)
    }
    // Cut short at a second left: the change is what was taken.
    store.send(.extend(by: .seconds(-15), at: at(4)), effects: [changed(0, -5, left: 1)]) {
      $0.clock.length = .seconds(5)
      $0.records[0].chosen = .seconds(5)
    }
    #expect(store.state.clock.remaining(at: at(4)) == .seconds(1))
    // Already at the floor: nothing changes.
    store.send(.extend(by: .seconds(-15), at: at(4)), effects: cued(.countdown(1))) {
      $0.countdownCued = 1
    }
    store.send(.extend(by: .seconds(15), at: at(4.5)), effects: [changed(0, 15, left: 15.5)]) {
      $0.clock.length = .seconds(20)
      $0.records[0].chosen = .seconds(20)
      $0.countdownCued = nil
    }
  }

  @Test func skipRecordsPartialOrSkippedAndStartsTheNextItem() {
    var store = started()
    store.send(
      .skip(at: at(1)), effects: [ended(0, .skipped, left: 9)] + entered(1),
      journal: Fixture.record(active: 1, running: (0, 60))
    ) {
      $0.records[0] = ItemRecord(elapsed: .seconds(1), outcome: .skipped)
      $0.index = 1
      $0.clock = clock(1, since: 1)
    }
    store.send(
      .skip(at: at(31)), effects: [ended(1, .partial, left: 30)] + entered(2),
      journal: Fixture.record(active: 31, steps: [1: (30, .partial)], running: (nil, 5))
    ) {
      $0.records[1] = ItemRecord(elapsed: .seconds(30), outcome: .partial)
      $0.index = 2
      $0.clock = clock(2, since: 31)
    }
  }

  @Test func backWithinThreeSecondsGoesToThePreviousStepOtherwiseRestarts() {
    var store = inFirstRoll()
    // 20 s into the roll: restart it, banking the 20 s.
    store.send(
      .back(at: at(20)), effects: [ended(1, .partial, left: 40)] + entered(1),
      journal: Fixture.record(active: 20, steps: [1: (20, .partial)], running: (0, 60))
    ) {
      $0.records[1] = ItemRecord(elapsed: .seconds(20), outcome: .partial)
      $0.clock = clock(1, since: 20)
    }
    // The first step has no step before it: back within 3 s restarts it.
    store.send(
      .back(at: at(21)), effects: [ended(1, .partial, left: 59)] + entered(1),
      journal: Fixture.record(active: 21, steps: [1: (21, .partial)], running: (0, 60))
    ) {
      $0.records[1] = ItemRecord(elapsed: .seconds(21), outcome: .partial)
      $0.clock = clock(1, since: 21)
    }
    store.send(
      .skip(at: at(50)), effects: [ended(1, .partial, left: 31)] + entered(2),
      journal: Fixture.record(active: 50, steps: [1: (50, .partial)], running: (nil, 5))
    ) {
      $0.records[1] = ItemRecord(elapsed: .seconds(50), outcome: .partial)
      $0.index = 2
      $0.clock = clock(2, since: 50)
    }
    store.send(
      .skip(at: at(51)), effects: [ended(2, .skipped, left: 4)] + entered(3),
      journal: Fixture.record(active: 51, steps: [1: (50, .partial)], running: (1, 60))
    ) {
      $0.records[2] = ItemRecord(elapsed: .seconds(1), outcome: .skipped)
      $0.index = 3
      $0.clock = clock(3, since: 51)
    }
    // Within 3 s of the right side: back skips over the switch to the left side.
    store.send(
      .back(at: at(53)), effects: [ended(3, .skipped, left: 58)] + entered(1),
      journal: Fixture.record(
        active: 53, steps: [1: (50, .partial), 2: (2, .skipped)], running: (0, 60))
    ) {
      $0.records[3] = ItemRecord(elapsed: .seconds(2), outcome: .skipped)
      $0.index = 1
      $0.clock = clock(1, since: 53)
    }
  }

  @Test func countedRepsAdvanceOnTheLastRep() {
    var store = started()
    let lengths: [Double] = [10, 60, 5, 60]
    let journals = [
      Fixture.record(active: 1, running: (0, 60)),
      Fixture.record(active: 2, steps: [1: (1, .skipped)], running: (nil, 5)),
      Fixture.record(active: 3, steps: [1: (1, .skipped)], running: (1, 60)),
      Fixture.record(active: 4, steps: [1: (1, .skipped), 2: (1, .skipped)], running: (2, nil)),
    ]
    for index in 1...4 {
      let time = Double(index)
      store.send(
        .skip(at: at(time)),
        effects: [ended(index - 1, .skipped, left: lengths[index - 1] - 1)] + entered(index),
        journal: journals[index - 1]
      ) {
        $0.records[index - 1] = ItemRecord(elapsed: .seconds(1), outcome: .skipped)
        $0.index = index
        $0.clock = clock(index, since: time)
        // Both sides were skipped: nothing to compare, so nothing is asked.
      }
    }
    // No clock ends reps counted by key: the only wake is the reminder 10 s on.
    #expect(
      store.state.nextWake(after: at(4), widths: ReadoutWidths(step: 40, session: 40)) == at(14))
    // Reps have no length to change; said, as a key not taken reads as lost.
    store.send(
      .extend(by: .seconds(15), at: at(5)), effects: [.noted(.lengthIsForTimedSteps)]
    ) {
      $0.note = .lengthIsForTimedSteps
    }
    store.send(.countRep(at: at(6)), effects: cued(.rep(1))) {
      $0.repsDone = 1
      $0.beat = SessionState.Beat(from: .seconds(2), reps: 1)
    }
    store.send(.countRep(at: at(7)), effects: cued(.rep(2))) {
      $0.repsDone = 2
      $0.beat = SessionState.Beat(from: .seconds(3), reps: 2)
    }
    store.send(
      .countRep(at: at(8)), effects: cued(.rep(3)) + [ended(4, .done, left: nil)] + entered(5),
      journal: Fixture.record(
        active: 8, steps: [1: (1, .skipped), 2: (1, .skipped), 3: (4, .done)], reps: [3: 3],
        running: (3, 20))
    ) {
      $0.records[4] = ItemRecord(elapsed: .seconds(4), outcome: .done, repsDone: 3)
      $0.index = 5
      $0.repsDone = 0
      $0.beat = SessionState.Beat()
      $0.clock = clock(5, since: 8)
      $0.rating = nil
      $0.note = nil
    }
    // Enter does nothing outside counted reps.
    store.send(.countRep(at: at(9)), effects: [])
  }

  @Test func pacedRepsCountThemselvesAndTheLastEndsTheSession() {
    var store = started()
    let lengths: [Double?] = [10, 60, 5, 60, nil]
    let running: [(Int?, Double?)] = [(0, 60), (nil, 5), (1, 60), (2, nil), (3, 20)]
    for index in 1...5 {
      store.send(
        .skip(at: at(0)),
        effects: [ended(index - 1, .skipped, left: lengths[index - 1])] + entered(index),
        journal: Fixture.record(active: 0, running: running[index - 1])
      ) {
        $0.records[index - 1] = ItemRecord(
          elapsed: .zero, outcome: .skipped, repsDone: index - 1 == 4 ? 0 : nil)
        $0.index = index
        $0.clock = clock(index, since: 0)
      }
    }
    store.send(
      .skip(at: at(0)), effects: [ended(5, .skipped, left: 20)] + entered(6),
      journal: Fixture.record(active: 0, running: (4, 4))
    ) {
      $0.records[5] = ItemRecord(elapsed: .zero, outcome: .skipped)
      $0.index = 6
      $0.clock = clock(6, since: 0)
    }
    store.send(.tick(at: at(2)), effects: cued(.rep(1))) { $0.repsDone = 1 }
    let summary = Fixture.record(.completed, active: 4, steps: [5: (4, .done)], reps: [5: 2])
    store.send(
      .tick(at: at(4)),
      effects: cued(.rep(2)) + [ended(6, .done, left: 0)] + cued(.sessionComplete) + [
        .sessionEnded(.completed, index: 6, remaining: .zero), .appendLog(summary),
      ]
    ) {
      $0.repsDone = 2
      $0.records[6] = ItemRecord(elapsed: .seconds(4), outcome: .done, repsDone: 2)
      $0.clock = ItemClock(length: .seconds(4), banked: .seconds(4), runningSince: nil)
      $0.endedAt = at(4)
      $0.mode = .finished(summary)
    }
    #expect(summary.outcome == .completed)
    #expect(summary.steps.map(\.outcome) == [.skipped, .skipped, .skipped, .skipped, .done])
    #expect(summary.repsDone == 2)
    #expect(summary.repsTarget == 5)
    // Nothing acts after the end but leaving.
    store.send(.skip(at: at(5)), effects: [])
    store.send(.stop(at: at(5)), effects: [.quit])
  }
}
