import GlideCore
import Testing

@Suite struct PlanTests {
  @Test func expandsSidesAndLeadIn() {
    let plan = Fixture.plan
    #expect(plan.items.map(\.kind) == [.leadIn, .step, .switchSides, .step, .step, .step, .step])
    #expect(plan.items.map(\.side) == [.left, .left, .right, .right, nil, nil, nil])
    #expect(plan.items.map(\.number) == [1, 1, 2, 2, 3, 4, 5])
    #expect(plan.stepCount == 5)
    #expect(plan.items.map(\.planned.seconds) == [10, 60, 5, 60, 9, 20, 4])
    #expect(plan.items.map(\.remainingAfter.seconds) == [158, 98, 93, 33, 24, 4, 0])
    #expect(plan.total == .seconds(168))
    #expect(plan.items[0].step.cue == "Get ready: roll calves")
  }

  @Test func customSettings() {
    let plan = Plan(
      Fixture.routine,
      settings: Plan.Settings(leadIn: .seconds(3), switchSides: .seconds(8)))
    #expect(plan.items[0].planned == .seconds(3))
    #expect(plan.items[2].planned == .seconds(8))
  }

  @Test func emptyRoutineHasNoItems() {
    let plan = Plan(Routine(id: "e", name: "E", summary: "", phase: .any, steps: []))
    #expect(plan.items.isEmpty)
    #expect(plan.total == .zero)
  }

  @Test func breathPatterns() {
    #expect(BreathPattern("4-6")?.phases.map(\.phase) == [.inhale, .exhale])
    #expect(BreathPattern("4-7-8")?.phases.map(\.phase) == [.inhale, .holdIn, .exhale])
    #expect(BreathPattern("4-4-4-4")?.phases.count == 4)
    #expect(BreathPattern("5.5-5.5")?.cycle == .seconds(11))
    #expect(BreathPattern("5.5-5.5")?.description == "5.5-5.5")
    for bad in ["4", "4-", "-4", "a-b", "4-6-8-2-1", "0-4", "4-21", "", "4--6", "1e1-4"] {
      #expect(BreathPattern(bad) == nil, "\(bad)")
    }
  }

  @Test func spanFormatting() {
    #expect(TimeSpan.seconds(90).clockFace == "1:30")
    #expect(TimeSpan.seconds(89.2).clockFace == "1:30")
    #expect(TimeSpan.seconds(3725).clockFace == "1:02:05")
    #expect(TimeSpan.seconds(0).clockFace == "0:00")
    #expect(TimeSpan.seconds(90).fileText == "1m30s")
    #expect(TimeSpan.seconds(45).fileText == "45s")
    #expect(TimeSpan.seconds(5.5).description == "5.5s")
    #expect(TimeSpan.seconds(1e94).nanoseconds == Int64(9.2e18), "saturates, never traps")
    #expect(TimeSpan.seconds(-.infinity).nanoseconds == -Int64(9.2e18))
    #expect(TimeSpan.seconds(.nan) == .zero)
  }

  @Test func evidenceWarnings() {
    let routine = Routine(
      id: "w", name: "W", summary: "", phase: .any,
      steps: [
        Step(.roll, target: "quads", duration: .seconds(30)),
        Step(.hold, target: "calves", duration: .seconds(600)),
        Step(repsOf: "Squats", target: "quads", count: 20),
      ])
    let warnings = routine.evidenceWarnings
    #expect(warnings.map(\.stepIndex) == [0, 1, 1, 2])
    #expect(warnings.map(\.key) == ["duration", "duration", "technique", "reps"])
    #expect(Fixture.routine.evidenceWarnings.map(\.stepIndex) == [1, 2, 3])
  }

  /// The count agrees with its noun: "1 rep", never "1 reps".
  @Test func oneRepIsOneRep() {
    let routine = Routine(
      id: "w", name: "W", summary: "", phase: .any,
      steps: [Step(repsOf: "Squats", target: "quads", count: 1)])
    #expect(
      routine.evidenceWarnings.map(\.message) == [
        "1 rep is outside 5-10 (enough to use the new range, not to tire)"
      ])
  }
}
