import GlideCore
import Testing

private let at = Fixture.at

/// What a report says of the clock running at its instant, and what more time on that
/// clock makes of a step: what recovery after a crash credits.
@Suite struct RunningClockTests {
  @Test func aReportNamesTheRunningStepAndItsTimeLeftAndNothingWhilePaused() {
    var state = SessionState(plan: Fixture.plan)
    _ = reduce(&state, .start(at: at(0)))
    // The lead-in runs a clock but is no step.
    #expect(
      state.report(.interrupted, at: at(4)).running
        == Summary.RunningClock(step: nil, left: .seconds(6)))
    _ = reduce(&state, .tick(at: at(10)))
    #expect(
      state.report(.interrupted, at: at(14)).running
        == Summary.RunningClock(step: 0, left: .seconds(56)))
    // Past the first side, the switch to the other is no step; the other side is the
    // second step.
    _ = reduce(&state, .tick(at: at(71)))
    #expect(state.item?.kind != .step)
    #expect(state.report(.interrupted, at: at(71)).running?.step == nil)
    var now = 71.0
    while state.item?.kind != .step, now < 100 {
      now += 1
      _ = reduce(&state, .tick(at: at(now)))
    }
    #expect(state.report(.interrupted, at: at(now)).running?.step == 1)
    _ = reduce(&state, .togglePause(at: at(now)))
    #expect(state.report(.interrupted, at: at(now + 8)).running == nil)
    _ = reduce(&state, .togglePause(at: at(now + 8)))
    #expect(state.report(.interrupted, at: at(now + 9), includeCurrent: false).running == nil)
    _ = reduce(&state, .stop(at: at(now + 10)))
    #expect(state.summary?.running == nil, "the final summary names no running clock")
  }

  @Test func creditedTimeLengthensTheStepAndDecidesItAsACutOff() {
    let hold = Summary.StepResult(
      number: 2, technique: .hold, target: "hamstrings", side: nil, planned: .seconds(60),
      elapsed: .seconds(1), outcome: .skipped)
    let longer = hold.credited(.seconds(4), toTheEnd: false)
    #expect(longer.elapsed == .seconds(5) && longer.outcome == .partial)
    let brief = hold.credited(.seconds(1), toTheEnd: false)
    // Cut off as it ran, it was worked: a kill is not the person skipping it.
    #expect(brief.elapsed == .seconds(2) && brief.outcome == .partial, "under 3 s")
    var unstarted = hold
    unstarted.elapsed = .zero
    #expect(unstarted.credited(.zero, toTheEnd: false).outcome == .skipped, "it never ran")
    #expect(hold.credited(.seconds(59), toTheEnd: true).outcome == .done)
    let reps = Summary.StepResult(
      number: 3, technique: .reps, target: "calves", side: nil, planned: .seconds(30),
      elapsed: .seconds(1), outcome: .skipped, repsTarget: 10, repsDone: 0)
    #expect(reps.credited(.seconds(5), toTheEnd: false).outcome == .skipped, "no rep counted")
    let ended = reps.credited(.seconds(29), toTheEnd: true)
    #expect(ended.outcome == .done && ended.repsDone == 10)
  }
}
