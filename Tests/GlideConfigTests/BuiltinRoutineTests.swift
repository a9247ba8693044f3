import GlideConfig
import GlideCore
import Testing

@Suite struct BuiltinRoutineTests {
  @Test func everyBuiltinDecodesWithoutErrorsOrWarnings() {
    #expect(BuiltinRoutines.files.count >= 5)
    for file in BuiltinRoutines.files {
      let result = RoutineDecoder.decode(bytes: file.bytes, id: file.id, file: file.id)
      #expect(result.diagnostics.isEmpty, "\(file.id): \(result.diagnostics)")
      #expect(result.routine?.id == file.id)
    }
    #expect(BuiltinRoutines.all.count == BuiltinRoutines.files.count)
  }

  @Test(arguments: BuiltinRoutines.all)
  func keepsToTheEvidence(_ routine: Routine) {
    #expect(!routine.name.isEmpty && !routine.summary.isEmpty)
    for (index, step) in routine.steps.enumerated() {
      #expect(step.cue?.isEmpty == false, "\(routine.id) step \(index + 1) has a cue")
      let seconds = step.duration?.seconds ?? 0
      switch step.technique {
      case .roll: #expect(Evidence.rollSeconds.contains(seconds))
      case .hold:
        #expect(Evidence.holdSeconds.contains(seconds))
        #expect(step.breath != nil, "holds pace a slow breath")
      case .stretch:
        #expect(seconds >= 60, "static holds last minutes, not seconds")
        #expect(step.breath != nil)
      case .reps: #expect(Evidence.reps.contains(step.reps ?? 0))
      default: break
      }
      if let breath = step.breath {
        #expect(breath.cycle >= .seconds(10), "slow pacing: six breaths a minute or fewer")
      }
      if step.technique.isPassive {
        let next = routine.steps[(index + 1)...].first { $0.technique == .reps }
        #expect(next?.target == step.target, "\(routine.id) step \(index + 1) is followed by reps")
      }
    }
    let plan = Plan(routine)
    #expect(plan.items.first?.kind == .leadIn)
    #expect(plan.stepCount >= routine.steps.count)
  }

  @Test func theCatalogCoversWhatUsersNeed() throws {
    let ids = Set(BuiltinRoutines.all.map(\.id))
    #expect(
      ids.isSuperset(of: ["pre-run", "desk-reset", "long-holds", "plantar-chain", "down-shift"]))
    let targets = { (id: String) in Set(BuiltinRoutines.routine(id: id)!.steps.map(\.target)) }
    #expect(targets("pre-run").isSuperset(of: ["calves", "quads", "IT band and TFL", "glutes"]))
    #expect(targets("desk-reset").isSuperset(of: ["upper back", "chest", "hip flexors", "neck"]))
    #expect(targets("plantar-chain").isSuperset(of: ["plantar fascia", "calves"]))
    #expect(
      BuiltinRoutines.routine(id: "down-shift")!.steps.allSatisfy { $0.technique == .breathe })
    #expect(BuiltinRoutines.routine(id: "pre-run")!.phase == .warmUp)
    #expect(BuiltinRoutines.routine(id: "long-holds")!.phase == .recovery)
    let defaultRoutine = try #require(BuiltinRoutines.routine(id: BuiltinRoutines.defaultID))
    #expect(Plan(defaultRoutine).total < .seconds(15 * 60))
  }

  @Test func unknownRoutineNamesTheKnownOnes() {
    let catalog = RoutineCatalog(configDirectory: nil)
    #expect(throws: LookupFailure.self) { try catalog.routine(id: "nope") }
    do {
      _ = try catalog.routine(id: "nope")
    } catch {
      #expect(
        error.description
          == "unknown routine 'nope'; known routines: "
          + BuiltinRoutines.files.map(\.id).joined(separator: ", "))
    }
  }
}

@Suite struct RoutineDecoderTests {
  func decode(_ text: String) -> RoutineDecoder.Result {
    RoutineDecoder.decode(text: text, id: "t", file: "t.toml")
  }

  @Test func durations() {
    #expect(DurationText.parse("90s") == .seconds(90))
    #expect(DurationText.parse("2m") == .seconds(120))
    #expect(DurationText.parse("1m30s") == .seconds(90))
    #expect(DurationText.parse("45") == .seconds(45))
    #expect(DurationText.parse("2.5s") == .seconds(2.5))
    let huge = String(repeating: "9", count: 400)
    #expect(DurationText.parse(huge) == .seconds(1e9), "clamped, not an overflow")
    #expect(DurationText.parse("-" + huge) == .seconds(-1e9))
    #expect(DurationText.parse(" 1.5m ") == .seconds(90))
    let notDecimal = ["0x10", "0x10s", "1e3", "1e300", "inf", "nan", "-nan", "+inf", "1.2.3", "٣s"]
    for bad in ["", "s", "30x", "1s1m", "m", "1m30", "--1s"] + notDecimal {
      #expect(DurationText.parse(bad) == nil, "\(bad)")
    }
  }

  @Test func aValidRoutine() throws {
    let result = decode(
      """
      name = "Mine"
      summary = "Test"
      phase = "break"
      [[steps]]
      technique = "roll"
      target = "calves"
      duration = 90
      sides = "both"
      [[steps]]
      technique = "reps"
      target = "calves"
      movement = "Raises"
      reps = 8
      tempo = "2s"
      """)
    let routine = try #require(result.routine)
    #expect(result.diagnostics.isEmpty)
    #expect(routine.steps[0].duration == .seconds(90))
    #expect(routine.steps[0].sides == .both)
    #expect(routine.steps[1].tempo == .seconds(2))
    #expect(routine.phase == .break)
  }

  @Test func misspeltKeyNamesFileLineStepAndSuggestion() {
    let result = decode(
      """
      name = "Mine"
      [[steps]]
      technique = "roll"
      target = "calves"
      duratoin = "90s"
      """)
    #expect(result.routine == nil)
    #expect(
      result.errors.map(\.description) == [
        "t.toml:2:1: error: step 1 (calves): duration: missing: how long, e.g. \"90s\" or \"2m\"",
        "t.toml:5:1: error: step 1 (calves): duratoin: unknown key (did you mean 'duration'?)",
      ])
  }

  @Test func syntaxErrorsGiveLineAndColumn() {
    let result = decode("name = \"x\"\n[[steps]\n")
    #expect(result.errors.count == 1)
    #expect(result.errors.first?.line == 2)
    #expect(result.errors.first?.description.hasPrefix("t.toml:2:") == true)
  }

  /// An area near one the library knows is taken for a misspelling and warned about; an
  /// area of one's own is not.
  @Test func anAreaNearAKnownOneIsWarnedAbout() {
    func warnings(_ target: String) -> [String] {
      decode(
        "name = \"A\"\n[[steps]]\ntechnique = \"reps\"\ntarget = \"\(target)\"\n"
          + "movement = \"Raises\"\nreps = 8\n"
      ).warnings.map(\.description)
    }
    #expect(
      warnings("calfs").contains(
        "t.toml:4:10: warning: step 1 (calfs): target: no area the library knows (did you "
          + "mean 'calves'?): it is counted apart from the others in check-ins, stats and the "
          + "report"), "\(warnings("calfs"))")
    #expect(!warnings("forearms").contains { $0.contains("library knows") })
    #expect(!warnings("calves").contains { $0.contains("library knows") })
  }

  @Test func warningsDoNotStopTheRoutine() {
    let result = decode(
      """
      name = "Short"
      [[steps]]
      technique = "roll"
      target = "calves"
      duration = "20s"
      """)
    #expect(result.routine != nil)
    #expect(result.warnings.count == 2)
    #expect(
      result.warnings.first?.description.hasPrefix(
        "t.toml:5:12: warning: step 1 (calves): duration:")
        == true)
  }
}

@Suite struct BreathsAndTempoDecodingTests {
  func decode(_ step: String) -> RoutineDecoder.Result {
    RoutineDecoder.decode(text: "name = \"t\"\n[[steps]]\n" + step, id: "t", file: "t.toml")
  }

  @Test func breathsInsteadOfADuration() throws {
    let result = decode(
      "technique = \"hold\"\ntarget = \"calves\"\nbreaths = 20\nbreath = \"4-6\"\n")
    let step = try #require(result.routine?.steps.first)
    #expect(step.breaths == 20)
    #expect(step.duration == .seconds(200))
  }

  @Test func breathsErrors() {
    #expect(
      decode("technique = \"roll\"\ntarget = \"calves\"\nbreaths = 20\nbreath = \"4-6\"\n").errors
        .map(\.description)
        == [
          "t.toml:5:1: error: step 1 (calves): breaths: only hold, stretch and breathe steps can be counted in breaths"
        ])
    #expect(
      decode("technique = \"hold\"\ntarget = \"calves\"\nbreaths = 20\n").errors.map(\.description)
        == [
          "t.toml:5:1: error: step 1 (calves): breaths: a step counted in breaths needs a breath pattern, e.g. breath = \"4-6\""
        ])
    #expect(
      decode(
        "technique = \"hold\"\ntarget = \"calves\"\nbreaths = 20\nduration = \"3m\"\nbreath = \"4-6\"\n"
      ).errors.map(\.description)
        == ["t.toml:6:1: error: step 1 (calves): duration: give duration or breaths, not both"])
    #expect(
      decode("technique = \"hold\"\ntarget = \"calves\"\nbreaths = 500\nbreath = \"4-6\"\n").errors
        .map(\.description)
        == ["t.toml:5:11: error: step 1 (calves): breaths: 500 is outside 1-200"])
  }

  @Test func tempoInParts() throws {
    let result = decode(
      "technique = \"reps\"\ntarget = \"hips\"\nmovement = \"Bridges\"\nreps = 8\ntempo = \"2-1-2\"\n"
    )
    let step = try #require(result.routine?.steps.first)
    #expect(step.tempo == .seconds(5))
    #expect(step.tempoPhases == [.seconds(2), .seconds(1), .seconds(2)])
    let bad = decode(
      "technique = \"reps\"\ntarget = \"hips\"\nmovement = \"Bridges\"\nreps = 8\ntempo = \"2-x\"\n"
    )
    #expect(
      bad.errors.first?.description.hasPrefix(
        "t.toml:7:9: error: step 1 (hips): tempo: '2-x' is not a tempo") == true)
    // A word that is no length gets the same list of what a tempo may be, manual too.
    let word = decode(
      "technique = \"reps\"\ntarget = \"hips\"\nmovement = \"Bridges\"\nreps = 8\ntempo = \"fast\"\n"
    )
    #expect(
      word.errors.map(\.description) == [
        "t.toml:7:9: error: step 1 (hips): tempo: 'fast' is not a tempo: seconds per rep "
          + "(\"3s\"), its parts, 0.5-20 s each (\"2-1-2\": out, hold, back), or \"manual\" "
          + "(enter counts each rep)"
      ])
  }
}
