import GlideCore
import Testing

private func at(_ seconds: Double) -> Instant { .seconds(seconds) }

/// A 1 s get-ready, then a 20 s hold paced 4-6.
private func plan(breathCues: Bool) -> Plan {
  Plan(
    Routine(
      id: "b", name: "B", summary: "", phase: .any,
      steps: [
        Step(.hold, target: "upper back", duration: .seconds(20), breath: BreathPattern("4-6"))
      ]),
    settings: Plan.Settings(leadIn: .seconds(1), breathCues: breathCues))
}

/// The session of `plan` one tick into the paced hold.
private func inTheHold(_ plan: Plan, cued: Int?) -> TestStore {
  var store = TestStore(plan)
  store.send(.start(at: at(0)), effects: entered(0, in: plan), journaled: true) {
    $0.mode = .running
    $0.startedAt = at(0)
    $0.clock = ItemClock(length: .seconds(1), runningSince: at(0))
  }
  store.send(
    .tick(at: at(1)), effects: [ended(0, .done, left: 0)] + entered(1, in: plan), journaled: true
  ) {
    $0.records[0] = ItemRecord(elapsed: .seconds(1), outcome: .done)
    $0.index = 1
    $0.clock = ItemClock(length: .seconds(20), runningSince: at(1))
    $0.breathCued = cued
  }
  return store
}

@Suite struct BreathCueTests {
  @Test func eachBreathPhaseAfterTheFirstIsCuedOnce() {
    var store = inTheHold(plan(breathCues: true), cued: 0)
    store.send(.tick(at: at(4.5)), effects: [])
    store.send(.tick(at: at(5)), effects: [.ring(.breath(.exhale))]) { $0.breathCued = 1 }
    store.send(.tick(at: at(10.9)), effects: [])
    // (Progress is refreshed in the journal every 10 s, unsynced.)
    store.send(.tick(at: at(11)), effects: [.ring(.breath(.inhale))], refreshed: true) {
      $0.breathCued = 2
    }
    // A cue that comes with another comes first, so the other is the last.
    store.send(
      .tick(at: at(19)),
      effects: [.ring(.breath(.exhale))] + cued(.countdown(2), in: plan(breathCues: true))
    ) {
      $0.breathCued = 3
      $0.countdownCued = 2
    }
  }

  @Test func aPauseHoldsTheBreathCues() {
    var store = inTheHold(plan(breathCues: true), cued: 0)
    store.send(
      .togglePause(at: at(3)), effects: [.paused(index: 1, remaining: .seconds(18))],
      journaled: true
    ) {
      $0.mode = .paused
      $0.pausedSince = at(3)
      $0.clock = ItemClock(length: .seconds(20), banked: .seconds(2))
    }
    store.send(.tick(at: at(30)), effects: [])
  }

  @Test func withoutBreathCuesNoneIsGiven() {
    var store = inTheHold(plan(breathCues: false), cued: nil)
    store.send(.tick(at: at(5)), effects: [])
    store.send(.tick(at: at(11)), effects: [], refreshed: true)
  }

  @Test func thePhaseAndItsCountFromTheStart() {
    let pattern = BreathPattern("4-2-6")!
    #expect(pattern.phase(at: .zero) == (0, .inhale))
    #expect(pattern.phase(at: .seconds(3.9)) == (0, .inhale))
    #expect(pattern.phase(at: .seconds(4)) == (1, .holdIn))
    #expect(pattern.phase(at: .seconds(6)) == (2, .exhale))
    #expect(pattern.phase(at: .seconds(12)) == (3, .inhale))
    #expect(pattern.phase(at: .seconds(25)) == (6, .inhale))
    #expect(pattern.phase(at: .seconds(-1)) == (0, .inhale))
  }
}
