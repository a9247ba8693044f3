import GlideCore
import Testing

private func at(_ seconds: Double) -> Instant { .seconds(seconds) }

private let plan = Plan(
  Routine(
    id: "w", name: "W", summary: "", phase: .any,
    steps: [
      Step(.roll, target: "calves", sides: .both, duration: .seconds(60)),
      Step(.hold, target: "calves", duration: .seconds(180), breath: BreathPattern("4-6")),
      Step(.rest, target: "rest", duration: .seconds(20)),
      Step(.breathe, target: "breath", duration: .seconds(60), breath: BreathPattern("4-6")),
    ]),
  settings: Plan.Settings(leadIn: .seconds(1), countIn: .zero))

/// The session after `skips` presses of `n` at 0 s.
private func after(skips: Int) -> SessionState {
  var state = SessionState(plan: plan)
  _ = reduce(&state, .start(at: at(0)))
  for _ in 0..<skips { _ = reduce(&state, .skip(at: at(0))) }
  return state
}

@Suite struct ScreenWordsTests {
  @Test func headingsSayEachWordOnce() {
    let state = after(skips: 0)
    #expect(
      plan.items.map { state.heading(of: $0) } == [
        "GET READY", "ROLL · left calves", "SWITCH SIDES · right calves next",
        "ROLL · right calves", "HOLD · calves · breath 4-6", "REST", "BREATHE · 4-6",
      ])
  }

  @Test func theGetReadyNamesTheFirstStepOnceAndNextNamesWhatFollowsASwitch() {
    let lead = after(skips: 0)
    #expect(lead.firstStepLine == "First: roll · left calves · 1:00")
    #expect(lead.nextLine == "Then: roll · right calves · 1:00")
    #expect(after(skips: 1).nextLine == "Next: switch sides, then roll · right calves · 1:00")
    #expect(after(skips: 4).nextLine == "Next: rest · 0:20")
    #expect(after(skips: 5).nextLine == "Next: breathe · 1:00")
    #expect(after(skips: 6).nextLine == "Next: end of session")
  }

  @Test func repsSayHowTheyAreCountedAndManualRepsSaySoLarge() {
    var parts = Step(repsOf: "Bridges", target: "hips", count: 8, tempo: .seconds(5))
    parts.tempoPhases = [.seconds(2), .seconds(1), .seconds(2)]
    let reps = Plan(
      Routine(
        id: "r", name: "R", summary: "", phase: .any,
        steps: [
          parts, Step(repsOf: "Squats", target: "quads", count: 8),
          Step(repsOf: "Circles", target: "hips", count: 8, byKey: true),
        ]))
    let state = SessionState(plan: reps)
    #expect(
      reps.items[1...].map { state.repsHint(of: $0) } == [
        "one rep every 5s: out, hold, back", "one rep every 3s", "PRESS ENTER AFTER EACH REP",
      ])
  }

  @Test func thePreviewShowsAHoldAsItWillRunAfterPressure() {
    var state = after(skips: 3)
    #expect(state.nextLine == "Next: hold · calves · 3:00")
    _ = reduce(&state, .flagPressure(at: at(1)))
    #expect(state.nextLine == "Next: hold · calves · 2:00")
  }

  @Test func timePerAreaLeavesOutRestAndBreathAndPressureSaysWhatHappened() {
    var state = after(skips: 3)
    _ = reduce(&state, .flagPressure(at: at(30)))
    _ = reduce(&state, .skip(at: at(50)))
    let skippedHold = state.report(.interrupted, at: at(50))
    #expect(skippedHold.pressureText == "too much at step 2 (right calves)")
    _ = reduce(&state, .tick(at: at(80)))
    var summary = state.report(.interrupted, at: at(80))
    #expect(
      summary.pressureText
        == "too much at step 2 (right calves); step 3 (calves) eased to 2:00 after too much pressure"
    )
    _ = reduce(&state, .skip(at: at(80)))
    _ = reduce(&state, .tick(at: at(100)))
    _ = reduce(&state, .tick(at: at(130)))
    summary = state.report(.interrupted, at: at(130))
    #expect(summary.steps.map(\.technique).suffix(2) == [.rest, .breathe])
    #expect(summary.steps.last?.elapsed == .seconds(30), "the breathing ran, yet is no area")
    #expect(summary.timeByTarget.map(\.target) == ["calves"])
  }

  /// A step left within its grace is skipped, and a skipped step worked no area: the
  /// summary's "Worked" counts as `glide stats` does, so the two never differ by the
  /// seconds before an `n`.
  @Test func aStepSkippedWithinItsGraceWorksNoArea() {
    var state = after(skips: 1)
    _ = reduce(&state, .tick(at: at(2)))
    _ = reduce(&state, .skip(at: at(2)))
    let summary = state.report(.interrupted, at: at(2))
    #expect(summary.steps.first?.outcome == .skipped)
    #expect(summary.steps.first?.elapsed == .seconds(2))
    #expect(summary.timeByTarget.allSatisfy { $0.time == .zero }, "\(summary.timeByTarget)")
  }
}
