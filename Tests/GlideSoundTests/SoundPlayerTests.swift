import Foundation
import GlideSoundTesting
import GlideTestSupport
import Testing

@testable import GlideSound

/// A folder with fake players in it, removed at the end.
private final class FakePlayers {
  let folder: URL
  let kept: URL

  init() throws {
    folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "glide-players-\(UUID().uuidString)")
    kept = folder.appendingPathComponent("kept")
    try FileManager.default.createDirectory(at: kept, withIntermediateDirectories: true)
  }

  deinit { try? FileManager.default.removeItem(at: folder) }

  /// A player named `name` that keeps a copy of the file it is given (its last argument),
  /// then sleeps `seconds`.
  @discardableResult
  func make(_ name: String, sleeping seconds: Int = 0) throws -> PlayerProgram {
    let path = folder.appendingPathComponent(name).path
    let script = """
      #!/bin/sh
      for last; do :; done
      cp "$last" \(kept.path)/$$.wav
      sleep \(seconds)

      """
    #expect(ExecutableScript.write(script, to: path))
    return PlayerProgram(path: path)
  }

  /// The WAV files kept so far.
  var keptFiles: [URL] {
    ((try? FileManager.default.contentsOfDirectory(at: kept, includingPropertiesForKeys: nil)) ?? [])
      .filter { $0.pathExtension == "wav" }
  }

  /// Waits until `count` files are kept and whole; false on timeout.
  func waitForKept(_ count: Int, timeout: Double = 10) -> Bool {
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
      let files = keptFiles
      if files.count >= count,
        files.allSatisfy({
          (try? Data(contentsOf: $0)).flatMap { SoundAnalysis.decode(Array($0)) } != nil
        })
      {
        return true
      }
      Thread.sleep(forTimeInterval: 0.02)
    }
    return false
  }
}

/// Whether a process is still running (and not a zombie awaiting its reaping).
private func isRunning(_ pid: Int32) -> Bool {
  guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8) else {
    return false
  }
  let state = stat.split(separator: ")").last?.split(separator: " ").first
  return state != "Z"
}

/// Polls `condition` until it holds or `timeout` passes.
private func eventually(timeout: Double = 10, _ condition: () -> Bool) -> Bool {
  let deadline = Date().addingTimeInterval(timeout)
  while Date() < deadline {
    if condition() { return true }
    Thread.sleep(forTimeInterval: 0.02)
  }
  return condition()
}

@Suite(.serialized) struct SoundPlayerTests {
  @Test func theFirstPlayerOnThePathIsUsedInOrder() throws {
    let players = try FakePlayers()
    let path = players.folder.path
    #expect(PlayerProgram.find(searchPath: path) == nil)
    try players.make("aplay")
    #expect(PlayerProgram.find(searchPath: path)?.path == "\(path)/aplay")
    try players.make("paplay")
    #expect(PlayerProgram.find(searchPath: "/nonexistent:\(path)")?.path == "\(path)/paplay")
    try players.make("pw-play")
    #expect(PlayerProgram.find(searchPath: path)?.path == "\(path)/pw-play")
    // A file that is not executable is no player.
    chmod("\(path)/pw-play", 0o644)
    #expect(PlayerProgram.find(searchPath: path)?.path == "\(path)/paplay")
  }

  @Test func aplayIsToldToBeQuiet() {
    #expect(PlayerProgram(path: "/usr/bin/aplay").arguments(playing: "/f.wav") == ["-q", "/f.wav"])
    #expect(PlayerProgram(path: "/usr/bin/paplay").arguments(playing: "/f.wav") == ["/f.wav"])
    #expect(PlayerProgram(path: "/usr/bin/pw-play").arguments(playing: "/f.wav") == ["/f.wav"])
  }

  @Test func eachSoundReachesThePlayerAsItsOwnWAV() throws {
    let players = try FakePlayers()
    let player = try #require(SoundPlayer(program: try players.make("paplay")))
    defer { player.close() }
    var heard: [Sound] = []
    for (offset, sound) in Sound.allCases.enumerated() {
      player.play(sound)
      #expect(players.waitForKept(offset + 1), "the player got \(sound)")
      // Let this one finish its copy before the next one ends it.
      #expect(eventually { player.playing.map(isRunning) != true })
      player.reap()
      let known = Set(heard)
      let new = players.keptFiles.compactMap { file -> Sound? in
        guard let wav = (try? Data(contentsOf: file)).flatMap({ SoundAnalysis.decode(Array($0)) })
        else { return nil }
        return SoundIdentity.identify(wav.samples, sampleRate: wav.sampleRate)
      }.filter { !known.contains($0) }
      #expect(new == [sound], "the file kept for \(sound) sounds like \(new)")
      heard += new
    }
    #expect(heard == Sound.allCases)
  }

  @Test func aNewSoundEndsTheOneStillPlayingAndNothingWaits() throws {
    let players = try FakePlayers()
    let player = try #require(SoundPlayer(program: try players.make("pw-play", sleeping: 5)))
    defer { player.close() }
    player.play(.tick)
    let first = try #require(player.playing)
    #expect(players.waitForKept(1))
    // play returned while the first player sleeps: it did not wait for it.
    #expect(isRunning(first))
    player.play(.go)
    let second = try #require(player.playing)
    #expect(second != first)
    #expect(eventually { !isRunning(first) }, "the older sound was ended")
    #expect(isRunning(second))
    #expect(
      eventually {
        player.reap()
        return waitpid(first, nil, WNOHANG) == -1 && errno == ECHILD
      }, "the ended player was reaped")
    player.close()
    #expect(eventually { !isRunning(second) }, "closing ends the sound still playing")
  }

  @Test func theFolderIsPrivateAndGoesAwayOnClose() throws {
    let players = try FakePlayers()
    let player = try #require(SoundPlayer(program: try players.make("aplay")))
    var info = stat()
    #expect(stat(player.folder, &info) == 0)
    #expect(info.st_mode & 0o777 == 0o700)
    let file = try #require(player.file(for: .halfway))
    #expect(stat(file, &info) == 0)
    #expect(info.st_mode & 0o777 == 0o600)
    // Written once: asking again gives the same file without writing it anew.
    let written = info.st_mtim
    Thread.sleep(forTimeInterval: 0.01)
    #expect(player.file(for: .halfway) == file)
    #expect(stat(file, &info) == 0 && info.st_mtim.tv_nsec == written.tv_nsec)
    let bytes = try Data(contentsOf: URL(fileURLWithPath: file))
    #expect(Array(bytes) == WAVFile.bytes(of: .halfway))
    player.prepare([.tick, .go])
    for sound in [Sound.tick, .go] {
      #expect(access("\(player.folder)/\(sound.rawValue).wav", R_OK) == 0)
    }
    player.close()
    #expect(access(player.folder, F_OK) != 0)
    player.close()
  }

  @Test func anUnusableTemporaryFolderFallsBackToTmp() throws {
    let player = try #require(
      SoundPlayer(
        program: PlayerProgram(path: "/bin/true"), under: ["/nonexistent/folder", "/tmp"]))
    defer { player.close() }
    #expect(player.folder.hasPrefix("/tmp/glide-sound-"))
    #expect(SoundPlayer(program: PlayerProgram(path: "/bin/true"), under: ["/nonexistent"]) == nil)
  }

  @Test func aPlayerThatCannotStartIsSaidOnce() throws {
    let player = try #require(SoundPlayer(program: PlayerProgram(path: "/nonexistent/paplay")))
    defer { player.close() }
    player.play(.tick)
    #expect(player.playing == nil)
    #expect(player.failure == "/nonexistent/paplay could not be started; no sounds will play")
  }

  @Test func aPlayerThatFailsIsSaidOnceAndOneEndedOnPurposeIsNot() throws {
    let players = try FakePlayers()
    let path = players.folder.appendingPathComponent("aplay").path
    #expect(ExecutableScript.write("#!/bin/sh\nexit 3\n", to: path))
    let failing = try #require(SoundPlayer(program: PlayerProgram(path: path)))
    defer { failing.close() }
    failing.play(.tick)
    #expect(
      eventually {
        failing.reap()
        return failing.failure != nil
      })
    #expect(failing.failure == "aplay could not play a sound (exit status 3); try --sound bell")
    let slow = try #require(SoundPlayer(program: try players.make("paplay", sleeping: 5)))
    defer { slow.close() }
    slow.play(.tick)
    let first = try #require(slow.playing)
    slow.play(.go)
    #expect(
      eventually {
        slow.reap()
        return waitpid(first, nil, WNOHANG) == -1
      })
    #expect(slow.failure == nil, "a sound ended by a newer one is no failure")
    // A reaper of every child hands the status over.
    #expect(slow.ended(first, status: 143) == false, "already reaped")
  }
}

/// Nothing a session starts outlives it: a player deaf to SIGTERM is killed after its
/// grace, and a folder a killed session left is removed by the next.
@Suite struct NothingLeftBehindTests {
  @Test func aPlayerThatIgnoresSIGTERMIsKilledAfterItsGrace() throws {
    let players = try FakePlayers()
    let path = players.folder.appendingPathComponent("paplay").path
    #expect(
      ExecutableScript.write("#!/bin/sh\ntrap '' TERM\nwhile :; do sleep 1; done\n", to: path))
    let player = try #require(SoundPlayer(program: PlayerProgram(path: path)))
    player.play(.tick)
    let first = try #require(player.playing)
    Thread.sleep(forTimeInterval: 0.2)  // the trap is set
    player.play(.go)
    let second = try #require(player.playing)
    #expect(
      eventually {
        player.reap()
        return kill(first, 0) != 0
      }, "killed once its grace is over")
    player.close()
    #expect(kill(second, 0) != 0, "closing leaves no player running")
  }

  @Test func aFolderOfAKilledSessionIsRemovedByTheNextAndNoOtherIs() throws {
    let base = FileManager.default.temporaryDirectory.appendingPathComponent(
      "glide-orphans-\(UUID().uuidString)"
    ).path
    try FileManager.default.createDirectory(atPath: base, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: base) }
    // A process that has ended: its id is free.
    let child = Process()
    child.executableURL = URL(fileURLWithPath: "/bin/true")
    try child.run()
    child.waitUntilExit()
    let dead = child.processIdentifier
    let orphan = base + "/glide-sound-\(dead)-abcdef"
    let alive = base + "/glide-sound-\(getppid())-abcdef"
    let other = base + "/glide-soundtrack-\(dead)-abcdef"
    for folder in [orphan, alive, other] {
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
      _ = FileManager.default.createFile(atPath: folder + "/tick.wav", contents: Data([1]))
    }
    let link = base + "/glide-sound-\(dead)-linked"
    #expect(symlink(alive, link) == 0)
    let player = try #require(SoundPlayer(program: PlayerProgram(path: "/bin/true"), under: [base]))
    defer { player.close() }
    #expect(access(orphan, F_OK) != 0, "the dead session's folder is gone")
    #expect(access(alive, F_OK) == 0 && access(other, F_OK) == 0)
    #expect(access(alive + "/tick.wav", F_OK) == 0, "a link is never followed")
    #expect(player.folder.hasPrefix(base + "/glide-sound-\(getpid())-"))
  }
}
