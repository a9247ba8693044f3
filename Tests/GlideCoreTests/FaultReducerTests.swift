import GlideCore
import Testing

/// What a kill, a stop of the process or a garbled screen leave of a session: the
/// journal at each moment, written out.
@Suite struct FaultReducerTests {
  /// The fixture with a 1 s get-ready and no count-in: 159 s planned.
  static let plan = Plan(
    Fixture.routine, settings: Plan.Settings(leadIn: .seconds(1), countIn: .zero))

  /// The fixture's record as a journal holds it: the left roll worked `roll` seconds.
  static func journal(
    active: Double, paused: Double, roll: (Double, StepOutcome) = (0, .skipped),
    running: (step: Int?, left: Double?)? = nil
  ) -> Summary {
    Fixture.record(
      planned: 159, active: active, paused: paused, steps: [1: roll], running: running)
  }

  @Test func aStepPausedInItsFirstSecondsIsJournaledPartialWithItsTime() {
    var store = TestStore.inFirstStep(Self.plan)
    // 2 s into the roll: a kill now must not log it skipped, as it ran.
    store.send(
      .togglePause(at: .seconds(3)), effects: [.paused(index: 1, remaining: .seconds(58))],
      journal: Self.journal(active: 3, paused: 0, roll: (2, .partial))
    ) {
      $0.mode = .paused
      $0.clock = ItemClock(length: .seconds(60), banked: .seconds(2))
      $0.pausedSince = .seconds(3)
    }
    // Left by the person within its first seconds, it is skipped, as before.
    store.send(
      .skip(at: .seconds(4)),
      effects: [ended(1, .skipped, left: 58)] + entered(2, in: Self.plan) + [
        .stillPaused(index: 2)
      ],
      journal: Self.journal(active: 3, paused: 1, roll: (2, .skipped))
    ) {
      $0.records[1] = ItemRecord(elapsed: .seconds(2), outcome: .skipped)
      $0.index = 2
      $0.clock = ItemClock(length: .seconds(5))
    }
  }

  @Test func aPauseKeepsItsLengthInTheJournalEveryTenSeconds() {
    var store = TestStore.inFirstStep(Self.plan)
    store.send(
      .togglePause(at: .seconds(11)), effects: [.paused(index: 1, remaining: .seconds(50))],
      journal: Self.journal(active: 11, paused: 0, roll: (10, .partial))
    ) {
      $0.mode = .paused
      $0.clock = ItemClock(length: .seconds(60), banked: .seconds(10))
      $0.pausedSince = .seconds(11)
    }
    #expect(store.state.heartbeat == .seconds(21))
    store.send(.tick(at: .seconds(15)), effects: [])
    store.send(
      .tick(at: .seconds(21)), effects: [],
      refresh: Self.journal(active: 11, paused: 10, roll: (10, .partial)))
    #expect(store.state.heartbeat == .seconds(31))
  }

  @Test func anEventFarPastTheWakeAskedForPausesFromThatWake() {
    var store = TestStore.inFirstStep(Self.plan, stallAfter: .seconds(2))
    #expect(store.state.latestWake(after: .seconds(1)) == .seconds(2))
    // Within the allowance, a late wake is only late.
    store.send(.tick(at: .seconds(4)), effects: [])
    // Stopped (SIGSTOP) after the wake at 4 s, continued at 40 s: the 35 s from the wake
    // it missed, at 5 s, are paused time.
    store.send(
      .tick(at: .seconds(40)), effects: [.paused(index: 1, remaining: .seconds(56))],
      journal: Self.journal(active: 5, paused: 35, roll: (4, .partial))
    ) {
      $0.mode = .paused
      $0.clock = ItemClock(length: .seconds(60), banked: .seconds(4))
      $0.pausedSince = .seconds(5)
    }
    // The key that came with it acts on the paused session: space resumes.
    store.send(
      .togglePause(at: .seconds(41)), effects: [.resumed(index: 1, remaining: .seconds(56))],
      journal: Self.journal(
        active: 5, paused: 36, roll: (4, .partial),
        running: (0, 56))
    ) {
      $0.mode = .running
      $0.clock = ItemClock(length: .seconds(60), banked: .seconds(4), runningSince: .seconds(41))
      $0.pausedSince = nil
      $0.pausedTotal = .seconds(36)
    }
  }

  @Test func aStopDuringTheCountInPausesAgain() {
    let plan = Plan(Fixture.routine, settings: Plan.Settings(leadIn: .seconds(1)))
    var store = TestStore.inFirstStep(plan, stallAfter: .seconds(2))
    store.skip(.togglePause(at: .seconds(3)), .tick(at: .seconds(13)))
    store.send(.togglePause(at: .seconds(20)), effects: cued(.countdown(3), in: plan)) {
      $0.mode = .countingIn(until: .seconds(23), cued: 3)
    }
    // Stopped at the count-in's "3", continued 60 s later: it never resumed.
    store.send(
      .tick(at: .seconds(80)), effects: [],
      refresh: Self.journal(active: 3, paused: 77, roll: (2, .partial))
    ) { $0.mode = .paused }
    #expect(store.state.pausedSince == .seconds(3))
  }

  @Test func ctrlLRepaintsInEveryModeAndChangesNothing() {
    var store = TestStore.inFirstStep(Self.plan)
    store.send(.repaint(at: .seconds(2)), effects: [.repaintAll])
    store.skip(.togglePause(at: .seconds(3)))
    store.send(.repaint(at: .seconds(4)), effects: [.repaintAll])
    store.skip(.requestQuit(at: .seconds(5)))
    store.send(.repaint(at: .seconds(6)), effects: [.repaintAll])
    store.skip(.confirmQuit(at: .seconds(7)))
    #expect(store.state.isFinished)
    store.send(.repaint(at: .seconds(8)), effects: [.repaintAll])
  }
}
