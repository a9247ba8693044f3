import Foundation
import GlideSession
import GlideTestSupport
import Testing

@Suite(.serialized, .endToEnd) struct CoachingEndToEndTests {
  /// A fake espeak-ng that records what it is asked to say, then takes `seconds` saying it.
  func fakeSpeaker(in folder: URL, seconds: Double) throws -> String {
    let bin = folder.appendingPathComponent("bin")
    try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
    let record = folder.appendingPathComponent("spoken.txt").path
    let script = "#!/bin/sh\nshift\necho \"$*\" >> \(record)\nsleep \(seconds)\n"
    let path = bin.appendingPathComponent("espeak-ng").path
    #expect(ExecutableScript.write(script, to: path))
    return bin.path
  }

  @Test func voiceSpeaksTheCuesWithoutHoldingTheTimer() async throws {
    let tmux = try Tmux()
    defer { tmux.close() }
    // Each cue takes 10 session seconds to say (1.25 s at eight times the speed).
    let bin = try fakeSpeaker(in: tmux.directory, seconds: 1.25)
    tmux.type("export PATH=\(bin):$PATH")
    tmux.startGlide("run \(fixture("short.toml")) --no-bell --voice --time-scale 8")
    await tmux.waitFor("Session complete", timeout: 40)
    tmux.keys("x")
    #expect(await tmux.exitStatus() == 0)
    let spoken =
      (try? String(
        contentsOfFile: tmux.directory.appendingPathComponent("spoken.txt").path, encoding: .utf8))
      ?? ""
    let lines = spoken.split(separator: "\n").map(String.init)
    #expect(lines.first == "Get ready. First: roll, left calves", "\(lines)")
    #expect(lines.contains("Roll, left calves, 3 seconds"))
    #expect(lines.contains("Switch sides. Next: roll, right calves"))
    #expect(lines.contains("Fixture raises, 2 reps"))
    #expect(lines.contains("Session complete"))
    // The speaker takes 10 session seconds each time: had the timer waited, a session of
    // 26 session seconds could not have finished with this many cues (counts and the 3-2-1 do
    // not cut off a step's name while it is still being said, so some are left out).
    #expect(lines.count >= 6, "\(lines)")
  }

  @Test func aQuestionThatWaitsForTheVoiceIsSaidWhenTheVoiceEnds() async throws {
    let tmux = try Tmux()
    defer { tmux.close() }
    // Each phrase takes 2 s to say. q while the get-ready's is said: the question waits
    // for it, and nothing on screen moves while it is asked, yet it is said as soon as the
    // voice ends (its SIGCHLD wakes glide), not when a hung voice would be cut off for it.
    let bin = try fakeSpeaker(in: tmux.directory, seconds: 2)
    tmux.type("export PATH=\(bin):$PATH")
    tmux.startGlide("run \(fixture("short.toml")) --no-bell --voice")
    #expect(await tmux.waitFor("help"))
    tmux.keys("q")
    let asked = Date()
    let spoken = tmux.directory.appendingPathComponent("spoken.txt").path
    let said = await eventually(timeout: 20) {
      ((try? String(contentsOfFile: spoken, encoding: .utf8)) ?? "")
        .contains(PlainNarration.askedToQuit)
    }
    let waited = Date().timeIntervalSince(asked)
    #expect(said)
    #expect(waited < 6, "said when the voice ended, not \(waited) s after q")
    tmux.keys("y")
    #expect(await tmux.waitFor("Session ended early"))
    tmux.keys("x")
    #expect(await tmux.exitStatus() == 1)
  }

  @Test func voiceWithoutEspeakSaysSoOnceAndRunsSilent() async throws {
    let tmux = try Tmux()
    defer { tmux.close() }
    // No folder on PATH at all: espeak-ng may be installed system-wide.
    tmux.type("export PATH=\(tmux.directory.path)/no-programs")
    tmux.type(
      "\(glideBinary) run \(fixture("short.toml")) --no-bell --voice --time-scale 8 2> \(tmux.directory.path)/err.txt; echo \"EXIT=$?\" > \(tmux.directory.path)/status"
    )
    await tmux.waitFor("Session complete", timeout: 30)
    tmux.keys("x")
    #expect(await tmux.exitStatus() == 0)
    let err = (try? String(contentsOfFile: tmux.directory.path + "/err.txt", encoding: .utf8)) ?? ""
    #expect(err.hasPrefix("glide: --voice needs espeak-ng on PATH"))
    #expect(err.components(separatedBy: "--voice needs").count == 2, "said once: \(err)")
    // In plain mode the same words are its first line, and not said again on stderr.
    let plain = runProcess(
      glideBinary,
      [
        "run", fixture("short.toml"), "--voice", "--sound", "tones", "--plain",
        "--time-scale", "50", "--log", tmux.directory.path + "/plain.jsonl",
      ],
      environment: ["PATH": tmux.directory.path + "/no-programs", "HOME": tmux.directory.path])
    #expect(!plain.err.contains("--voice needs"), "\(plain.err)")
    let said = plain.out.components(separatedBy: "\n")
    #expect(
      said.first?.hasPrefix(
        "--voice needs espeak-ng on PATH (apt-get install espeak-ng); running silent; "
          + "--sound tones needs pw-play, paplay or aplay on PATH; ringing the bell instead")
        == true,
      "\(said.prefix(3))")
    #expect(said.filter { $0.contains("--voice needs") }.count == 1)
  }

  @Test func onEventRunsTheHookWithItsEnvironmentAndNeverBlocks() async throws {
    let tmux = try Tmux()
    defer { tmux.close() }
    let events = tmux.directory.appendingPathComponent("events.txt").path
    let hook = tmux.directory.appendingPathComponent("hook.sh").path
    let script =
      "#!/bin/sh\necho \"$GLIDE_EVENT $GLIDE_ROUTINE $GLIDE_STEP $GLIDE_TARGET $GLIDE_SIDE $GLIDE_REMAINING\" >> \(events)\nsleep 5\n"
    #expect(ExecutableScript.write(script, to: hook))
    let started = Date()
    tmux.startGlide("run \(fixture("short.toml")) --no-bell --time-scale 8 --on-event \(hook)")
    await tmux.waitFor("Session complete", timeout: 60)
    let elapsed = Date().timeIntervalSince(started)
    tmux.keys("x")
    #expect(await tmux.exitStatus() == 0)
    // 26 s of plan at eight times the speed is 3.25 s; a hook sleeping 5 s at each of 13
    // events would have taken over a minute had the timer waited for it.
    #expect(elapsed < 25, "the timer kept time: \(elapsed) s")
    // Each hook writes its line first, then sleeps: wait for the last event's line.
    let read = {
      ((try? String(contentsOfFile: events, encoding: .utf8)) ?? "").split(separator: "\n")
        .map(String.init)
    }
    _ = await eventually(timeout: 10) { read().count >= 13 }
    let lines = read()
    #expect(lines.contains("step_start short 1 calves left 10"), "\(lines)")
    #expect(lines.count == 13, "six starts, six ends, the session end")
    #expect(lines.contains("step_start short 1 calves left 3"))
    #expect(lines.contains("step_start short 2 calves right 3"))
    #expect(lines.contains { $0.hasPrefix("step_end short 1 calves left") })
    #expect(
      lines.last?.hasPrefix("session_end short") == true
        || lines.contains { $0.hasPrefix("session_end short") })
    #expect(
      lines.filter { $0.hasPrefix("step_start") }.count == 6, "lead-in, 2 sides, switch, hold, reps"
    )
    #expect(lines.filter { $0.hasPrefix("step_end") }.count == 6)
  }

  @Test func onEventReportsAFailingHookOnceAndGoesOn() async throws {
    let tmux = try Tmux()
    defer { tmux.close() }
    tmux.startGlide("run \(fixture("short.toml")) --no-bell --time-scale 8 --on-event 'exit 3'")
    await tmux.waitFor("the --on-event command failed (exit status 3)", timeout: 20)
    await tmux.waitFor("Session complete", timeout: 30)
    tmux.keys("x")
    #expect(await tmux.exitStatus() == 0)
    let history = tmux.history
    #expect(
      history.components(separatedBy: "glide: the --on-event command failed").count == 2,
      "reported once after the session")
  }

  @Test func pauseAndResumeReachTheHook() async throws {
    let tmux = try Tmux()
    defer { tmux.close() }
    let events = tmux.directory.appendingPathComponent("events.txt").path
    tmux.startGlide(
      "run \(fixture("keys.toml")) --no-bell --no-count-in --on-event 'echo $GLIDE_SEQUENCE $GLIDE_EVENT >> \(events)'"
    )
    await tmux.waitFor("GET READY")
    tmux.keys("Space")
    await tmux.waitFor("space resume")
    tmux.keys("Space")
    await tmux.waitFor("space pause")
    tmux.keys("q", "y")
    await tmux.waitFor("Session ended early")
    tmux.keys("x")
    #expect(await tmux.exitStatus() == 1, "ended early with q")
    _ = await eventually(timeout: 10) {
      ((try? String(contentsOfFile: events, encoding: .utf8)) ?? "").contains("session_end")
    }
    // Each event runs in its own process, so they may finish in any order: GLIDE_SEQUENCE
    // gives the order they happened in.
    let text = (try? String(contentsOfFile: events, encoding: .utf8)) ?? ""
    let lines = text.split(separator: "\n")
      .map { $0.split(separator: " ").map(String.init) }
      .sorted { (Int($0.first ?? "") ?? 0) < (Int($1.first ?? "") ?? 0) }
      .map { $0.dropFirst().joined(separator: " ") }
    #expect(lines == ["step_start", "pause", "resume", "step_end", "session_end"], "\(text)")
  }

  @Test func keepAwakeHoldsASleepLockForTheSessionOnly() async throws {
    let tmux = try Tmux()
    defer { tmux.close() }
    let bin = tmux.directory.appendingPathComponent("bin")
    try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
    let record = tmux.directory.appendingPathComponent("inhibit.txt").path
    let fake = bin.appendingPathComponent("systemd-inhibit").path
    #expect(
      ExecutableScript.write(
        "#!/bin/sh\necho \"$*\" > \(record)\necho $$ >> \(record)\nexec sleep 300\n", to: fake))
    tmux.type("export PATH=\(bin.path):/usr/bin:/bin")
    tmux.startGlide("run \(fixture("keys.toml")) --no-bell")
    await tmux.waitFor("GET READY")
    // The fake writes its arguments, then its pid: wait for both lines.
    await tmux.waitFor("the inhibitor to start") { _ in
      ((try? String(contentsOfFile: record, encoding: .utf8)) ?? "").split(separator: "\n").count
        >= 2
    }
    let lines = ((try? String(contentsOfFile: record, encoding: .utf8)) ?? "").split(
      separator: "\n")
    #expect(lines.first?.hasPrefix("--what=idle:sleep --who=glide") == true, "\(lines)")
    let pid = Int32(lines.last ?? "") ?? 0
    #expect(pid > 0 && kill(pid, 0) == 0, "held while the session runs")
    tmux.keys("q", "y")
    await tmux.waitFor("Session ended early")
    tmux.keys("x")
    #expect(await tmux.exitStatus() == 1, "ended early with q")
    let released = await eventually(timeout: 5) {
      var status: Int32 = 0
      _ = waitpid(pid, &status, WNOHANG)
      let stat = (try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8)) ?? ""
      return !(kill(pid, 0) == 0 && !stat.contains(") Z "))
    }
    #expect(released, "released when the session ends")
  }
}
