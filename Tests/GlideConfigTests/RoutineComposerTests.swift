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
    checkTimeAndKit(request, routine, label: label)
  }

  /// The time asked is used (within 10 %), on the areas rather than on breathing, and each
  /// piece of equipment named is used where the library has a technique for it.
  static func checkTimeAndKit(_ request: BuildRequest, _ routine: Routine, label: String) {
    let asked = Double(request.minutes * 60)
    #expect(
      Plan(routine).total.seconds >= asked * 0.9,
      "\(label): \(routine.steps.map { "\($0.technique) \($0.duration?.seconds ?? 0)" })")
    let breathing = routine.steps.filter { $0.technique == .breathe }
    #expect(breathing.count <= 1, "\(label): one breathing step at most")
    #expect(breathing.allSatisfy { ($0.duration?.seconds ?? 0) <= 120 }, "\(label)")
    let kit = { (step: Step) in
      library.entries(for: step.target).first {
        $0.step.technique == step.technique && $0.step.cue == step.cue
      }?.equipment ?? .none
    }
    let uses = Dictionary(grouping: routine.steps.filter(\.technique.isPassive), by: kit)
    // A piece named and unused must not fit in place of a step whose own equipment is
    // none or used twice, at its shortest evidence length.
    for named in request.equipment.subtracting([.none]) where uses[named] == nil {
      for (index, step) in routine.steps.enumerated() where step.technique.isPassive {
        guard kit(step) == .none || (uses[kit(step)]?.count ?? 0) > 1 else { continue }
        // Recovery opens with a hold, which stays.
        if index == 0, request.purpose == .recovery, step.technique == .hold { continue }
        for entry in library.entries(for: step.target) where entry.equipment == named {
          var swapped = routine
          swapped.steps[index] = entry.step
          swapped.steps[index].target = step.target
          swapped.steps[index].breaths = nil
          let shortest: Double =
            switch entry.step.technique {
            case .hold: Evidence.holdSeconds.lowerBound
            case .roll, .stretch: 60
            default: entry.step.duration?.seconds ?? 60
            }
          swapped.steps[index].duration = .seconds(shortest)
          #expect(
            Plan(swapped).total.seconds > asked,
            "\(label): \(named) fits in place of step \(index + 1) (\(step.technique)) in \(routine.steps.map { "\($0.technique) \($0.duration?.seconds ?? 0) \(kit($0))" })"
          )
        }
      }
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

  /// One area whose rolls are already as long as the evidence allows, a few minutes asked
  /// before training: the time left goes to another set of its movement, at fewer reps
  /// when a whole set does not fit (it ended at 6:00 of 7:00 asked).
  @Test func aShortWarmUpOfOneAreaFillsItsTimeWithMovement() {
    Self.check(
      BuildRequest(
        areas: ["plantar fascia"], minutes: 7, equipment: [.ball, .none, .gun],
        purpose: .warmUp))
  }

  /// Two areas, six minutes before training: it ended at 5:20 of 6:00 asked.
  @Test func aShortWarmUpOfTwoAreasFillsItsTime() {
    Self.check(
      BuildRequest(
        areas: ["shoulders", "calves"], minutes: 6, equipment: [.ball, .none, .band, .roller],
        purpose: .warmUp))
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

  @Test func randomAreaSetsKitsAndMinutes() async {
    let areas = Self.library.areas
    await propertyCheck(
      count: 300,
      input: Gen.int(in: 0...Int.max), Gen.int(in: 5...60), Gen.int(in: 0...63)
    ) { picks, minutes, code in
      // One to four areas, in an order of their own.
      var chosen: [String] = []
      var rest = picks
      for _ in 0...(picks % 4) {
        let area = areas[(rest / 4) % areas.count]
        if !chosen.contains(area) { chosen.append(area) }
        rest /= areas.count
      }
      Self.check(
        BuildRequest(
          areas: chosen, minutes: minutes, equipment: Self.kits[code % 16],
          purpose: Self.purposes[code / 16]))
    }
  }

  @Test func theGunIsUsedWhereTheLibraryHasPercussion() throws {
    let composition = RoutineComposer.compose(
      BuildRequest(areas: ["calves"], minutes: 8, equipment: [.gun], purpose: .any),
      library: Self.library)
    let routine = try #require(composition.routine)
    #expect(routine.steps.first?.technique == .percussion)
    #expect(routine.steps.filter { $0.technique == .breathe }.count <= 1)
    #expect(Plan(routine).total.seconds >= 8 * 60 * 0.9)
    for (kit, technique) in [(Equipment.band, Technique.floss), (.ball, .hold), (.roller, .roll)] {
      let other = try #require(
        RoutineComposer.compose(
          BuildRequest(areas: ["calves"], minutes: 8, equipment: [kit], purpose: .any),
          library: Self.library
        ).routine)
      #expect(other.steps.first?.technique == technique, "\(kit)")
    }
  }

  @Test func whatDidNotFitIsSaid() throws {
    let composition = RoutineComposer.compose(
      BuildRequest(
        areas: ["calves", "hips", "chest"], minutes: 5, equipment: [.ball], purpose: .recovery),
      library: Self.library)
    let routine = try #require(composition.routine)
    #expect(Set(routine.steps.map(\.target)).subtracting(["breath"]) == ["calves"])
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
      routine.steps.map(\.technique) == [.hold, .reps, .stretch, .reps])
    // The time left went to the areas, not to breathing.
    #expect(Plan(routine).total.seconds >= 12 * 60 * 0.9)
    #expect(routine.id == "build-calves-hips")
    #expect(routine.name == "Calves and hips")
  }
}
