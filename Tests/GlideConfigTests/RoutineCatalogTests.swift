import Foundation
import GlideConfig
import GlideCore
import Testing

@Suite struct RoutineCatalogTests {
  /// A fresh config folder with an empty routines folder in it.
  static func configFolder() throws -> URL {
    let config = FileManager.default.temporaryDirectory
      .appendingPathComponent("glide-catalog-\(UUID().uuidString)")
    try FileManager.default.createDirectory(
      at: config.appendingPathComponent("routines"), withIntermediateDirectories: true)
    return config
  }

  @Test func fifteenBuiltinsCoverEveryTechniqueAndRegion() {
    let routines = BuiltinRoutines.all
    #expect(routines.count >= 15)
    let steps = routines.flatMap(\.steps)
    #expect(
      Set(steps.map(\.technique)).isSuperset(of: [
        .roll, .hold, .stretch, .floss, .percussion, .breathe, .reps,
      ]))
    let targets = Set(steps.map(\.target))
    for region in LibraryTests.regions { #expect(targets.contains(region), "\(region)") }
    #expect(Set(routines.map(\.phase)) == Set(RoutinePhase.allCases))
  }

  @Test func everyRepsStepHasATempo() {
    for routine in BuiltinRoutines.all {
      for step in routine.steps where step.technique == .reps {
        #expect(step.tempo != nil, "\(routine.id): \(step.movement ?? "")")
      }
    }
  }

  @Test func theNewRoutinesDoWhatTheirNamesSay() throws {
    func routine(_ id: String) throws -> Routine { try #require(BuiltinRoutines.routine(id: id)) }
    let targets = { (id: String) in Set(try routine(id).steps.map(\.target)) }
    #expect(try targets("after-run") == ["calves", "hamstrings", "quads", "glutes"])
    #expect(try targets("hamstrings-low-back") == ["hamstrings", "low back"])
    #expect(try targets("desk-shoulders-neck").isSuperset(of: ["shoulders", "neck"]))
    let floss = try routine("ankle-floss")
    #expect(floss.steps.first?.technique == .floss)
    #expect(floss.rounds == [Round(steps: 0..<2, times: 2, rest: .seconds(30))])
    #expect(
      try routine("gun-recovery").steps.allSatisfy { [.percussion, .reps].contains($0.technique) })
    let windDown = try routine("wind-down")
    #expect(
      windDown.steps.filter(\.technique.isPassive).allSatisfy {
        ($0.duration ?? .zero) >= .seconds(180) && $0.breath != nil
      })
    #expect(Plan(try routine("full-body")).total <= .seconds(20 * 60))
    for id in ["spot-upper-back", "spot-hips", "spot-feet"] {
      let total = Plan(try routine(id)).total
      #expect(total >= .seconds(4 * 60) && total <= .seconds(5.5 * 60), "\(id)")
    }
  }

  @Test func filtersByPhaseAndArea() {
    let catalog = RoutineCatalog(configDirectory: nil)
    let breaks = catalog.entries(phase: .break, area: nil).compactMap(\.routine)
    #expect(breaks.contains { $0.id == "desk-reset" })
    #expect(breaks.contains { $0.id == "down-shift" }, "routines for any time fit a break")
    #expect(!breaks.contains { $0.id == "pre-run" })
    let calves = catalog.entries(phase: nil, area: "Calves").map(\.id)
    #expect(calves.contains("pre-run") && calves.contains("ankle-floss"))
    #expect(!calves.contains("desk-reset"))
    #expect(
      catalog.entries(phase: .warmUp, area: "chest").allSatisfy { $0.routine?.phase == .any })
  }

  @Test func checkByIDNumbersStepsAsShowDoes() throws {
    let config = try Self.configFolder()
    defer { try? FileManager.default.removeItem(at: config) }
    let routines = config.appendingPathComponent("routines")
    try """
    name = "Mine"
    [[steps]]
    technique = "roll"
    target = "calves"
    sides = "both"
    duration = "90s"
    [[steps]]
    technique = "reps"
    target = "calves"
    movement = "Raises"
    reps = 8
    tempo = "2s"
    [[steps]]
    technique = "roll"
    target = "quads"
    duration = "20s"
    """.write(to: routines.appendingPathComponent("mine.toml"), atomically: true, encoding: .utf8)
    let catalog = RoutineCatalog(configDirectory: config.path)
    let diagnostics = try #require(catalog.diagnostics(id: "mine"))
    // glide show numbers left calves 1, right calves 2, the reps 3, the quads roll 4.
    let routine = try catalog.routine(id: "mine")
    #expect(Plan(routine).items.last?.number == 4)
    #expect(diagnostics.allSatisfy { $0.place == "step 4 (quads)" }, "\(diagnostics)")
    #expect(diagnostics.count == 2)
    #expect(catalog.diagnostics(id: "pre-run") == [])
    #expect(catalog.diagnostics(id: "nope") == nil)
  }

  @Test func aBrokenUserRoutineReportsEveryError() throws {
    let config = try Self.configFolder()
    defer { try? FileManager.default.removeItem(at: config) }
    let routines = config.appendingPathComponent("routines")
    try
      "name = \"x\"\n[[steps]]\ntechnique = \"rol\"\ntarget = \"calves\"\n[[steps]]\ntarget = \"quads\"\n"
      .write(to: routines.appendingPathComponent("bad.toml"), atomically: true, encoding: .utf8)
    let catalog = RoutineCatalog(configDirectory: config.path)
    do {
      _ = try catalog.routine(id: "bad")
      Issue.record("a broken routine loaded")
    } catch {
      #expect(error.diagnostics.count == 4, "\(error.diagnostics)")
    }
  }

  @Test func oneRoutineByIDIsWhatTheWholeCatalogSays() throws {
    // The lookup that decodes one file and the catalog that decodes them all agree: the
    // person's file overrides a built-in, a broken file reports every error, an unknown id
    // names the nearest, and the ids come in the catalog's order from file names alone.
    let config = try Self.configFolder()
    defer { try? FileManager.default.removeItem(at: config) }
    let routines = config.appendingPathComponent("routines")
    try
      ("name = \"My pre-run\"\n[[steps]]\ntechnique = \"roll\"\ntarget = \"calves\"\n"
      + "duration = \"90s\"\n")
      .write(to: routines.appendingPathComponent("pre-run.toml"), atomically: true, encoding: .utf8)
    try "name = \"x\"\n[[steps]]\ntechnique = \"rol\"\ntarget = \"calves\"\n"
      .write(to: routines.appendingPathComponent("bad.toml"), atomically: true, encoding: .utf8)
    let catalog = RoutineCatalog(configDirectory: config.path)
    #expect(RoutineCatalog.ids(configDirectory: config.path) == catalog.entries.map(\.id))
    for id in ["pre-run", "desk-reset"] {
      let one = try RoutineCatalog.routine(id: id, configDirectory: config.path)
      #expect(try one.routine == catalog.routine(id: id))
      #expect(one.file == catalog.entries.first { $0.id == id }?.file)
    }
    #expect(
      try RoutineCatalog.routine(id: "pre-run", configDirectory: config.path).routine.name
        == "My pre-run")
    for id in ["bad", "pre-rn"] {
      var alone: LookupFailure?
      var whole: LookupFailure?
      do { _ = try RoutineCatalog.routine(id: id, configDirectory: config.path) } catch {
        alone = error
      }
      do { _ = try catalog.routine(id: id) } catch { whole = error }
      #expect(alone?.description == whole?.description, "\(id)")
      #expect(alone?.diagnostics == whole?.diagnostics, "\(id)")
      #expect(alone != nil, "\(id)")
    }
  }
}
