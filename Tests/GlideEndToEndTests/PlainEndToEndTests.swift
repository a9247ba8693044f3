import Foundation
import Testing

/// Plain mode: a built-in routine run through with no key, on a dumb terminal, its lines
/// read from a pipe.
@Suite(.endToEnd) struct PlainEndToEndTests {
  /// Runs glide with `arguments` and `term`, stdin `input` (empty by default) and stdout a
  /// pipe into a file; returns the status and what came through the pipe.
  func runPiped(_ arguments: String, term: String, input: String = "") throws -> (
    status: Int32, out: String
  ) {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("glide-e2e-plain-\(UUID().uuidString.prefix(8))")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let out = folder.appendingPathComponent("out").path
    let keys = folder.appendingPathComponent("keys").path
    try input.write(toFile: keys, atomically: true, encoding: .utf8)
    let command =
      "\(glideBinary) \(arguments) --log \(folder.path)/sessions.jsonl <\(keys) | cat > \(out);"
      + " exit ${PIPESTATUS[0]}"
    var environment = ProcessInfo.processInfo.environment
    environment["TERM"] = term
    environment["HOME"] = folder.path
    environment["XDG_CONFIG_HOME"] = folder.path + "/config"
    let run = runProcess("/bin/bash", ["-c", command], environment: environment)
    return (run.status, (try? String(contentsOfFile: out, encoding: .utf8)) ?? "")
  }

  @Test func dumbTerminalRunsAWholeRoutineInPlainLines() throws {
    let (status, out) = try runPiped(
      "run desk-shoulders-neck --plain --time-scale 60", term: "dumb")
    #expect(status == 0, "\(out)")
    let lines = out.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    #expect(lines.first == "Get ready. First: stretch, left shoulders", "\(lines.prefix(3))")
    #expect(
      lines.contains(
        "Stretch, left shoulders, 1 minute. Arm across the chest, the other forearm draws it "
          + "in; the shoulder stays low"), "a step and its cue on one line")
    #expect(lines.contains("Switch sides. Next: stretch, right shoulders"))
    #expect(lines.contains("Rep 8"), "rep counts")
    // The summary, as text, after the moments; the end said once, by its first line.
    #expect(lines.contains("Session complete: Shoulders and neck at the desk"))
    #expect(lines.filter { $0.hasPrefix("Session complete") }.count == 1, "\(lines)")
    #expect(lines.contains { $0.hasPrefix("Steps     11 done") })
    // Nothing for a screen: no escape, no carriage return, no bell.
    #expect(!out.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" }, "control bytes")
  }

  @Test func plainCountsDownInDigitsSaysBreathsAndEndsWithOneLineWithSummaryNone() throws {
    let (status, out) = try runPiped(
      "run \(fixture("short.toml")) --plain --breath-words --summary none --time-scale 4",
      term: "xterm-256color")
    #expect(status == 0)
    let lines = out.split(separator: "\n").map(String.init)
    // The get-ready's last seconds, one line each.
    let ready = try #require(lines.firstIndex(of: "3"), "\(lines)")
    #expect(Array(lines[ready...].prefix(3)) == ["3", "2", "1"], "\(lines)")
    #expect(lines.contains("In") && lines.contains("Out"), "breath phases: \(lines)")
    #expect(lines.last == "Session complete: Short fixture", "\(lines)")
  }

  @Test func dumbTerminalAloneIsPlainModeNotARefusal() throws {
    let (status, out) = try runPiped(
      "run \(fixture("short.toml")) --summary none --time-scale 8", term: "dumb")
    #expect(status == 0, "\(out)")
    #expect(out.split(separator: "\n").dropFirst().first == "Get ready. First: roll, left calves")
    #expect(out.hasSuffix("Session complete: Short fixture\n"), "\(out)")
  }

  /// Keys from a pipe, a line each: skip the get-ready, `+`, `q`, `y`. Each says its line
  /// before the next, and the summary measures the roll at the length chosen.
  @Test func plusAndQuitSayTheirLinesAndTheSummaryKeepsTheLengthChosen() throws {
    let (status, out) = try runPiped(
      "run spot-feet --plain --time-scale 1", term: "dumb", input: "n\n+\nq\ny\n")
    #expect(status == 1, "ended early: \(out)")
    let lines = out.split(separator: "\n").map(String.init)
    let roll = try #require(lines.firstIndex { $0.hasPrefix("Roll, left plantar fascia") })
    #expect(
      Array(lines[(roll + 1)...].prefix(3)) == [
        "15 seconds added: 75 seconds left",
        "End session? y ends and saves it · n or esc goes on",
        "Session ended early: Spot: feet and calves",
      ], "\(lines)")
    #expect(
      lines.contains { $0.contains("left plantar fascia") && $0.hasSuffix("0:00 of 1:15") },
      "\(lines)")
  }

  /// "10" typed as `1` `0` is two answers: the scale's keys are said once, as the screen
  /// shows them, and each answer is read back, so the slip is heard at once.
  @Test func theCheckInSaysItsKeysAndReadsEachAnswerBack() throws {
    let (status, out) = try runPiped(
      "run pre-run --check-in --plain --summary none --time-scale 100", term: "dumb",
      input: "107s\n")
    #expect(status == 0, "\(out)")
    let lines = out.split(separator: "\n").map(String.init)
    #expect(
      Array(lines.prefix(8)) == [
        "Check-in before you start. Rate your calves, 0 to 10",
        "Keys: 0 stiff or sore … t = 10 free · s skip",
        "calves: 1", "Rate your quads, 0 to 10", "quads: 0",
        "Rate your IT band and TFL, 0 to 10", "IT band and TFL: 7", "Rate your glutes, 0 to 10",
      ], "\(lines)")
    #expect(lines.contains("glutes: skipped"), "\(lines)")
    #expect(!lines.contains { $0.hasPrefix("Check-in.") }, "none asked after: no key can answer")
  }

  /// An input at its end (`< /dev/null`) answers nothing: the check-in is skipped and the
  /// session runs to its end hands-free.
  @Test func aCheckInAtTheEndOfItsInputIsSkipped() throws {
    let (status, out) = try runPiped(
      "run spot-upper-back --check-in --plain --summary none --time-scale 100", term: "dumb")
    #expect(status == 0, "\(out)")
    let lines = out.split(separator: "\n").map(String.init)
    #expect(lines.contains("Input ended: the rest of the check-in is skipped"), "\(lines)")
    #expect(lines.last?.hasPrefix("Session complete") == true, "\(lines)")
  }
}
