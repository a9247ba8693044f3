import GlideCore
import Testing

private let at = Fixture.at

/// A session paused in its roll: what the step keys do while paused, and what every event
/// does once the summary is up.
@Suite struct PausedAndFinishedTests {
  private func pausedInRoll() -> TestStore {
    var store = TestStore(Fixture.plan)
    store.skip(.start(at: .seconds(0)))
    store.skip(.skip(at: .seconds(0)))
    store.skip(.togglePause(at: .seconds(20)))
    return store
  }

  @Test func skipBackAndExtendWhilePausedStayPaused() {
    var store = pausedInRoll()
    #expect(store.state.mode == .paused)
    store.send(
      .extend(by: .seconds(15), at: .seconds(25)),
      effects: [.lengthChanged(index: 1, by: .seconds(15), remaining: .seconds(55))]
    ) {
      $0.clock.length = .seconds(75)
      $0.records[1].chosen = .seconds(75)
    }
    store.send(.countRep(at: .seconds(26)), effects: [])
    // The step is planned at the length chosen, and kept at it when gone back to.
    store.send(
      .skip(at: .seconds(30)),
      effects: [ended(1, .partial, left: 55)] + entered(2) + [.stillPaused(index: 2)],
      journal: Fixture.record(
        planned: 183, active: 20, paused: 10, steps: [1: (20, .partial)],
        changed: [1: (75, 60)])
    ) {
      $0.records[1] = ItemRecord(
        elapsed: .seconds(20), outcome: .partial, chosen: .seconds(75))
      $0.index = 2
      $0.clock = ItemClock(length: .seconds(5))
    }
    #expect(store.state.clock.runningSince == nil, "the next item waits, paused")
    store.send(
      .back(at: .seconds(31)),
      effects: [ended(2, .skipped, left: 5)] + entered(1, length: .seconds(75))
        + [.stillPaused(index: 1)],
      journal: Fixture.record(
        planned: 183, active: 20, paused: 11, steps: [1: (20, .partial)],
        changed: [1: (75, 60)])
    ) {
      $0.records[2] = ItemRecord(elapsed: .zero, outcome: .skipped)
      $0.index = 1
      $0.clock = ItemClock(length: .seconds(75))
    }
    store.send(
      .flagPressure(at: .seconds(32)), effects: [.easedOff(index: 1, shortenedTo: nil)]
    ) {
      $0.records[1].pressureFlagged = true
    }
    store.send(
      .togglePause(at: .seconds(40)), effects: [.resumed(index: 1, remaining: .seconds(75))],
      journal: Fixture.record(
        planned: 183, active: 20, paused: 20, steps: [1: (20, .partial)], flagged: [1],
        changed: [1: (75, 60)], running: (0, 75))
    ) {
      $0.mode = .running
      $0.pausedSince = nil
      $0.pausedTotal = .seconds(20)
      $0.clock.runningSince = .seconds(40)
    }
  }

  @Test func everyEventAfterTheSummaryDoesNothingButLeaveOrSuspend() {
    var store = pausedInRoll()
    store.skip(.stop(at: .seconds(50)))
    #expect(store.state.isFinished)
    let t = Instant.seconds(60)
    for event: Event in [
      .start(at: t), .tick(at: t), .togglePause(at: t), .skip(at: t), .back(at: t),
      .extend(by: .seconds(15), at: t), .countRep(at: t), .requestQuit(at: t), .confirmQuit(at: t),
      .cancelQuit(at: t), .flagPressure(at: t), .rate(3, at: t), .skipRating(at: t),
      .toggleHelp(at: t), .closeOverlay(at: t),
    ] {
      store.send(event, effects: [])
    }
    store.send(.suspend(at: t), effects: [.suspend])
    for event: Event in [.stop(at: t), .interrupt(at: t), .dismiss(at: t)] {
      store.send(event, effects: [.quit])
    }
  }
}
