import GlideConfig
import GlideCore
import Testing

@Suite struct LibraryTests {
  static let regions = [
    "calves", "plantar fascia", "quads", "hamstrings", "IT band and TFL", "glutes",
    "glute medius", "hip flexors", "hips", "low back", "upper back", "shoulders", "neck",
    "chest",
  ]

  @Test func theBuiltinLibraryDecodesWithNoErrorOrWarning() {
    let result = LibraryDecoder.decode(
      bytes: Library.builtinBytes, file: "built-in:library")
    #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.description))")
    #expect(result.entries?.count == Library.builtin.entries.count)
    #expect(Library.builtin.entries.count > 50)
  }

  @Test func everyRegionHasPassiveWorkAndMovements() {
    let library = Library.builtin
    #expect(library.areas == Self.regions)
    for region in Self.regions {
      let entries = library.entries(for: region)
      #expect(entries.contains { !$0.isMovement }, "\(region) has a passive technique")
      #expect(entries.contains { $0.isMovement }, "\(region) has a movement")
      #expect(
        entries.contains { !$0.isMovement && $0.equipment == .none },
        "\(region) can be worked with no equipment")
      // The trunk has central techniques (a roll across the back, a heart opener); a
      // limb's and the neck's passive work always runs on both sides.
      let sides = Set(entries.filter { !$0.isMovement }.map(\.step.sides))
      if !["upper back", "low back", "chest"].contains(region) {
        #expect(sides == [.both], "\(region)")
        #expect(library.isTwoSided(region))
      }
    }
  }

  @Test func everyTechniqueAndEquipmentIsThere() {
    let entries = Library.builtin.entries
    #expect(
      Set(entries.map(\.step.technique))
        == [.roll, .hold, .stretch, .floss, .percussion, .reps])
    #expect(Set(entries.map(\.equipment)) == Set(Equipment.allCases))
  }

  @Test(arguments: Library.builtin.entries)
  func keepsToTheEvidence(_ entry: LibraryEntry) {
    let step = entry.step
    #expect(step.cue?.isEmpty == false)
    let seconds = step.duration?.seconds ?? 0
    switch step.technique {
    case .roll: #expect(Evidence.rollSeconds.contains(seconds))
    case .hold:
      #expect(Evidence.holdSeconds.contains(seconds))
      #expect(step.breath != nil)
    case .stretch:
      #expect(seconds >= 60)
      #expect(step.breath != nil)
    case .floss, .percussion: #expect((45...120).contains(seconds))
    case .reps:
      #expect(Evidence.reps.contains(step.reps ?? 0))
      #expect(step.tempo != nil, "every movement has a tempo")
    default: Issue.record("\(step.technique) does not belong in the library")
    }
    if let breath = step.breath { #expect(breath.cycle >= .seconds(10)) }
  }

  @Test func fastMovementsArePacedFasterThanSlowOnes() throws {
    let movements = Library.builtin.entries.filter(\.isMovement)
    let swings = try #require(movements.first { $0.step.movement == "Lateral leg swings" })
    let extensions = try #require(
      movements.first { $0.step.movement == "Thoracic extensions over the roller" })
    let fast = try #require(swings.step.tempo)
    let slow = try #require(extensions.step.tempo)
    #expect(fast < slow)
  }

  @Test func areasByTheirCommandLineNames() throws {
    let library = Library.builtin
    #expect(try library.area(named: "calves") == "calves")
    #expect(try library.area(named: "it-band") == "IT band and TFL")
    #expect(try library.area(named: "Upper back") == "upper back")
    #expect(try library.area(named: "hips") == "hips")
    // The start of two areas' names is said to be so, not taken for a misspelling.
    #expect(throws: Library.UnknownArea.self) { try library.area(named: "hip") }
    do {
      _ = try library.area(named: "hip")
    } catch {
      #expect(error.description == "area 'hip' could be hip-flexors or hips; give more of its name")
    }
    do {
      _ = try library.area(named: "calfs")
    } catch {
      #expect(
        error.description.hasPrefix(
          "unknown area 'calfs'; did you mean 'calves'? known areas: calves, plantar-fascia,"))
    }
  }

  @Test func userAdditionsAreChecked() {
    let good = LibraryDecoder.decode(
      text: """
        [[entries]]
        target = "forearms"
        technique = "roll"
        equipment = "ball"
        duration = "90s"
        sides = "both"
        cue = "Forearm on the ball on a table"

        [[entries]]
        target = "forearms"
        technique = "reps"
        movement = "Wrist circles"
        reps = 8
        tempo = "2s"
        """, file: "mine.toml", others: Library.builtin.entries)
    #expect(good.diagnostics.isEmpty)
    #expect(good.entries?.first?.file == "mine.toml")
    let bad = LibraryDecoder.decode(
      text: """
        [[entries]]
        target = "forearms"
        technique = "roll"
        equipment = "stick"
        duration = "90s"

        [[entries]]
        target = "calves"
        technique = "breathe"
        duration = "2m"
        """, file: "mine.toml")
    #expect(
      bad.diagnostics.map(\.description) == [
        "mine.toml:4:13: error: entry 1 (forearms): equipment: unknown equipment 'stick'; known equipment: roller, ball, band, gun, none",
        "mine.toml:9:13: error: entry 2 (calves): technique: the library holds passive techniques and reps; put breathe steps in a routine",
      ])
    let warned = LibraryDecoder.decode(
      text: """
        [[entries]]
        target = "forearms"
        technique = "hold"
        equipment = "ball"
        duration = "30s"
        """, file: "mine.toml")
    #expect(
      warned.diagnostics.map(\.description) == [
        "mine.toml:2:10: warning: entry 1 (forearms): target: no movement (reps entry) for 'forearms' in the library (freed range goes unused without active reps)",
        "mine.toml:5:12: warning: entry 1 (forearms): duration: a hold of 0:30 is outside 3-5 minutes (sustained pressure needs minutes to release)",
        "mine.toml:1:1: warning: entry 1 (forearms): breath: no breath pattern: a hold paces a slow breath, e.g. breath = \"4-6\"",
      ])
  }
}
