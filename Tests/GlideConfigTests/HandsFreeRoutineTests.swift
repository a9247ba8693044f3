import GlideConfig
import GlideCore
import PropertyBased
import Testing

/// A session of every built-in routine runs from start to summary on ticks alone: no key.
@Suite struct HandsFreeRoutineTests {
  @Test func everyBuiltinRunsToTheSummaryOnTicksAloneWithEveryStepDone() async {
    await propertyCheck(
      count: 6,
      input: Gen.int(in: 0...24).array(of: 4...4), Gen.int(in: 0...2_000).array(of: 1...50)
    ) { bars, lateness in
      let widths = ReadoutWidths(step: bars[0], session: bars[1], breath: bars[2], beat: bars[3])
      for routine in BuiltinRoutines.all {
        var state = SessionState(plan: Plan(routine))
        var now = Instant.seconds(100)
        _ = reduce(&state, .start(at: now))
        var wakes = 0
        // The run loop wakes at nextWake, a little late at times.
        while let wake = state.nextWake(after: now, widths: widths), wakes < 100_000 {
          wakes += 1
          now = wake + .milliseconds(Int64(lateness[wakes % lateness.count] % 50))
          _ = reduce(&state, .tick(at: now))
        }
        let summary = state.summary
        #expect(summary?.outcome == .completed, "\(routine.id) ends on ticks alone")
        #expect(summary?.steps.allSatisfy { $0.outcome == .done } == true, "\(routine.id)")
        #expect(summary?.repsDone == summary?.repsTarget, "\(routine.id) counts every rep")
        #expect(
          summary?.steps.allSatisfy { ($0.technique == .reps) == ($0.repsPaced == true) } == true)
      }
    }
  }

  @Test func manualTempoAndARoutineTempo() throws {
    let text = """
      name = "t"
      tempo = "2s"
      [[steps]]
      technique = "reps"
      target = "hips"
      movement = "Bridges"
      reps = 8
      [[steps]]
      technique = "reps"
      target = "hips"
      movement = "Circles"
      reps = 8
      tempo = "manual"
      """
    let routine = try #require(RoutineDecoder.decode(text: text, id: "t", file: "t.toml").routine)
    #expect(routine.repPacing == .paced(.seconds(2)))
    #expect(routine.steps.map(\.countsByKey) == [false, true])
    let plan = Plan(routine)
    #expect(plan.items[1].step.tempo == .seconds(2))
    #expect(plan.items[2].isCountedReps)
    let manual = RoutineDecoder.decode(
      text: "name = \"t\"\ntempo = \"manual\"\n[[steps]]\ntechnique = \"reps\"\ntarget = \"hips\"\n"
        + "movement = \"Bridges\"\nreps = 8\n", id: "t", file: "t.toml")
    #expect(manual.routine?.repPacing == .byKey)
    let bad = RoutineDecoder.decode(
      text: "name = \"t\"\ntempo = \"2-1-2\"\n[[steps]]\ntechnique = \"rest\"\ntarget = \"x\"\n"
        + "duration = 5\n", id: "t", file: "t.toml")
    #expect(
      bad.errors.map(\.description) == [
        "t.toml:2:9: error: tempo: '2-1-2' is not a routine tempo: seconds per rep (\"3s\") or "
          + "\"manual\"; give tempos in parts (\"2-1-2\") on the reps step itself"
      ])
  }

  @Test(arguments: BuiltinRoutines.all)
  func everyBuiltinMovementHasATempoOfItsOwn(_ routine: Routine) {
    for step in routine.steps where step.technique == .reps {
      #expect(step.tempo != nil, "\(routine.id): \(step.movement ?? "")")
    }
  }

  @Test func legSwingsRunFasterThanThoracicExtensions() throws {
    let movements = BuiltinRoutines.all.flatMap(\.steps).filter { $0.technique == .reps }
    let swings = try #require(movements.first { $0.movement == "Lateral leg swings" }?.tempo)
    let extensions = try #require(
      movements.first { $0.movement?.hasPrefix("Thoracic extensions") == true }?.tempo)
    #expect(swings < extensions)
  }
}
