import Foundation
import Testing

/// `glide program`: start, where you are, stop, and `glide check` on a program file.
@Suite(.serialized) struct ProgramEndToEndTests {
  let home = FileManager.default.temporaryDirectory.appendingPathComponent(
    "glide-program-\(UUID())"
  )
  .path
  var stateFile: String { home + "/.local/state/glide/active-program" }

  func glide(_ arguments: [String], environment: [String: String] = [:]) -> (
    status: Int32, out: String, err: String
  ) {
    let base = ["HOME": home, "PATH": "/usr/bin:/bin", "GLIDE_LOG": home + "/log.jsonl"]
    return runProcess(glideBinary, arguments, environment: base.merging(environment) { $1 })
  }

  @Test func startShowAndStopAProgram() throws {
    defer { try? FileManager.default.removeItem(atPath: home) }
    let none = glide(["program"])
    #expect(none.status == 0)
    #expect(none.out.hasPrefix("No program is active"))
    #expect(none.out.contains("runners-legs  6 weeks, 3 a week"))
    let wrong = glide(["program", "start", "runners-leg"])
    #expect(wrong.status == 2)
    #expect(
      wrong.err.hasPrefix("glide: unknown program 'runners-leg'; did you mean 'runners-legs'?"))
    #expect(!FileManager.default.fileExists(atPath: stateFile))
    let start = glide(["program", "start", "plantar-ankle"])
    #expect(start.status == 0)
    #expect(start.out.hasPrefix("Started Plantar and ankle today: 4 weeks, 2 sessions a week."))
    let state = try String(contentsOfFile: stateFile, encoding: .utf8)
    #expect(state.hasPrefix("program = \"plantar-ankle\"\nstarted = \""))
    let status = glide(["program"])
    #expect(status.status == 0)
    #expect(status.out.hasPrefix("Plantar and ankle: week 1 of 4, Find the tender spots"))
    #expect(status.out.contains("  to do  1. Plantar and ankle, week 1: "))
    #expect(status.out.contains("Today: session 1, "))
    let stop = glide(["program", "stop"])
    #expect(stop.out == "Stopped plantar-ankle; the log keeps every session.\n")
    #expect(!FileManager.default.fileExists(atPath: stateFile))
  }

  @Test func aWeekAlongShowsItsWeekAndABrokenStateFileIsOneLine() throws {
    defer { try? FileManager.default.removeItem(atPath: home) }
    try FileManager.default.createDirectory(
      atPath: home + "/.local/state/glide", withIntermediateDirectories: true)
    var started = Date().addingTimeInterval(-8 * 86_400).formatted(.iso8601.year().month().day())
    started = String(started.prefix(10))
    try "program = \"desk-back\"\nstarted = \"\(started)\"\n".write(
      toFile: stateFile, atomically: true, encoding: .utf8)
    let status = glide(["program"], environment: ["TZ": "UTC"])
    #expect(status.out.hasPrefix("Desk back, neck and hips: week 2 of 5, Longer holds"))
    try "program = desk-back\n".write(toFile: stateFile, atomically: true, encoding: .utf8)
    let broken = glide(["program"])
    #expect(broken.status == 2)
    #expect(
      broken.err
        == "glide: \(stateFile): not an active program file; 'glide program stop' removes it\n")
  }

  @Test func checkReadsProgramFilesWithLinesAndEvidenceWarnings() throws {
    defer { try? FileManager.default.removeItem(atPath: home) }
    let folder = home + "/.config/glide/programs"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    try
      "name = \"Mine\"\n[[sessions]]\nroutine = \"pre-run\"\n[[sessions]]\nroutine = \"pre-rn\"\n[[weeks]]\n"
      .write(toFile: folder + "/mine.toml", atomically: true, encoding: .utf8)
    let check = glide(["check"])
    #expect(check.status == 2)
    #expect(
      check.out.contains(
        "\(folder)/mine.toml:5: error: session 2: routine: unknown routine 'pre-rn'"))
    let start = glide(["program", "start", "mine"])
    #expect(start.status == 2)
    #expect(start.err.contains("mine.toml:5: error: session 2: routine: unknown routine 'pre-rn'"))
  }
}
