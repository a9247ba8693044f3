import GlideCore
import GlideRender
import Testing

@testable import GlideSession

#if canImport(Glibc)
  import Glibc
#endif

/// The run loop on a fake screen and clock: scripts of keys, waits and signals in, the
/// frames, the hook's events, the phrases and the log out. Each runs in milliseconds.
@Suite struct RunLoopTests {
  @Test func aSessionLeftToRunCompletesAndAKeyClosesTheSummary() {
    let rig = Rig(
      [.until(12), .key(.enter), .key(.enter), .until(15), .key(.character("x"))])
    let end = rig.runner.run()
    #expect(end.summary?.outcome == .completed)
    #expect(end.exitStatus == 0)
    #expect(rig.lines("log") == ["log completed"])
    #expect(rig.screen.script.isEmpty, "the key closed the summary")
    // The summary drawn last shows the week's count the log gave back.
    #expect(rig.transcript.frames.last.map { $0.text.contains("Session complete") } == true)
  }

  @Test func onAScreenTooShortForItTheSummaryScrollsAndAnotherKeyClosesIt() {
    let rig = Rig([
      .until(12), .key(.enter), .key(.enter), .until(15), .resize(width: 30, height: 6),
      .key(.down), .key(.pageDown), .key(.up), .key(.character("x")),
    ])
    let end = rig.runner.run()
    #expect(end.summary?.outcome == .completed)
    #expect(rig.screen.script.isEmpty, "the arrows scrolled, x closed the summary")
    // A line down, a page (4 of 5 rows) down, a line up.
    #expect(rig.runner.state.scroll == 4)
    let footer = rig.transcript.frames.last.map { $0.text.split(separator: "\n").last ?? "" }
    #expect(footer?.hasPrefix("↑ 4 ↓ ") == true, "\(footer ?? "")")
  }

  @Test func whereTheSummaryFitsAnArrowClosesItLikeAnyKey() {
    let rig = Rig([.until(12), .key(.enter), .key(.enter), .until(15), .key(.down), .until(99)])
    let end = rig.runner.run()
    #expect(end.summary?.outcome == .completed)
    #expect(rig.screen.script.count == 1, "the arrow left the summary")
    #expect(rig.transcript.frames.last.map { $0.text.contains("Press any key to exit") } == true)
  }

  @Test func quittingWithQThenYEndsEarlyWithStatusOne() {
    let rig = Rig([.key(.character("q")), .key(.character("y")), .key(.character(" "))])
    let end = rig.runner.run()
    #expect(end.summary?.outcome == .stopped)
    #expect(end.exitStatus == 1)
    #expect(rig.lines("log") == ["log stopped"])
  }

  @Test func theHookHearsEachEventInOrderWithTheTimeLeft() {
    var options = Rig.options
    options.onEvent = "true"
    let rig = Rig(
      [
        .until(2),  // the lead-in runs out
        .key(.character(" "), after: .seconds(4)),  // pause the roll with 6 s left
        .key(.character(" "), after: .seconds(5)),  // resume
        .key(.character("n")),  // skip the roll
        .key(.character("q")), .key(.character("y")), .key(.character("x")),
      ], options: options)
    _ = rig.runner.run()
    #expect(
      rig.lines("hook") == [
        "hook step_start 1 2",
        "hook step_end 1 0 done",
        "hook step_start 1 10",
        "hook pause 1 6",
        "hook resume 1 6",
        "hook step_end 1 6 partial",
        "hook step_start 2 0",
        "hook step_end 2 0 skipped",
        "hook session_end 2 0 stopped",
      ])
    let sequence = rig.processes.started.compactMap { $0.environment["GLIDE_SEQUENCE"] }
    #expect(sequence == (1...9).map(String.init))
    let kinds = rig.processes.started.compactMap { $0.environment["GLIDE_STEP_KIND"] }
    #expect(kinds.prefix(3) == ["lead-in", "lead-in", "roll"])
  }

  /// `+`, `-` and `!` shortening a hold change the time left: a hook that keeps its own
  /// countdown hears the new one.
  @Test func theHookHearsTheTimeLeftChange() {
    var options = Rig.options
    options.onEvent = "true"
    let rig = Rig(
      [
        .until(2),  // the lead-in runs out
        .key(.character("+"), after: .seconds(4)),  // 6 s left, 21 s now
        .key(.character("-"), after: .seconds(1)),  // 20 s left, 5 s now
        .key(.character("q")), .key(.character("y")), .key(.character("x")),
      ], options: options)
    _ = rig.runner.run()
    #expect(
      rig.lines("hook length_changed") == [
        "hook length_changed 1 21", "hook length_changed 1 5",
      ])
  }

  @Test func skipAndQuitReportTheTimeLeftAlike() {
    var options = Rig.options
    options.onEvent = "true"
    let skipped = Rig(
      [
        .until(2), .key(.character("n"), after: .seconds(4)), .key(.character("q")),
        .key(.character("y")), .key(.character("x")),
      ], options: options)
    _ = skipped.runner.run()
    let quit = Rig(
      [
        .until(2), .key(.character("q"), after: .seconds(4)), .key(.character("y")),
        .key(.character("x")),
      ], options: options)
    _ = quit.runner.run()
    #expect(skipped.lines("hook step_end 1")[1] == "hook step_end 1 6 partial")
    #expect(quit.lines("hook step_end 1")[1] == "hook step_end 1 6 partial")
    #expect(quit.lines("hook session_end") == ["hook session_end 1 6 stopped"])
  }

  @Test func theVoiceSaysTheStepsNameRatherThanItsLastSecond() {
    var options = Rig.options
    options.voice = true
    // A wake so late that it passes the lead-in and the whole roll: of the two step names
    // it brings, the latest is said, once.
    let rig = Rig([.key(.other, after: .seconds(12.5)), .key(.interrupt)], options: options)
    _ = rig.runner.run()
    #expect(
      rig.lines("say") == [
        "say Get ready. First: roll, calves", "say Raises, 2 reps, press enter after each",
      ])
  }

  @Test func theVoiceSaysBackWhatAKeyDidInPlainModesWords() {
    var options = Rig.options
    options.voice = true
    let rig = Rig(
      [
        .key(.character(" "), after: .seconds(4)), .key(.character(" "), after: .seconds(1)),
        .key(.character("+"), after: .seconds(5)), .key(.character("q")),
        .key(.character("n")), .key(.interrupt),
      ], options: options)
    rig.processes.phrasesEnd = true
    _ = rig.runner.run()
    #expect(
      rig.lines("say") == [
        "say Get ready. First: roll, calves", "say Roll, calves, 10 seconds", "say Paused",
        "say Resumed", "say 15 seconds added: 18 seconds left", "say \(PlainNarration.askedToQuit)",
        "say Going on",
      ])
  }

  @Test func theQuitQuestionIsSaidWhenTheVoiceEnds() {
    var options = Rig.options
    options.voice = true
    // q while the get-ready's announcement is still said: the question waits for it, and
    // is said at the wake its end brings (SIGCHLD), with no clock running while it is
    // asked; "Going on" waits for the question in turn.
    let rig = Rig(
      [.key(.character("q"), after: .seconds(1)), .childEnds, .key(.character("n")), .childEnds],
      options: options)
    _ = rig.runner.run()
    #expect(
      rig.lines("say").prefix(3) == [
        "say Get ready. First: roll, calves", "say \(PlainNarration.askedToQuit)",
        "say Going on",
      ])
    #expect(!rig.processes.stopped.contains(101), "the announcement was not cut off")
    #expect(!rig.processes.stopped.contains(102), "nor the question")
  }

  @Test func aVoiceThatHangsIsCutOffForWhatWaitsAfterItsPatience() {
    var options = Rig.options
    options.voice = true
    // The get-ready's announcement never ends: ten seconds after q the question is said
    // over it, and then the loop sleeps until a key (here the script's end, which closes
    // the input: a loop that kept waking would use up the wait to 30 s first).
    let rig = Rig(
      [.key(.character("q"), after: .seconds(1)), .until(30), .key(.character("n"))],
      options: options)
    _ = rig.runner.run()
    #expect(
      rig.lines("say") == [
        "say Get ready. First: roll, calves", "say \(PlainNarration.askedToQuit)",
      ])
    #expect(rig.processes.stopped.first == 101, "the hung announcement was stopped")
    #expect(rig.clock.instant == Instant.seconds(1) + Voice.patience, "said after its patience")
  }

  @Test func theLastPhraseIsLetFinishWhenTheSessionLeavesAtOnce() {
    // With --summary print the loop leaves as the session ends: "Session complete" is
    // being said and is let finish; Ctrl-C stops what is being said.
    let plan = Plan(
      Routine(
        id: "one", name: "One", summary: "", phase: .any,
        steps: [Step(.roll, target: "calves", duration: .seconds(2))]),
      settings: Plan.Settings(leadIn: .seconds(1), countIn: .zero))
    var options = Rig.options
    options.voice = true
    options.summary = .print
    let rig = Rig([.until(10)], plan: plan, options: options)
    _ = rig.runner.run()
    let said = rig.lines("say ")
    #expect(said.last?.hasPrefix("say Session complete") == true, "\(said)")
    let last = Int32(100 + rig.processes.started.count)
    #expect(!rig.processes.stopped.contains(last), "\(rig.processes.stopped)")
    let interrupted = Rig([.until(1.5), .key(.interrupt)], plan: plan, options: options)
    _ = interrupted.runner.run()
    #expect(
      interrupted.processes.stopped.contains(Int32(100 + interrupted.processes.started.count)))
  }

  @Test func aReplyWaitsForTheStepsNameAndCtrlZGetsNone() {
    var options = Rig.options
    options.voice = true
    // The get-ready's announcement is still being said when space is pressed: "Paused"
    // waits for it rather than cutting it off. Ctrl-Z stops the voice with the session, so
    // nothing is said for it.
    let rig = Rig(
      [.key(.character(" "), after: .seconds(1)), .key(.interrupt)], options: options)
    _ = rig.runner.run()
    #expect(rig.lines("say") == ["say Get ready. First: roll, calves"])
    // Stopped once, as the session ended, not for a reply.
    #expect(rig.processes.stopped == [101])
    let suspended = Rig([.key(.suspend, after: .seconds(1)), .key(.interrupt)], options: options)
    suspended.processes.phrasesEnd = true
    _ = suspended.runner.run()
    #expect(suspended.lines("say").allSatisfy { !$0.hasSuffix(PlainNarration.paused) })
    #expect(suspended.lines("suspend").count == 1)
  }

  @Test func aCountOutranksARepsPartAndWhatWaitsIsSaidAsOne() {
    let count = Speech("1", priority: .count, whenBusy: .drops)
    let part = Speech("out", priority: .count, whenBusy: .drops, level: .full)
    #expect(Voice.choose([count, part], level: .full).map(\.phrase) == ["1"])
    #expect(Voice.choose([part], level: .full).map(\.phrase) == ["out"])
    let step = Speech("Bridges, 3 reps", priority: .announcement, whenBusy: .waits)
    let cue = Speech("Slow", priority: .timing, whenBusy: .waits, level: .full)
    let held = Speech(PlainNarration.stillPaused, priority: .timing, whenBusy: .waits)
    #expect(
      Voice.choose([step, cue, held], level: .full).map(\.phrase) == [
        "Bridges, 3 reps", "Slow. Still paused: space resumes",
      ])
    #expect(
      Voice.choose([step, cue, held], level: .basic).map(\.phrase) == [
        "Bridges, 3 reps", "Still paused: space resumes",
      ])
  }

  @Test func theVoiceIsNotCutOffByACount() {
    let voice = Voice(processes: FakeProcesses(transcript: Transcript(), programs: ["espeak-ng"]))
    func said(_ batch: [(String, SpeechPriority)]) -> [String] {
      Voice.choose(
        batch.map { Speech($0.0, priority: $0.1, whenBusy: .drops) }, level: .basic
      ).map(\.phrase)
    }
    #expect(
      said([("three", .timing), ("Switch sides", .announcement), ("1", .count)]) == ["Switch sides"]
    )
    #expect(said([("two", .timing), ("one", .timing)]) == ["one"])
    #expect(said([]).isEmpty)
    #expect(voice != nil)
  }

  @Test func ctrlZPausesThenSuspendsAndTheSessionWaitsPaused() {
    var options = Rig.options
    options.onEvent = "true"
    let rig = Rig(
      [
        .until(2), .key(.suspend, after: .seconds(1)), .key(.character(" "), after: .seconds(5)),
        .key(.interrupt),
      ], options: options)
    _ = rig.runner.run()
    let lines = rig.transcript.lines
    let suspended = lines.firstIndex(of: "suspend") ?? 0
    #expect(suspended > 0)
    #expect(lines.firstIndex(of: "hook pause 1 9").map { $0 < suspended } == true)
    // The journal of the pause is written before the process stops.
    #expect(lines[..<suspended].last == "journal")
    #expect(lines.contains("hook resume 1 9"), "space resumes after fg")
    // The 5 s suspended were paused time, not work.
    #expect(rig.runner.state.summary?.steps.first?.elapsed == .seconds(1))
    #expect(rig.runner.state.summary?.paused == .seconds(5))
  }

  @Test func sigtstpSuspendsLikeCtrlZ() {
    let rig = Rig([.signal(SIGTSTP), .key(.character(" ")), .key(.interrupt)])
    _ = rig.runner.run()
    #expect(rig.lines("suspend") == ["suspend"])
  }

  @Test func ctrlCEndsAtOnceAsStoppedWithStatus130() {
    let rig = Rig([.until(1), .key(.interrupt), .key(.character("x"))])
    let end = rig.runner.run()
    #expect(end.summary?.outcome == .stopped)
    #expect(end.exitStatus == 130)
    #expect(rig.lines("log") == ["log stopped"])
    #expect(rig.screen.script.count == 1, "no summary waits for a key")
  }

  @Test(arguments: [SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGUSR1, SIGUSR2, SIGPIPE, SIGALRM])
  func anEndingSignalLogsTheSessionAsStopped(signal: Int32) {
    let rig = Rig([.until(1), .signal(signal)])
    let end = rig.runner.run()
    #expect(end.exitStatus == 128 + signal)
    #expect(rig.recorder.finished?.outcome == .stopped)
  }

  @Test func aSignalOnTheSummaryLeavesWithItsStatus() {
    let rig = Rig([.key(.character("q")), .key(.character("y")), .signal(SIGTERM)])
    let end = rig.runner.run()
    #expect(end.exitStatus == 143)
    #expect(rig.lines("log") == ["log stopped"])
  }

  @Test func aClosedInputEndsTheSessionAsStopped() {
    let rig = Rig([.until(1), .close])
    let end = rig.runner.run()
    #expect(end.inputClosed)
    #expect(end.exitStatus == 129)
    #expect(rig.lines("log") == ["log stopped"])
  }

  @Test func aResizeRedrawsAtTheNewSize() {
    let rig = Rig([.resize(width: 50, height: 14), .key(.interrupt)])
    _ = rig.runner.run()
    #expect(rig.lines("draw") == ["draw 80x24", "draw 50x14"])
  }

  @Test func theFrameIsDrawnBeforeTheJournalIsWritten() {
    let rig = Rig([.until(2), .key(.character(" ")), .key(.character("n")), .key(.interrupt)])
    _ = rig.runner.run()
    let lines = rig.transcript.lines.filter { $0.hasPrefix("draw") || $0 == "journal" }
    // Start, the roll, the pause, the skip: each journal follows the frame of its change.
    #expect(lines.first == "draw 80x24")
    for (offset, line) in lines.enumerated() where line == "journal" {
      #expect(offset > 0 && lines[offset - 1].hasPrefix("draw"))
    }
    #expect(rig.recorder.journals.count == 4)
  }

  @Test func theBellRingsOncePerWakeAndTheTitleNamesTheStep() {
    var options = Rig.options
    options.bell = true
    options.title = true
    let rig = Rig([.until(2), .key(.interrupt)], options: options)
    _ = rig.runner.run()
    let titles = rig.lines("title")
    #expect(
      titles.first?.hasPrefix("title 0:") == true && titles.first?.contains("Get ready") == true)
    #expect(titles.contains { $0.contains("Roll · calves - Glide") })
    // Ctrl-C leaves at once: the title is given back by the command, not retitled here.
    #expect(Set(titles).count == titles.count, "a title is sent only when it changes")
    // The start, the 1 at the lead-in's end… each wake rings at most once.
    var previous = ""
    for line in rig.transcript.lines {
      #expect(!(line == "bell" && previous == "bell"))
      previous = line
    }
    #expect(!rig.lines("bell").isEmpty)
  }
}
