import GlideCore
import Testing

@testable import GlideSession

/// The hook's table (what `--help` and the man page list) is what the hook sets.
@Suite struct HookVariablesTests {
  @Test func theHookSetsExactlyTheTablesVariables() {
    let transcript = Transcript()
    let processes = FakeProcesses(transcript: transcript)
    let hook = EventHook(command: "true", processes: processes)
    let plan = Plan(
      Routine(
        id: "r", name: "R", summary: "", phase: .any,
        steps: [Step(.roll, target: "calves", sides: .both, duration: .seconds(60))]))
    hook.fire(.stepEnd, plan: plan, item: 1, remaining: .seconds(3), outcome: "done")
    let environment = processes.started.first?.environment ?? [:]
    #expect(environment.keys.sorted() == HookVariables.all.map(\.name).sorted())
  }

  @Test func aStepStartedDuringAPauseSaysItIsPaused() {
    let processes = FakeProcesses(transcript: Transcript())
    let hook = EventHook(command: "true", processes: processes)
    let plan = Plan(
      Routine(
        id: "r", name: "R", summary: "", phase: .any,
        steps: [Step(.roll, target: "calves", sides: .both, duration: .seconds(60))]))
    hook.fire(.stepStart, plan: plan, item: 0, remaining: .seconds(60))
    hook.fire(.pause, plan: plan, item: 0, remaining: .seconds(50))
    hook.fire(.stepEnd, plan: plan, item: 0, remaining: .seconds(50), outcome: "skipped")
    hook.fire(.stepStart, plan: plan, item: 1, remaining: .seconds(5))
    hook.fire(.resume, plan: plan, item: 1, remaining: .seconds(5))
    hook.fire(.stepStart, plan: plan, item: 2, remaining: .seconds(60))
    #expect(
      processes.started.map { $0.environment["GLIDE_PAUSED"] ?? "?" } == [
        "0", "1", "1", "1", "0", "0",
      ])
  }

  @Test func theTableNamesEveryEventAndItemKind() {
    let kinds: [EventHook.Kind] = [
      .stepStart, .stepEnd, .pause, .resume, .lengthChanged, .sessionEnd,
    ]
    #expect(kinds.map(\.rawValue) == HookVariables.events)
    let plan = Plan(
      Routine(
        id: "r", name: "R", summary: "", phase: .any,
        steps: [Step(.roll, target: "calves", sides: .both, duration: .seconds(60))]),
      settings: Plan.Settings(transition: .seconds(5)))
    let itemKinds = Set(plan.items.map(EventHook.kind(of:)))
    #expect(itemKinds.isSubset(of: Set(HookVariables.itemKinds + ["roll"])))
    #expect(HookVariables.itemKinds.contains("transition"))
  }
}
