import Foundation
import Testing

/// Ctrl-Z and fg under a shell with job control, every ending signal, crashes and a pane
/// that dies under a shell that ignores the hang-up.
@Suite(.serialized, .endToEnd) struct SignalEndToEndTests {
  /// Waits for the roll of keys.toml to run, started as a job of `bash -i`; returns the
  /// pid of glide.
  @discardableResult
  func startInRoll(_ tmux: Tmux) async -> [Int32] {
    let log = tmux.directory.appendingPathComponent("sessions.jsonl").path
    tmux.startGlideJob("run \(fixture("keys.toml")) --no-bell --log \(log)")
    await tmux.waitFor("GET READY")
    tmux.keys("n")
    await tmux.waitFor("ROLL · calves")
    return runProcess("/usr/bin/pgrep", ["-f", "glide run .* --log \(log)"]).out
      .split(separator: "\n").compactMap { Int32($0) }
  }

  /// Ctrl-C, then the exit status and the terminal's modes.
  func interrupt(_ tmux: Tmux, sourceLocation: SourceLocation = #_sourceLocation) async {
    tmux.keys("C-c")
    #expect(await tmux.exitStatus() == 130, sourceLocation: sourceLocation)
    await tmux.expectSaneTerminal(sourceLocation: sourceLocation)
  }

  /// Starts glide under `sh` into the roll, logging to a file of its own; the log's path
  /// and glide's pids.
  func startLogged(_ tmux: Tmux) async -> (log: String, pids: [Int32]) {
    let log = tmux.directory.appendingPathComponent("sessions.jsonl").path
    await tmux.startGlideInFirstRoll("run \(fixture("keys.toml")) --no-bell --log \(log)")
    let pids = tmux.glidePIDs()
    #expect(!pids.isEmpty)
    return (log, pids)
  }

  @Test func ctrlZThenFgComesBackRawAndPausedAndSpaceResumes() async throws {
    let tmux = try Tmux(shell: ["bash", "--norc", "-i"])
    defer { tmux.close() }
    await startInRoll(tmux)
    #expect(tmux.paneTitle.hasSuffix("Roll · calves - Glide"), "\(tmux.paneTitle)")
    tmux.keys("C-z")
    await tmux.waitFor("Stopped")
    #expect(!tmux.alternateScreenOn, "the shell is back on the main screen")
    // The shell's title while stopped, not a countdown that no longer counts.
    #expect(!tmux.paneTitle.contains("Glide"), "\(tmux.paneTitle)")
    tmux.type("fg")
    await tmux.waitFor("space resume")
    await tmux.waitFor("the title back") { _ in tmux.paneTitle.hasPrefix("Paused ") }
    // Raw again: one key, no enter, and it is not echoed.
    tmux.keys("Space")
    await tmux.waitFor("space pause")
    tmux.keys("q")
    await tmux.waitFor("End session? y/n")
    tmux.keys("y")
    await tmux.waitFor("Press any key to exit")
    tmux.keys("x")
    #expect(await tmux.exitStatus() == 1)
    await tmux.expectSaneTerminal()
  }

  @Test func aResizeWhileSuspendedIsDrawnAfterFg() async throws {
    let tmux = try Tmux(shell: ["bash", "--norc", "-i"])
    defer { tmux.close() }
    await startInRoll(tmux)
    tmux.keys("C-z")
    await tmux.waitFor("Stopped")
    tmux.tmux(["resize-window", "-t", "main", "-x", "110", "-y", "30"])
    tmux.type("fg")
    await tmux.waitFor("the frame at 110 columns") { screen in
      screen.split(separator: "\n").contains {
        $0.hasPrefix(" Keys fixture") && $0.hasSuffix("step 1 of 3") && $0.count > 100
      }
    }
    await interrupt(tmux)
  }

  @Test func sigtstpThenFgComesBackPaused() async throws {
    let tmux = try Tmux(shell: ["bash", "--norc", "-i"])
    defer { tmux.close() }
    let pids = await startInRoll(tmux)
    #expect(pids.count == 1)
    for pid in pids { kill(pid, SIGTSTP) }
    await tmux.waitFor("Stopped")
    tmux.type("fg")
    await tmux.waitFor("space resume")
    tmux.keys("Space")
    await tmux.waitFor("space pause")
    await interrupt(tmux)
  }

  @Test(arguments: [SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGUSR1, SIGUSR2, SIGPIPE, SIGALRM])
  func anEndingSignalRestoresTheTerminalAndLogsTheSession(signal: Int32) async throws {
    let tmux = try Tmux()
    defer { tmux.close() }
    let (log, pids) = await startLogged(tmux)
    for pid in pids { kill(pid, signal) }
    #expect(await tmux.exitStatus(timeout: 3) == 128 + Int(signal))
    #expect(!tmux.alternateScreenOn)
    #expect(tmux.cursorShown)
    let lines = ((try? String(contentsOfFile: log, encoding: .utf8)) ?? "")
      .split(separator: "\n")
    #expect(lines.count == 1)
    #expect(lines.first?.contains("\"outcome\":\"stopped\"") == true, "\(lines)")
    await tmux.expectSaneTerminal()
  }

  @Test(arguments: [SIGSEGV, SIGABRT, SIGBUS, SIGILL, SIGFPE])
  func aCrashRestoresTheTerminalAndDiesOfItsSignalAtOnce(signal: Int32) async throws {
    let tmux = try Tmux()
    defer { tmux.close() }
    tmux.type("ulimit -c 0")
    let (log, pids) = await startLogged(tmux)
    #expect(tmux.paneTitle.contains("Glide"), "\(tmux.paneTitle)")
    for pid in pids { kill(pid, signal) }
    // No backtracer waits 30 s for a key on the screen.
    #expect(await tmux.exitStatus(timeout: 5) == 128 + Int(signal))
    #expect(!tmux.alternateScreenOn)
    #expect(tmux.cursorShown)
    // The window's title is given back too.
    #expect(!tmux.paneTitle.contains("Glide"), "\(tmux.paneTitle)")
    await tmux.expectSaneTerminal()
    // The journal it left is logged as interrupted by the next command.
    let history = runProcess(glideBinary, ["history", "--log", log])
    #expect(history.out.contains("interrupted"), "\(history.out) \(history.err)")
  }

  @Test(arguments: [SIGSEGV, SIGABRT])
  func aCrashCreditsTheStepInProgressWithTheTimeUpToIt(signal: Int32) async throws {
    let tmux = try Tmux()
    defer { tmux.close() }
    tmux.type("ulimit -c 0")
    // The roll's start is the journal's last write: the next is ten seconds on.
    let (log, pids) = await startLogged(tmux)
    let rolling = Date()
    await pause(2)
    for pid in pids { kill(pid, signal) }
    let crashedAfter = Date().timeIntervalSince(rolling)
    #expect(await tmux.exitStatus(timeout: 5) == 128 + Int(signal))
    #expect(!tmux.alternateScreenOn)
    #expect(tmux.cursorShown)
    await tmux.expectSaneTerminal()
    let history = runProcess(glideBinary, ["history", "--json", "--log", log])
    #expect(history.err.contains("recovered an interrupted session"), "\(history.err)")
    let lines = history.out.split(separator: "\n")
    #expect(lines.count == 1, "\(history.out)")
    let session = try #require(
      lines.first.flatMap {
        try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
      })
    let steps = try #require(session["steps"] as? [[String: Any]])
    let roll = try #require(steps.first)
    let elapsed = try #require(roll["elapsed_seconds"] as? Double)
    // The roll began up to a screen poll before it was seen; without the crash's instant
    // it would read 0 s, as its start was written.
    #expect(
      elapsed >= crashedAfter - 0.5 && elapsed <= crashedAfter + 1,
      "the roll ran \(crashedAfter) s before the crash, logged \(elapsed) s")
    #expect(roll["outcome"] as? String == "partial")
    #expect(session["outcome"] as? String == "interrupted")
    let active = try #require(session["active_seconds"] as? Double)
    #expect(active >= elapsed, "the active time runs to the crash too")
    let again = runProcess(glideBinary, ["history", "--json", "--log", log])
    #expect(!again.err.contains("recovered"))
    #expect(again.out == history.out, "once")
  }

  @Test(arguments: [false, true])
  func aCrashWhileAskedToEndOrAfterNoCreditsNoneOfTheQuestionsTime(answersNo: Bool) async throws {
    let tmux = try Tmux()
    defer { tmux.close() }
    tmux.type("ulimit -c 0")
    let (log, pids) = await startLogged(tmux)
    let rolling = Date()
    await pause(1)
    tmux.keys("q")
    var worked = Date().timeIntervalSince(rolling)
    await tmux.waitFor("End session? y/n")
    await pause(2)
    if answersNo {
      tmux.keys("n")
      let answered = Date()
      await tmux.waitFor("space pause")
      await pause(0.5)
      worked += Date().timeIntervalSince(answered)
    }
    for pid in pids { kill(pid, SIGSEGV) }
    #expect(await tmux.exitStatus(timeout: 5) == 128 + Int(SIGSEGV))
    let history = runProcess(glideBinary, ["history", "--json", "--log", log])
    #expect(history.err.contains("recovered an interrupted session"), "\(history.err)")
    let session = try #require(
      history.out.split(separator: "\n").first.flatMap {
        try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
      })
    let steps = try #require(session["steps"] as? [[String: Any]])
    let elapsed = try #require(steps.first?["elapsed_seconds"] as? Double)
    // The 2 s asked are paused time: with them the roll would read 2 s more.
    #expect(
      elapsed >= worked - 0.5 && elapsed <= worked + 1,
      "the roll ran \(worked) s outside the question, logged \(elapsed) s")
  }

  @Test func aPaneThatDiesUnderAShellIgnoringHangUpsTakesGlideWithIt() async throws {
    let tmux = try Tmux()
    defer { tmux.close() }
    tmux.type("trap '' HUP")
    let (log, pids) = await startLogged(tmux)
    tmux.killServer()
    let deadline = Date().addingTimeInterval(2)
    while Date() < deadline, pids.contains(where: { kill($0, 0) == 0 }) {
      await pause(0.05)
    }
    let left = pids.map {
      runProcess("/usr/bin/ps", ["-o", "pid,stat,ppid,wchan:20", "-p", "\($0)"]).out
    }
    #expect(!pids.contains { kill($0, 0) == 0 }, "glide is gone within 2 s: \(left)")
    let text = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
    #expect(text.contains("\"outcome\":\"stopped\""), "logged as stopped: \(text)")
  }
}
