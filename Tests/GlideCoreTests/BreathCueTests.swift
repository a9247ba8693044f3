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

/// The breath tones (rings) each of a run of ticks gives, one list per tick.
private func breathRings(_ plan: Plan, ticks: [Double], pauseAt: Double? = nil) -> [[Cue]] {
  var state = SessionState(plan: plan)
  _ = reduce(&state, .start(at: at(0)))
  _ = reduce(&state, .tick(at: at(1)))
  if let pauseAt { _ = reduce(&state, .togglePause(at: at(pauseAt))) }
  return ticks.map { seconds in
    reduce(&state, .tick(at: at(seconds))).compactMap { effect -> Cue? in
      if case .ring(let cue) = effect, case .breath = cue { return cue }
      return nil
    }
  }
}

/// Breath tones (`--breath-sound`) come from `.ring(.breath)` effects: once per phase after
/// the first in-breath, first of a tick's effects, and never without the setting.
@Suite struct BreathCueTests {
  @Test func eachBreathPhaseAfterTheFirstIsCuedOnce() {
    let rings = breathRings(plan(breathCues: true), ticks: [4.5, 5, 5.5, 10.9, 11, 15])
    #expect(rings == [[], [.breath(.exhale)], [], [], [.breath(.inhale)], [.breath(.exhale)]])
  }

  @Test func theToneComesFirstSoAnyOtherCueWins() {
    var state = SessionState(plan: plan(breathCues: true))
    _ = reduce(&state, .start(at: at(0)))
    _ = reduce(&state, .tick(at: at(1)))
    // A late wake at 19 s: the out-breath that began at 15 s and the 3-2-1's two together.
    let effects = reduce(&state, .tick(at: at(19)))
    #expect(effects.first == .ring(.breath(.exhale)))
    #expect(effects.contains(.ring(.countdown(2))))
  }

  @Test func aPauseHoldsTheBreathCues() {
    let rings = breathRings(plan(breathCues: true), ticks: [5, 11, 30], pauseAt: 3)
    #expect(rings == [[], [], []])
  }

  @Test func withoutBreathCuesNoneIsGiven() {
    let rings = breathRings(plan(breathCues: false), ticks: [5, 11, 15])
    #expect(rings == [[], [], []])
  }

  @Test func thePhaseAndItsCountFromTheStart() {
    let pattern = BreathPattern("4-2-6")!
    #expect(pattern.position(at: .zero) == (0, .inhale))
    #expect(pattern.position(at: .seconds(3.9)) == (0, .inhale))
    #expect(pattern.position(at: .seconds(4)) == (1, .holdIn))
    #expect(pattern.position(at: .seconds(6)) == (2, .exhale))
    #expect(pattern.position(at: .seconds(12)) == (3, .inhale))
    #expect(pattern.position(at: .seconds(25)) == (6, .inhale))
    #expect(pattern.position(at: .seconds(-1)) == (0, .inhale))
  }
}
