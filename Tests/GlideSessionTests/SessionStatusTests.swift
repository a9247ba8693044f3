import Foundation
import Testing

@testable import GlideSession

/// The status file's contents and what `glide status` makes of them.
@Suite struct SessionStatusTests {
  let running = SessionStatus(
    pid: 42, routine: "Pre-run warm-up", what: "Roll · left calves", paused: false,
    ends: 1000.5, remaining: nil, length: 90, scale: 1, step: 3, steps: 11)

  @Test func theLineCountsDownFromTheDeadlineWithoutAWrite() {
    #expect(running.formatted(at: 917) == "▶ Roll · left calves 1:24")
    #expect(running.formatted(at: 1000) == "▶ Roll · left calves 0:01")
    #expect(running.formatted(at: 2000) == "▶ Roll · left calves 0:00", "never below zero")
  }

  @Test func everyFieldIsFilledAndAnythingElseInBracesIsNamed() {
    let all = SessionStatus.fieldNames.map { "{\($0)}" }.joined(separator: "|")
    #expect(
      running.formatted(all, at: 917)
        == "▶|running|Roll · left calves|1:24|Pre-run warm-up|3|11|7")
    #expect(SessionStatus.unknownFields(in: all).isEmpty)
    #expect(SessionStatus.unknownFields(in: "{icon} {nope} {left} {lfet} {") == ["nope", "lfet"])
    // A field opened and never closed would be printed as typed.
    #expect(SessionStatus.unclosedField(in: "{icon} {left") == "{left")
    #expect(SessionStatus.unclosedField(in: "{icon left") == "{icon")
    #expect(SessionStatus.unclosedField(in: "{icon} {left}") == nil)
  }

  @Test func theDocsNameEveryField() throws {
    let docs = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("../../docs/status.md")
    let text = try String(contentsOf: docs, encoding: .utf8)
    for field in SessionStatus.fieldNames {
      #expect(text.contains("`{\(field)}`"), "docs/status.md lacks {\(field)}")
    }
  }

  @Test func aPausedSessionKeepsItsTimeLeft() {
    var paused = running
    paused.paused = true
    paused.ends = nil
    paused.remaining = 30
    #expect(paused.formatted(at: 5000) == "⏸ Roll · left calves 0:30")
    #expect(paused.percentage(at: 5000) == 67)
  }

  @Test func repsCountedByKeyHaveNoTime() {
    var reps = running
    reps.ends = nil
    reps.length = nil
    #expect(reps.formatted(at: 917) == "▶ Roll · left calves")
  }

  @Test func aTemplatesFieldsAreFilled() {
    #expect(
      running.formatted("{state}: {routine}, step {step}/{steps}, {percent}%", at: 955.5)
        == "running: Pre-run warm-up, step 3/11, 50%")
  }

  @Test func waybarGetsItsFourKeys() {
    #expect(
      running.waybar(at: 955.5)
        == #"{"text":"▶ Roll · left calves 0:45","tooltip":"Pre-run warm-up · step 3 of 11","#
        + #""class":"running","percentage":50}"#)
    #expect(SessionStatus.idleWaybar.contains(#""text":"""#))
  }

  @Test func theFileReadsBackAsWritten() {
    #expect(StatusFile.decode(StatusFile.encode(running)) == running)
    var odd = running
    odd.what = "two\nlines"
    #expect(StatusFile.decode(StatusFile.encode(odd))?.what == "twolines")
    #expect(StatusFile.decode("pid=1\n") == nil, "a file missing its fields is none")
  }

  @Test func aProcessThatIsGoneIsNotASession() {
    #expect(!StatusFile.isRunning(99_999_999))
    #expect(!StatusFile.isRunning(0))
  }
}
