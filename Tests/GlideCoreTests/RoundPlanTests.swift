import GlideCore
import Testing

@Suite struct RoundPlanTests {
  /// A breath, then roll calves (both sides) and reps twice with 20 s rest, then a hold.
  static let routine = Routine(
    id: "r", name: "Rounds", summary: "", phase: .any,
    steps: [
      Step(.breathe, target: "breath", duration: .seconds(30)),
      Step(.roll, target: "calves", sides: .both, duration: .seconds(90)),
      Step(repsOf: "Calf raises", target: "calves", count: 8, tempo: .seconds(2)),
      Step(.hold, target: "calves", duration: .seconds(180)),
      Step(repsOf: "Ankle circles", target: "calves", count: 8, tempo: .seconds(2)),
    ],
    rounds: [Round(steps: 1..<3, times: 2, rest: .seconds(20))])

  @Test func aRoundRepeatsItsStepsInPlaceWithItsRestBetween() {
    let plan = Plan(Self.routine)
    #expect(
      plan.items.map(\.kind) == [
        .leadIn, .step, .step, .switchSides, .step, .step, .step, .step, .switchSides, .step,
        .step, .step, .step,
      ])
    #expect(plan.items.map(\.sourceIndex) == [0, 0, 1, 1, 1, 2, 2, 1, 1, 1, 2, 3, 4])
    #expect(plan.items.map(\.number) == [1, 1, 2, 3, 3, 4, 5, 6, 7, 7, 8, 9, 10])
    #expect(plan.stepCount == 10)
    #expect(
      plan.items.map(\.round) == [nil, nil, 1, 1, 1, 1, nil, 2, 2, 2, 2, nil, nil])
    #expect(plan.items.compactMap(\.rounds) == Array(repeating: 2, count: 8))
    let rest = plan.items[6]
    #expect(rest.technique == .rest && rest.planned == .seconds(20))
    #expect(rest.step.cue == "Rest; round 2 of 2 next")
    let seconds: Double = 10 + 30 + 2 * (90 + 5 + 90 + 16) + 20 + 180 + 16
    #expect(plan.total == .seconds(seconds))
  }

  @Test func withoutRestTheRunsFollowEachOther() {
    var routine = Self.routine
    routine.rounds = [Round(steps: 1..<3, times: 3)]
    let plan = Plan(routine)
    #expect(plan.stepCount == 3 + 3 * 3)
    #expect(!plan.items.contains { $0.technique == .rest && $0.kind == .step })
    #expect(plan.items.compactMap(\.round) == [1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3])
  }

  @Test func aRoutineWithoutRoundsIsUnchanged() {
    var routine = Self.routine
    routine.rounds = []
    let plan = Plan(routine)
    #expect(plan.stepCount == 6)
    #expect(plan.items.allSatisfy { $0.round == nil && $0.rounds == nil })
  }

  @Test func theSummaryTheLogKeepsIsFlatOneResultPerRunOfAStep() throws {
    let plan = Plan(Self.routine)
    var state = SessionState(plan: plan)
    _ = reduce(&state, .start(at: .zero))
    for _ in plan.items { _ = reduce(&state, .skip(at: .zero)) }
    let summary = try #require(state.summary)
    #expect(summary.steps.map(\.number) == Array(1...10))
    #expect(
      summary.steps.map(\.technique) == [
        .breathe, .roll, .roll, .reps, .rest, .roll, .roll, .reps, .hold, .reps,
      ])
    #expect(
      summary.steps.map(\.side) == [nil, .left, .right, nil, nil, .left, .right, nil, nil, nil])
  }
}
