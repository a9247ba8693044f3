import GlideConfig
import GlideCore
import PropertyBased
import Testing

/// `glide build` over a grid of areas, times, equipment and purposes: every routine it
/// composes keeps the evidence rules and the request.
@Suite struct RoutineComposerTests {
  static let library = Library.builtin
  static let purposes: [RoutinePhase] = [.warmUp, .recovery, .break, .any]
  static let kits: [Set<Equipment>] = (0..<16).map { bits in
    Set(
      [Equipment.roller, .ball, .band, .gun].enumerated().filter { bits & (1 << $0.offset) != 0 }
        .map(\.element))
  }
  static let limbs: Set<String> = [
    "calves", "plantar fascia", "quads", "hamstrings", "IT band and TFL", "glutes",
    "glute medius", "hip flexors", "hips", "shoulders", "neck",
  ]

  static func check(_ request: BuildRequest, readBack: Bool = false) {
    let composition = RoutineComposer.compose(request, library: library)
    #expect(composition == RoutineComposer.compose(request, library: library), "stable")
    guard let routine = composition.routine else {
      Issue.record("nothing composed for \(request)")
      return
    }
    let label = "\(request.areas) \(request.minutes) min \(request.equipment) \(request.purpose)"
    #expect(Plan(routine).total <= .seconds(Double(request.minutes * 60)), "\(label)")
    #expect(routine.evidenceWarnings.isEmpty, "\(label): \(routine.evidenceWarnings)")
    if readBack {
      // What --save writes is a routine file that glide check passes, unchanged.
      let text = RoutineText.toml(routine)
      let decoded = RoutineDecoder.decode(text: text, id: routine.id, file: "build")
      #expect(decoded.diagnostics.isEmpty, "\(label): \(decoded.diagnostics)")
      #expect(decoded.routine == routine, "\(label): saved and read back unchanged")
    }
    let placed = Set(routine.steps.map(\.target))
    for area in request.areas {
      #expect(
        placed.contains(area) != composition.leftOut.contains { $0.area == area },
        "\(label): \(area) is either in the routine or left out with a reason")
    }
    #expect(placed.isSubset(of: Set(request.areas + ["breath"])))
    for (index, step) in routine.steps.enumerated() where step.technique.isPassive {
      let next = routine.steps.indices.contains(index + 1) ? routine.steps[index + 1] : nil
      #expect(next?.technique == .reps && next?.target == step.target, "\(label): reps follow")
      #expect(next.map { Evidence.reps.contains($0.reps ?? 0) } == true)
      let entry = library.entries(for: step.target).first {
        $0.step.technique == step.technique && $0.step.cue == step.cue
      }
      #expect(entry.map { request.equipment.contains($0.equipment) } == true, "\(label)")
      if limbs.contains(step.target) { #expect(step.sides == .both, "\(label): both sides") }
      let seconds = step.duration?.seconds ?? 0
      switch step.technique {
      case .roll:
        #expect(Evidence.rollSeconds.contains(seconds))
        if request.purpose == .warmUp { #expect(seconds == 60) }
      case .hold:
        #expect(Evidence.holdSeconds.contains(seconds))
      case .stretch:
        #expect(seconds >= 60)
      default: break
      }
      if step.technique == .hold || step.technique == .stretch {
        #expect((step.breath?.cycle ?? .zero) >= .seconds(10), "\(label): slow breathing")
      }
    }
    if request.purpose == .recovery, let first = routine.steps.first,
      library.entries(for: first.target).contains(where: {
        $0.step.technique == .hold && request.equipment.contains($0.equipment)
      }), request.minutes >= 10
    {
      #expect(first.technique == .hold, "\(label): recovery starts with a hold when one fits")
    }
    if request.purpose == .warmUp {
      #expect(!routine.steps.contains { $0.technique == .breathe })
    }
  }

  @Test func eachAreaAloneWithEveryKitAndPurposeAtFiveAndSixtyMinutes() {
    for area in Self.library.areas {
      for purpose in Self.purposes {
        for kit in Self.kits {
          for minutes in [5, 60] {
            Self.check(
              BuildRequest(areas: [area], minutes: minutes, equipment: kit, purpose: purpose))
          }
        }
      }
    }
  }

  @Test func allAreasTogether() {
    for purpose in Self.purposes {
      for minutes in [5, 20, 60] {
        Self.check(
          BuildRequest(
            areas: Self.library.areas, minutes: minutes, equipment: Set(Equipment.allCases),
            purpose: purpose), readBack: true)
      }
    }
  }

  @Test func savedRoutinesReadBackUnchanged() {
    for area in Self.library.areas {
      for purpose in Self.purposes {
        Self.check(
          BuildRequest(
            areas: [area], minutes: 15, equipment: Set(Equipment.allCases), purpose: purpose),
          readBack: true)
      }
    }
  }

  @Test func randomPairsTimesKitsAndPurposes() async {
    let areas = Self.library.areas
    await propertyCheck(
      count: 400,
      input: Gen.int(in: 0...(areas.count - 1)), Gen.int(in: 0...(areas.count - 1)),
      Gen.int(in: 5...60), Gen.int(in: 0...63)
    ) { first, second, minutes, code in
      let chosen = first == second ? [areas[first]] : [areas[first], areas[second]]
      Self.check(
        BuildRequest(
          areas: chosen, minutes: minutes, equipment: Self.kits[code % 16],
          purpose: Self.purposes[code / 16]))
    }
  }

  @Test func whatDidNotFitIsSaid() throws {
    let composition = RoutineComposer.compose(
      BuildRequest(
        areas: ["calves", "hips", "chest"], minutes: 5, equipment: [.ball], purpose: .recovery),
      library: Self.library)
    let routine = try #require(composition.routine)
    #expect(Set(routine.steps.map(\.target)) == ["calves", "breath"])
    #expect(composition.leftOut.map(\.area) == ["hips", "chest"])
    #expect(composition.leftOut.allSatisfy { $0.reason.contains("of the 5 minutes was left") })
  }

  @Test func calvesAndHipsInTwelveMinutesWithABall() throws {
    let composition = RoutineComposer.compose(
      BuildRequest(areas: ["calves", "hips"], minutes: 12, equipment: [.ball], purpose: .any),
      library: Self.library)
    let routine = try #require(composition.routine)
    #expect(composition.leftOut.isEmpty)
    #expect(
      routine.steps.map(\.technique) == [.hold, .reps, .stretch, .reps, .breathe])
    #expect(routine.id == "build-calves-hips")
    #expect(routine.name == "Calves and hips")
  }
}
