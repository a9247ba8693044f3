import GlideCore
import Testing

private let at = Fixture.at
private func clock(_ index: Int, banked: Double = 0, since: Double?) -> ItemClock {
  Fixture.clock(index, banked: banked, since: since)
}

/// Asking to quit, ending, the help, late events and the journal's pace: the rest of the
/// reducer's exact tests, on `ReducerTests`' stores.
extension ReducerTests {
  @Test func quitAsksFirstAndCancelReturnsToWhatWasBefore() {
    var store = started()
    store.send(
      .requestQuit(at: at(2)), effects: [.askedToQuit], refresh: Fixture.record(active: 2)
    ) {
      $0.mode = .confirmingQuit(from: .running)
      $0.clock = clock(0, banked: 2, since: nil)
      $0.pausedSince = at(2)
    }
    for event: Event in [
      .skip(at: at(3)), .back(at: at(3)), .togglePause(at: at(3)), .countRep(at: at(3)),
      .toggleHelp(at: at(3)), .tick(at: at(3)), .requestQuit(at: at(3)),
    ] {
      store.send(event, effects: [])
    }
    store.send(
      .cancelQuit(at: at(5)), effects: [.quitDeclined(paused: false)],
      refresh: Fixture.record(active: 2, paused: 3, running: (nil, 8))
    ) {
      $0.mode = .running
      $0.clock = clock(0, banked: 2, since: 5)
      $0.pausedSince = nil
      $0.pausedTotal = .seconds(3)
    }
    store.send(
      .togglePause(at: at(6)), effects: [.paused(index: 0, remaining: .seconds(7))],
      journal: Fixture.record(active: 3, paused: 3)
    ) {
      $0.mode = .paused
      $0.clock = clock(0, banked: 3, since: nil)
      $0.pausedSince = at(6)
    }
    store.send(.requestQuit(at: at(7)), effects: [.askedToQuit]) {
      $0.mode = .confirmingQuit(from: .paused)
    }
    store.send(.cancelQuit(at: at(8)), effects: [.quitDeclined(paused: true)]) {
      $0.mode = .paused
    }
    #expect(store.state.pausedSince == at(6))
  }

  @Test func theQuitQuestionJournalsTheClockStoppedAndNoJournalsItRunningAgain() {
    var store = inFirstRoll()
    // No clock named: a crash while asked is credited nothing past the question.
    store.send(
      .requestQuit(at: at(20)), effects: [.askedToQuit],
      refresh: Fixture.record(active: 20, steps: [1: (20, .partial)])
    ) {
      $0.mode = .confirmingQuit(from: .running)
      $0.clock = clock(1, banked: 20, since: nil)
      $0.pausedSince = at(20)
    }
    // While asked, no clock runs and the wakes journal nothing.
    store.send(.tick(at: at(35)), effects: [])
    // The question's time is not the step's.
    store.send(
      .cancelQuit(at: at(50)), effects: [.quitDeclined(paused: false)],
      refresh: Fixture.record(
        active: 20, paused: 30, steps: [1: (20, .partial)], running: (0, 40))
    ) {
      $0.mode = .running
      $0.clock = clock(1, banked: 20, since: 50)
      $0.pausedSince = nil
      $0.pausedTotal = .seconds(30)
    }
    // The wakes' refreshes count their interval from "no".
    store.send(.tick(at: at(59)), effects: [])
    store.send(
      .tick(at: at(60)), effects: [],
      refresh: Fixture.record(
        active: 30, paused: 30, steps: [1: (30, .partial)], running: (0, 30)))
  }

  @Test func suspendingWhileAskingKeepsTheSessionPausedAfterwards() {
    var store = started()
    store.send(
      .requestQuit(at: at(1)), effects: [.askedToQuit], refresh: Fixture.record(active: 1)
    ) {
      $0.mode = .confirmingQuit(from: .running)
      $0.clock = clock(0, banked: 1, since: nil)
      $0.pausedSince = at(1)
    }
    store.send(
      .suspend(at: at(2)), effects: [.paused(index: 0, remaining: .seconds(9)), .suspend]
    ) {
      $0.mode = .confirmingQuit(from: .paused)
    }
    store.send(.suspend(at: at(2)), effects: [.suspend])
    store.send(.cancelQuit(at: at(3)), effects: [.quitDeclined(paused: true)]) {
      $0.mode = .paused
    }
  }

  @Test func confirmQuitEndsTheSessionAsStopped() {
    var store = inFirstRoll()
    store.send(
      .requestQuit(at: at(45)), effects: [.askedToQuit],
      refresh: Fixture.record(active: 45, steps: [1: (45, .partial)])
    ) {
      $0.mode = .confirmingQuit(from: .running)
      $0.clock = clock(1, banked: 45, since: nil)
      $0.pausedSince = at(45)
    }
    let summary = Fixture.record(.stopped, active: 45, paused: 5, steps: [1: (45, .partial)])
    store.send(
      .confirmQuit(at: at(50)),
      effects: [
        ended(1, .partial, left: 15), .sessionEnded(.stopped, index: 1, remaining: .seconds(15)),
        .appendLog(summary),
      ]
    ) {
      $0.records[1] = ItemRecord(elapsed: .seconds(45), outcome: .partial)
      $0.pausedSince = nil
      $0.pausedTotal = .seconds(5)
      $0.endedAt = at(50)
      $0.mode = .finished(summary)
    }
    #expect(summary.active == .seconds(45))
    #expect(summary.paused == .seconds(5))
    #expect(summary.steps.map(\.outcome) == [.partial, .skipped, .skipped, .skipped, .skipped])
    #expect(summary.steps[0].elapsed == .seconds(45))
    #expect(summary.planned == .seconds(168))
    #expect(summary.followThrough.map(\.followed) == [false])
  }

  @Test(arguments: [true, false])
  func stopAndInterruptEndAtOnceAndLeave(signalled: Bool) {
    var store = started()
    let summary = Fixture.record(.stopped, active: 3)
    store.send(
      signalled ? .stop(at: at(3)) : .interrupt(at: at(3)),
      effects: [
        ended(0, .partial, left: 7), .sessionEnded(.stopped, index: 0, remaining: .seconds(7)),
        .appendLog(summary), .quit,
      ]
    ) {
      $0.records[0] = ItemRecord(elapsed: .seconds(3), outcome: .partial)
      $0.clock = clock(0, banked: 3, since: nil)
      $0.endedAt = at(3)
      $0.mode = .finished(summary)
    }
  }

  @Test func helpOverlayOpensAndClosesWithoutTouchingTheClock() {
    var store = started()
    store.send(.toggleHelp(at: at(1)), effects: [.helpOpened(checkIn: false)]) {
      $0.overlay = .help
    }
    store.send(.closeOverlay(at: at(2)), effects: []) { $0.overlay = nil }
    store.send(.closeOverlay(at: at(3)), effects: [])
    store.send(.toggleHelp(at: at(4)), effects: [.helpOpened(checkIn: false)]) {
      $0.overlay = .help
    }
    store.send(.toggleHelp(at: at(5)), effects: []) { $0.overlay = nil }
    #expect(store.state.clock == clock(0, since: 0))
  }

  @Test func eventsFromThePastCountAsNow() {
    var store = started()
    store.send(.tick(at: at(5)), effects: [])
    store.send(
      .togglePause(at: at(2)), effects: [.paused(index: 0, remaining: .seconds(5))],
      journal: Fixture.record(active: 5)
    ) {
      $0.mode = .paused
      $0.clock = clock(0, banked: 5, since: nil)
      $0.pausedSince = at(5)
    }
  }

  @Test func journalIsWrittenAtMostEveryTenSecondsOnTicks() {
    var store = inFirstRoll()
    store.send(.tick(at: at(9)), effects: [])
    store.send(
      .tick(at: at(10)), effects: [],
      refresh: Fixture.record(active: 10, steps: [1: (10, .partial)], running: (0, 50)))
  }

  @Test func cuePhrases() {
    let plan = Fixture.plan
    #expect(Cue.itemStarted(index: 0).phrase(in: plan) == "Get ready. First: roll, left calves")
    #expect(Cue.itemStarted(index: 1).phrase(in: plan) == "Roll, left calves, 1 minute")
    #expect(Cue.itemStarted(index: 2).phrase(in: plan) == "Switch sides. Next: roll, right calves")
    #expect(
      Cue.itemStarted(index: 4).phrase(in: plan) == "Calf raises, 3 reps, press enter after each")
    #expect(Cue.countdown(3).phrase(in: plan) == "three")
    #expect(Cue.sessionComplete.phrase(in: plan) == "Session complete")
  }
}
