import Foundation
import Testing

@testable import GlideConfig

/// A program's id is its file name: any name `check` takes works everywhere the active
/// program is read, and each way its state file can be damaged gets its own message.
@Suite struct ActiveProgramTests {
  private func folder() throws -> String {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent(
      "glide-active-\(UUID())"
    ).path
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
  }

  @Test func aNameWithASpaceADotOrAPlusIsSavedAndReadBack() throws {
    let directory = try folder()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    for id in ["my legs", "legs.v2", "hips+back", "Hüfte", "a_b-c"] {
      let active = ActiveProgram(program: id, year: 2026, month: 12, day: 7)
      #expect(ActiveProgram.isStorable(id))
      try active.save(directory: directory)
      #expect(try ActiveProgram.load(directory: directory).get() == active, "\(id)")
    }
  }

  @Test func aNameThatCannotBeStoredIsRefusedByCheckWithTheRule() throws {
    for id in ["say \"hi\"", "back\\slash", "tab\there", ""] {
      #expect(!ActiveProgram.isStorable(id), "\(id)")
    }
    let config = try folder()
    defer { try? FileManager.default.removeItem(atPath: config) }
    let programs = config + "/programs"
    try FileManager.default.createDirectory(atPath: programs, withIntermediateDirectories: true)
    let bad = programs + "/say \"hi\".toml"
    try "name = \"x\"\n".write(toFile: bad, atomically: true, encoding: .utf8)
    let entry = ProgramCatalog.entry(
      file: bad, context: ProgramCatalog(configDirectory: config).context)
    #expect(entry.diagnostics.map(\.message) == [ActiveProgram.idRule])
    #expect(
      FileCheck.diagnostics(path: bad, name: "x.toml").map(\.message).first == ActiveProgram.idRule)
  }

  @Test func oneProgramByIDIsWhatTheWholeCatalogSays() throws {
    // The lookup the active program goes through decodes one file; the catalog decodes
    // them all. Both say the same of a built-in, a broken file and a near miss.
    let config = try folder()
    defer { try? FileManager.default.removeItem(atPath: config) }
    try FileManager.default.createDirectory(
      atPath: config + "/programs", withIntermediateDirectories: true)
    try "name = \"x\"\n".write(
      toFile: config + "/programs/broken.toml", atomically: true, encoding: .utf8)
    let catalog = ProgramCatalog(configDirectory: config)
    for id in ["runners-legs", "broken", "runers-legs"] {
      let alone = ProgramCatalog.program(id: id, configDirectory: config)
      switch (alone, catalog.program(id: id)) {
      case (.success(let one), .success(let whole)):
        #expect(one.program.id == whole.id && one.program.weeks.count == whole.weeks.count)
      case (.failure(let one), .failure(let whole)):
        #expect(one.description == whole.description, "\(id)")
        #expect(one.diagnostics == whole.diagnostics, "\(id)")
      default: Issue.record("\(id): the lookup and the catalog disagree")
      }
    }
    #expect((try? ProgramCatalog.program(id: "broken", configDirectory: config).get()) == nil)
  }

  @Test func theOneProgramLookupTakesThePersonsFilesFirst() throws {
    // A program of the person's replaces the built-in of its id, its sessions take the
    // person's routine over the built-in of that id, a broken routine is said to be
    // broken rather than unknown, and a missing config folder leaves the built-ins.
    let config = try folder()
    defer { try? FileManager.default.removeItem(atPath: config) }
    for sub in ["programs", "routines"] {
      try FileManager.default.createDirectory(
        atPath: config + "/" + sub, withIntermediateDirectories: true)
    }
    try "name = \"My legs\"\n[[sessions]]\nroutine = \"pre-run\"\n[[weeks]]\nname = \"one\"\n"
      .write(toFile: config + "/programs/runners-legs.toml", atomically: true, encoding: .utf8)
    try "name = \"Mine\"\n[[sessions]]\nroutine = \"bad\"\n[[weeks]]\nname = \"one\"\n"
      .write(toFile: config + "/programs/mine.toml", atomically: true, encoding: .utf8)
    try
      ("name = \"My pre-run\"\n[[steps]]\ntechnique = \"roll\"\ntarget = \"calves\"\n"
      + "duration = \"90s\"\n")
      .write(toFile: config + "/routines/pre-run.toml", atomically: true, encoding: .utf8)
    try "name = \"x\"\n[[steps]]\ntechnique = \"rol\"\n"
      .write(toFile: config + "/routines/bad.toml", atomically: true, encoding: .utf8)
    let found = try ProgramCatalog.program(id: "runners-legs", configDirectory: config).get()
    #expect(found.program.name == "My legs")
    let week = ProgramPlanner.week(found.program, 1, context: found.context)
    #expect(week.first?.routine?.steps.first?.duration == .seconds(90), "the person's pre-run")
    let mine = ProgramCatalog.program(id: "mine", configDirectory: config)
    guard case .failure(let failure) = mine else {
      Issue.record("a program naming a broken routine loaded")
      return
    }
    #expect(failure.description.contains("routine 'bad' has errors; 'glide check bad' lists them"))
    let builtin = try ProgramCatalog.program(id: "runners-legs", configDirectory: config + "/none")
      .get()
    #expect(builtin.program.name == "Runner's legs")
    #expect(ProgramCatalog.ids(configDirectory: config).suffix(2) == ["mine", "runners-legs"])
  }

  @Test func eachDamageGetsItsOwnMessageAndTheMend() throws {
    let directory = try folder()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let path = directory + "/" + ActiveProgram.fileName
    let cases: [([UInt8], String)] = [
      (Array("started = \"2026-12-07\"\n".utf8), "it names no program"),
      (
        Array("program = legs\nstarted = \"2026-12-07\"\n".utf8),
        "the value of 'program' is not in double quotes"
      ),
      (Array("program = \"a\\\"b\"\nstarted = \"2026-12-07\"\n".utf8), "the program id"),
      (Array("program = \"legs\"\n".utf8), "it has no start date"),
      (
        Array("program = \"legs\"\nstarted = \"2026-13-07\"\n".utf8),
        "its start date \"2026-13-07\" is not a date"
      ),
      ([0x70, 0xFF, 0xFE], "not UTF-8 text"),
      (
        Array(repeating: 0x20, count: ActiveProgram.largestFile + 1),
        "over \(ActiveProgram.largestFile / 1024) KiB, not two lines"
      ),
    ]
    var messages: Set<String> = []
    for (bytes, reason) in cases {
      _ = FileManager.default.createFile(atPath: path, contents: Data(bytes))
      guard case .failure(let failure) = ActiveProgram.load(directory: directory) else {
        Issue.record("\(reason): must fail")
        continue
      }
      let message = failure.description
      #expect(message.contains(path + ": " + reason), "\(message)")
      #expect(message.contains("'glide program stop' removes it"), "\(message)")
      messages.insert(message)
    }
    #expect(messages.count == cases.count, "one message per kind of damage")
  }
}
