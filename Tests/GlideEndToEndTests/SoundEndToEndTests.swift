import Foundation
import GlideSoundTesting
import GlideTestSupport
import Testing

@Suite(.serialized, .endToEnd) struct SoundEndToEndTests {
  /// A fake `paplay` in `folder`/bin that keeps a copy of each file it is asked to play in
  /// `folder`/kept, then sleeps `seconds`; with `holdOn`, it ignores SIGTERM so that
  /// every copy completes even when a newer cue ends it.
  func fakePlayer(in folder: URL, sleeping seconds: Int, holdOn: Bool = false) throws -> String {
    let bin = folder.appendingPathComponent("bin")
    let kept = folder.appendingPathComponent("kept")
    try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
    try FileManager.default.createDirectory(at: kept, withIntermediateDirectories: true)
    let script = """
      #!/bin/sh
      \(holdOn ? "trap '' TERM" : "")
      for last; do :; done
      cp "$last" \(kept.path)/$$.wav.part && mv \(kept.path)/$$.wav.part \(kept.path)/$$.wav
      sleep \(seconds)

      """
    let path = bin.appendingPathComponent("paplay").path
    #expect(ExecutableScript.write(script, to: path))
    return bin.path
  }

  /// The sounds the fake player was given, each told from its samples alone.
  func keptSounds(in folder: URL) -> [String] {
    let kept = folder.appendingPathComponent("kept")
    let files =
      (try? FileManager.default.contentsOfDirectory(at: kept, includingPropertiesForKeys: nil))
      ?? []
    return files.filter { $0.pathExtension == "wav" }.map { file in
      guard let data = try? Data(contentsOf: file), let wav = SoundAnalysis.decode(Array(data))
      else { return "unreadable" }
      return SoundIdentity.identify(wav.samples, sampleRate: wav.sampleRate)?.rawValue ?? "unknown"
    }
  }

  /// Runs sounds.toml at 20 times speed with a fake player that keeps every sound, to the
  /// end; the sounds it was given.
  func soundsOfAWholeSession(_ arguments: String = "") async throws -> [String] {
    let tmux = try Tmux()
    defer { tmux.close() }
    let bin = try fakePlayer(in: tmux.directory, sleeping: 0, holdOn: true)
    tmux.type("export PATH=\(bin):$PATH")
    tmux.startGlide("run \(fixture("sounds.toml")) --time-scale 20 \(arguments)")
    await tmux.waitFor("Session complete", timeout: 40)
    tmux.keys("x")
    #expect(await tmux.exitStatus() == 0)
    return keptSounds(in: tmux.directory)
  }

  @Test func eachCueKindReachesThePlayerAsADifferentSound() async throws {
    let sounds = try await soundsOfAWholeSession()
    // Get-ready: step start; left roll after it: go; the switch; the right roll after it:
    // go; the hold: step start; its halfway; 3-2-1 before each timed item ends; the end.
    #expect(!sounds.contains("unreadable") && !sounds.contains("unknown"), "\(sounds)")
    #expect(
      Set(sounds) == ["step-start", "go", "switch-sides", "halfway", "tick", "session-end"],
      "\(sounds)")
    #expect(sounds.filter { $0 == "go" }.count == 2, "\(sounds)")
    #expect(sounds.filter { $0 == "switch-sides" }.count == 1)
    #expect(sounds.filter { $0 == "halfway" }.count == 1)
    #expect(sounds.filter { $0 == "session-end" }.count == 1)
    // The hold is paced, but breath sounds are asked for with --breath-sound only.
    #expect(!sounds.contains("breath-in") && !sounds.contains("breath-out"))
  }

  @Test func breathSoundMarksEachInBreathAndOutBreath() async throws {
    let sounds = try await soundsOfAWholeSession("--breath-sound")
    // Twelve 4-6 breaths in the 2-minute hold: the first in-breath is the step's start,
    // and the halfway and the 3-2-1 take the place of breath sounds they meet.
    #expect(sounds.filter { $0 == "breath-in" }.count >= 9, "\(sounds)")
    #expect(sounds.filter { $0 == "breath-out" }.count >= 10, "\(sounds)")
    #expect(sounds.filter { $0 == "halfway" }.count == 1)
    #expect(!sounds.contains("unknown") && !sounds.contains("unreadable"))
  }

  @Test func breathSoundMarksEachPhaseOfABoxPatternWithItsOwnTone() async throws {
    let tmux = try Tmux()
    defer { tmux.close() }
    let bin = try fakePlayer(in: tmux.directory, sleeping: 0, holdOn: true)
    tmux.type("export PATH=\(bin):$PATH")
    tmux.startGlide("run \(fixture("box-breath.toml")) --time-scale 10 --breath-sound")
    await tmux.waitFor("Session complete", timeout: 40)
    tmux.keys("x")
    #expect(await tmux.exitStatus() == 0)
    let sounds = keptSounds(in: tmux.directory)
    // Three 16 s boxes in 48 s: the step's start, its halfway and the 3-2-1 take the place
    // of some; every phase is still heard, the holds as steady notes of their own.
    for phase in ["breath-in", "breath-hold-in", "breath-out", "breath-hold-out"] {
      #expect(sounds.filter { $0 == phase }.count >= 2, "\(phase): \(sounds)")
    }
    #expect(!sounds.contains("unknown") && !sounds.contains("unreadable"), "\(sounds)")
  }

  @Test func aSlowPlayerDoesNotHoldTheTimerAndOnlyOneSoundPlays() async throws {
    let tmux = try Tmux()
    defer { tmux.close() }
    let bin = try fakePlayer(in: tmux.directory, sleeping: 5)
    let temporary = tmux.directory.appendingPathComponent("tmp")
    try FileManager.default.createDirectory(at: temporary, withIntermediateDirectories: true)
    tmux.type("export PATH=\(bin):$PATH TMPDIR=\(temporary.path)")
    let started = Date()
    tmux.startGlide("run \(fixture("short.toml")) --sound tones --time-scale 4")
    await tmux.waitFor("Session complete", timeout: 60)
    let elapsed = Date().timeIntervalSince(started)
    // 26 s of plan at four times the speed is 6.5 s; a player sleeping 5 s at each of its cues
    // would have taken over a minute had the timer waited for it.
    #expect(elapsed < 25, "the timer kept time: \(elapsed) s")
    let players = {
      runProcess("/usr/bin/pgrep", ["-f", "\(bin)/paplay"]).out.split(separator: "\n").count
    }
    #expect(players() <= 1, "a newer cue ends the older sound")
    #expect(keptSounds(in: tmux.directory).count >= 10)
    tmux.keys("x")
    #expect(await tmux.exitStatus() == 0)
    #expect(players() == 0, "the last sound ends with glide")
    let left = try FileManager.default.contentsOfDirectory(atPath: temporary.path)
    #expect(left.isEmpty, "the sound folder is removed: \(left)")
    await tmux.expectSaneTerminal()
  }

  @Test func tonesWithoutAPlayerSaySoOnScreenBeforeTheSession() async throws {
    let tmux = try Tmux()
    defer { tmux.close() }
    // An empty PATH for glide alone: no player, whatever the machine has installed.
    let empty = tmux.directory.appendingPathComponent("empty")
    try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
    tmux.type(
      "clear; PATH=\(empty.path) \(glideBinary) run \(fixture("short.toml")) --sound tones; echo \"EXIT=$?\" > \(tmux.directory.path)/status"
    )
    await tmux.waitFor("GET READY")
    await tmux.waitFor("--sound tones needs pw-play, paplay or aplay on PATH; ringing the bell")
    tmux.keys("q", "y")
    await tmux.waitFor("Session ended early")
    tmux.keys("x")
    #expect(await tmux.exitStatus() == 1)  // ended early with q
  }

  @Test func aPlayerThatCannotPlayIsSaidOnScreenAndAfter() async throws {
    let tmux = try Tmux()
    defer { tmux.close() }
    let bin = tmux.directory.appendingPathComponent("bin")
    try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
    #expect(
      ExecutableScript.write("#!/bin/sh\nexit 1\n", to: bin.appendingPathComponent("paplay").path))
    tmux.type("export PATH=\(bin.path):$PATH")
    tmux.startGlide("run \(fixture("short.toml"))")
    await tmux.waitFor("paplay could not play a sound (exit status 1); try --sound bell")
    tmux.keys("q", "y")
    await tmux.waitFor("Session ended early")
    tmux.keys("x")
    #expect(await tmux.exitStatus() == 1)  // ended early with q
    #expect(tmux.history.contains("glide: paplay could not play a sound (exit status 1)"))
  }

  @Test func aSoundThatIsNotOneIsRefusedInOneLine() {
    let result = runProcess(glideBinary, ["run", "--sound", "loud"])
    #expect(result.status != 0)
    #expect(
      result.err.contains("--sound: unknown value 'loud'; known values: tones, bell, off"),
      "\(result.err)")
    let both = runProcess(glideBinary, ["run", "--sound", "bell", "--no-bell"])
    #expect(both.status != 0)
    #expect(both.err.contains("--sound bell and --no-bell contradict"), "\(both.err)")
  }
}
