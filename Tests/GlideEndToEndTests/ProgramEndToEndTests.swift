import Foundation
import Testing

/// `glide program`: start, where you are, stop, and `glide check` on a program file.
@Suite(.serialized, .endToEnd) struct ProgramEndToEndTests {
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

  /// With a program active, stats and report read the log twice (the program's standing
  /// too): a log that cannot be read is still said once.
  @Test func anUnreadableLogIsSaidOnceWithAProgramActive() throws {
    defer { try? FileManager.default.removeItem(atPath: home) }
    #expect(glide(["program", "start", "runners-legs"]).status == 0)
    for command in [["stats"], ["stats", "--json"], ["report"]] {
      let result = glide(command + ["--log", home])
      #expect(result.status == 2, "\(command)")
      #expect(
        result.err == "glide: cannot read the session log \(home): it is a folder, not a file\n",
        "\(command)")
    }
  }

  @Test func startShowAndStopAProgram() throws {
    defer { try? FileManager.default.removeItem(atPath: home) }
    let none = glide(["program"])
    #expect(none.status == 0)
    #expect(none.out.hasPrefix("No program is active"))
    #expect(none.out.contains("runners-legs   6 weeks, 3 sessions a week"))
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
    #expect(status.out.contains("  to do  1. Plantar chain ("))
    #expect(status.out.contains(") · plantar-ankle-w1-s1\n"))
    #expect(status.out.contains("Today: session 1, "))
    // The same program again starts it over, and says so; another stops the first.
    let again = glide(["program", "start", "plantar-ankle"])
    #expect(again.out.hasPrefix("Plantar and ankle was already active (started "), "\(again.out)")
    #expect(again.out.contains("); it starts again today.\nStarted Plantar and ankle today"))
    let other = glide(["program", "start", "desk"])
    #expect(other.status == 2, "a word that only starts a program's id is not taken for it")
    #expect(other.err.hasPrefix("glide: unknown program 'desk'; did you mean 'desk-back'?"))
    let stop = glide(["program", "stop"])
    #expect(stop.out.hasPrefix("Stopped Plantar and ankle (started "), "\(stop.out)")
    #expect(stop.out.hasSuffix("); the log keeps every session.\n"))
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
        == "glide: \(stateFile): the value of 'program' is not in double quotes; "
        + "'glide program start ID' writes it anew, 'glide program stop' removes it\n")
    // stats say the same once and still show, without the program.
    let stats = glide(["stats"])
    #expect(stats.status == 0)
    #expect(stats.err == broken.err)
    #expect(stats.out.contains("Sessions per week"))
    #expect(!stats.out.contains("Program"))
  }

  @Test func aProgramOverIsSaidOverEverywhere() throws {
    // Ten weeks into a five-week program: `program`, `next`, `stats` and `stats --json`
    // all say it is over, none lists a last week still "to do" or a week 10 of 5.
    defer { try? FileManager.default.removeItem(atPath: home) }
    try FileManager.default.createDirectory(
      atPath: home + "/.local/state/glide", withIntermediateDirectories: true)
    let started = String(
      Date().addingTimeInterval(-70 * 86_400).formatted(.iso8601.year().month().day())
        .prefix(10))
    try "program = \"desk-back\"\nstarted = \"\(started)\"\n".write(
      toFile: stateFile, atomically: true, encoding: .utf8)
    let over = "The program is over; 'glide program start desk-back' runs it again"
    let status = glide(["program"], environment: ["TZ": "UTC"])
    #expect(
      status.out.hasPrefix("Desk back, neck and hips: over after 5 weeks (started \(started))\n"))
    #expect(status.out.contains("  sessions done each week: 0/3, 0/3, 0/3, 0/3, 0/3\n"))
    #expect(!status.out.contains("to do"))
    #expect(status.out.contains(over))
    #expect(glide(["next"], environment: ["TZ": "UTC"]).out.hasPrefix(over))
    let stats = glide(["stats"], environment: ["TZ": "UTC"])
    #expect(stats.out.contains("Program   Desk back, neck and hips, over after 5 weeks: 0/3,"))
    #expect(stats.out.contains("Desk back, neck and hips is over, 0 of 15 sessions done: "))
    let json = glide(["stats", "--json"], environment: ["TZ": "UTC"]).out
    #expect(json.contains("\"weeks\":5,\"over\":true,"))
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
        "\(folder)/mine.toml:5:11: error: session 2: routine: unknown routine 'pre-rn'"))
    let byID = glide(["check", "plantar-ankle", "mine"])
    #expect(byID.status == 2)
    #expect(byID.out.hasPrefix("plantar-ankle: ok\n\(folder)/mine.toml:5:11: error: "))
    let start = glide(["program", "start", "mine"])
    #expect(start.status == 2)
    #expect(
      start.err.contains("mine.toml:5:11: error: session 2: routine: unknown routine 'pre-rn'"))
  }
}

/// `glide` alone follows the active program: it runs today's session, logs it under the
/// session's id, and then says today is done.
@Suite(.endToEnd) struct NextEndToEndTests {
  @Test func plainGlideRunsTodaysSessionThenSaysItIsDone() async throws {
    let tmux = try Tmux()
    defer { tmux.close() }
    let home = tmux.directory.path
    let log = home + "/sessions.jsonl"
    let environment = ["HOME": home, "PATH": "/usr/bin:/bin"]
    let start = runProcess(
      glideBinary, ["program", "start", "plantar-ankle"], environment: environment)
    #expect(start.status == 0)
    tmux.startGlide("--no-bell --time-scale 400 --log \(log)")
    await tmux.waitFor("Plantar and ankle, week 1", timeout: 20)
    await tmux.waitFor("Session complete", timeout: 60)
    // The summary counts the program's week, not the calendar's against the evidence.
    #expect(await tmux.waitFor("Program   week 1: 1 of 2 sessions done"))
    #expect(!tmux.screen.contains("This week"))
    tmux.keys("x")
    #expect(await tmux.exitStatus() == 0)
    await tmux.expectSaneTerminal()
    let line = try String(contentsOfFile: log, encoding: .utf8).split(separator: "\n").last ?? ""
    #expect(line.contains(#""routine":"plantar-ankle-w1-s1""#))
    #expect(line.contains(#""outcome":"completed""#))
    let next = runProcess(glideBinary, ["next", "--log", log], environment: environment)
    #expect(next.status == 0)
    #expect(next.out.hasPrefix("Today: done; the next session from 20"), "\(next.out)")
    let again = runProcess(glideBinary, ["--log", log], environment: environment)
    #expect(again.status == 0)
    #expect(
      again.out
        == next.out
        + "To train anyway: 'glide run ROUTINE' ('glide routines' lists them)\n")
    let status = runProcess(glideBinary, ["program", "--log", log], environment: environment)
    #expect(status.out.contains("  done   1. Plantar chain ("))
    #expect(status.out.contains("  to do  2. Ankle floss ("))
    // The id the log holds names the session again, for show and run alike.
    // A session of another week is no session of this one: the summary counts the
    // calendar week.
    let later = runProcess(
      glideBinary,
      ["run", "plantar-ankle-w2-s1", "--plain", "--time-scale", "400", "--log", log],
      environment: environment)
    #expect(later.out.contains("\nThis week 2 sessions (aim for 2-3)\n"), "\(later.out)")
    #expect(!later.out.contains("Program   week"))
    let show = runProcess(glideBinary, ["show", "plantar-ankle-w1-s1"], environment: environment)
    #expect(show.status == 0)
    #expect(show.out.hasPrefix("Plantar and ankle, week 1: "), "\(show.out)")
    // A program's own id, given for a routine, says how a program is followed.
    let program = runProcess(glideBinary, ["run", "plantar-ankle"], environment: environment)
    #expect(program.status == 2)
    #expect(
      program.err
        == "glide: 'plantar-ankle' is a program, not a routine: 'glide program start "
        + "plantar-ankle' follows it ('glide next' then runs each day's session), and "
        + "'plantar-ankle-w1-s1' names its first session\n")
  }

  @Test func withNoProgramNextSuggestsTheLeastWorked() {
    let home = FileManager.default.temporaryDirectory.appendingPathComponent("glide-next-\(UUID())")
      .path
    defer { try? FileManager.default.removeItem(atPath: home) }
    let next = runProcess(
      glideBinary, ["next"],
      environment: ["HOME": home, "PATH": "/usr/bin:/bin", "GLIDE_LOG": home + "/log.jsonl"])
    #expect(next.status == 0)
    #expect(next.out.hasPrefix("No program is active; 'glide program list' shows the programs"))
    #expect(next.out.contains("Try 'glide run desk-reset' (Desk reset, 9:28)."))
  }
}
