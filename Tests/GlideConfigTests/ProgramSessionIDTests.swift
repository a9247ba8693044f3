import Foundation
import GlideConfig
import GlideCore
import Testing

/// A program's session id, as history lists it, read back: the one rule the log, the
/// planner and `glide show`/`glide run` share.
@Suite struct ProgramSessionIDTests {
  @Test(arguments: ["p", "runners-legs", "a-w1-s1", "x-w"])
  func everyIdThePlannerMakesReadsBackToItsPlace(program: String) {
    for week in 1...12 {
      for session in 0..<7 {
        let id = ProgramPlanner.routineID(program: program, week: week, session: session)
        let place = ProgramPlanner.place(ofRoutineID: id)
        #expect(place?.program == program && place?.week == week && place?.session == session)
      }
    }
  }

  @Test(arguments: [
    "desk-reset", "p-w0-s1", "p-w1-s0", "p-w01-s1", "p-w1-s", "p-1-s1", "w1-s1", "p-w1-s1x",
    "p-wa-s1", "p-w1-s+1", "p-w99999-s1",
  ])
  func anyOtherIdIsNoSession(id: String) {
    #expect(ProgramPlanner.place(ofRoutineID: id) == nil)
  }

  @Test func aBuiltInProgramsSessionIsPlannedAsItsWeekRunsIt() throws {
    let routine = try #require(
      try ProgramCatalog.session(routineID: "runners-legs-w2-s1", configDirectory: nil)?.get())
    let program = try ProgramCatalog.program(id: "runners-legs", configDirectory: nil).get()
    let planned = ProgramPlanner.week(program.program, 2, context: program.context)[0].routine
    #expect(routine == planned)
    #expect(routine.id == "runners-legs-w2-s1")
  }

  @Test func aWeekOrSessionPastTheProgramSaysHowManyThereAre() {
    let week = ProgramCatalog.session(routineID: "runners-legs-w9-s1", configDirectory: nil)
    #expect(
      week.map(failure) == "program 'runners-legs' has 6 weeks, so there is no week 9")
    let session = ProgramCatalog.session(routineID: "runners-legs-w1-s4", configDirectory: nil)
    #expect(
      session.map(failure)
        == "program 'runners-legs' has 3 sessions a week, so there is no session 4")
  }

  @Test func anIdOfNoProgramIsLeftToTheRoutineLookup() {
    #expect(ProgramCatalog.session(routineID: "runners-legz-w1-s1", configDirectory: nil) == nil)
    #expect(ProgramCatalog.session(routineID: "desk-reset", configDirectory: nil) == nil)
  }

  @Test func aRoutineFileNamedLikeASessionIsWarnedOfAndNoOtherIs() {
    let text =
      "name = \"Mine\"\n[[steps]]\ntechnique = \"breathe\"\ntarget = \"breath\"\n"
      + "duration = \"2m\"\nbreath = \"4-6\"\n"
    let named = RoutineDecoder.decode(text: text, id: "legs-w2-s1", file: "legs-w2-s1.toml")
    #expect(named.routine != nil)
    #expect(
      named.warnings.map(\.description) == [
        "legs-w2-s1.toml: warning: \(RoutineDecoder.sessionIDProblem(id: "legs-w2-s1") ?? ""): rename the file"
      ])
    #expect(RoutineDecoder.decode(text: text, id: "legs-w2", file: "legs-w2.toml").warnings.isEmpty)
  }

  @Test func anIdOnTheCommandLineIsARoutineASessionOrSaysWhatItIs() throws {
    #expect(
      try RoutineCatalog.resolve(id: "desk-reset", configDirectory: nil).routine.id == "desk-reset")
    #expect(
      try RoutineCatalog.resolve(id: "runners-legs-w1-s2", configDirectory: nil).routine.id
        == "runners-legs-w1-s2")
    #expect(throws: LookupFailure.self) {
      try RoutineCatalog.resolve(id: "runners-legs", configDirectory: nil)
    }
    do {
      _ = try RoutineCatalog.resolve(id: "runners-legs", configDirectory: nil)
    } catch {
      #expect(error.description.hasPrefix("'runners-legs' is a program, not a routine"))
    }
    do {
      _ = try RoutineCatalog.resolve(id: "desk-rest", configDirectory: nil)
    } catch {
      #expect(
        error.description.hasPrefix("unknown routine 'desk-rest'; did you mean 'desk-reset'?"))
    }
  }

  @Test func checkTakesASessionIdAsRunDoesAndChecksItsProgram() throws {
    let session = try FileCheck.diagnostics(id: "runners-legs-w2-s1", configDirectory: nil).get()
    let program = try FileCheck.diagnostics(id: "runners-legs", configDirectory: nil).get()
    #expect(session == program)
    guard
      case .failure(let past) = FileCheck.diagnostics(
        id: "runners-legs-w9-s1", configDirectory: nil)
    else {
      Issue.record("a week past the program was checked")
      return
    }
    #expect(past.description == "program 'runners-legs' has 6 weeks, so there is no week 9")
  }

  @Test func checkGivesABrokenProgramsSessionAllItsProgramsErrors() throws {
    let config = FileManager.default.temporaryDirectory.appendingPathComponent(
      "glide-session-check-\(UUID())"
    ).path
    defer { try? FileManager.default.removeItem(atPath: config) }
    try FileManager.default.createDirectory(
      atPath: config + "/programs", withIntermediateDirectories: true)
    try "name = \"x\"\nweeks = 3\n[[sessions]]\nroutine = \"nope\"\n".write(
      toFile: config + "/programs/broken.toml", atomically: true, encoding: .utf8)
    let program = try FileCheck.diagnostics(id: "broken", configDirectory: config).get()
    #expect(program.filter { $0.severity == .error }.count >= 2, "\(program)")
    let session = try FileCheck.diagnostics(id: "broken-w1-s1", configDirectory: config).get()
    #expect(session == program)
  }

  private func failure(_ result: Result<Routine, LookupFailure>) -> String? {
    guard case .failure(let failure) = result else { return nil }
    return failure.description
  }
}
