import GlideSystem

/// Plays Glide's sounds through a player program without ever waiting for it: each sound
/// is written once to a private folder, a new sound ends the one still playing, and ended
/// players are reaped with WNOHANG. The timer never blocks on audio.
public final class SoundPlayer {
  /// The program that plays the files.
  public let program: PlayerProgram
  /// The private folder (0700) holding one WAV file per sound.
  public let folder: String
  /// The player still sounding, if any.
  public private(set) var playing: Int32?
  /// Players started and not yet reaped (ended or stopped).
  private var unreaped: Set<Int32> = []
  /// Players ended on purpose, whose exit status says nothing about the player, with the
  /// monotonic instant (ns) they were asked to end.
  private var stopped: [Int32: Int64] = [:]
  /// How long a player asked to end (SIGTERM) has before it is killed (SIGKILL).
  public static let graceNanoseconds: Int64 = 500_000_000
  /// One line saying the player failed, once it has (no audio device, no sound server):
  /// a person listening for cues must learn that none will come.
  public private(set) var failure: String?
  private var written: Set<Sound> = []
  /// Sounds of one's own, played in place of the synthesized ones.
  public var ownFiles: [Sound: String] = [:]
  private var closed = false

  /// Where the private folder may go, in order: `$TMPDIR`, then /tmp.
  public static var temporaryBases: [String] {
    let given = BaseDirectories.temporary()
    return given == "/tmp" ? [given] : [given, "/tmp"]
  }

  /// A player using `program`, with a fresh private folder under the first of `bases`
  /// where one can be made (an unusable `$TMPDIR` falls back to /tmp); nil when none can.
  public init?(program: PlayerProgram, under bases: [String] = temporaryBases) {
    self.program = program
    var made: String?
    for base in bases {
      // What a killed session left behind goes first.
      PrivateFolders.removeOrphans(under: base, prefix: "glide-sound")
      // A 0700 folder: no one else can swap a file under the player.
      if made == nil { made = PrivateFolders.make(under: base, prefix: "glide-sound") }
    }
    guard let made else { return nil }
    folder = made
  }

  /// A player using the first player program on PATH; nil when there is none.
  public convenience init?() {
    guard let program = PlayerProgram.find() else { return nil }
    self.init(program: program)
  }

  /// Writes the files of `sounds` now, before the session starts, so that no cue waits on
  /// synthesis or a file write.
  public func prepare(_ sounds: [Sound] = Sound.allCases) {
    for sound in sounds { _ = file(for: sound) }
  }

  deinit { close() }

  /// The file that holds `sound`, written on first use.
  public func file(for sound: Sound) -> String? {
    if let own = ownFiles[sound] { return own }
    let path = "\(folder)/\(sound.rawValue).wav"
    if written.contains(sound) { return path }
    let bytes = WAVFile.bytes(of: sound)
    guard (try? Files.write(path, bytes, mode: 0o600)) != nil else { return nil }
    written.insert(sound)
    return path
  }

  /// Plays `sound`, ending the one still playing; returns at once.
  public func play(_ sound: Sound) {
    guard !closed else { return }
    reap()
    stopPlaying()
    guard let file = file(for: sound) else { return }
    // Its own process group, so stopping it stops anything it started; no terminal, so a
    // player's messages cannot scribble on the screen.
    guard
      let pid = ChildProcess.spawn(
        program.path, program.arguments(playing: file),
        environment: ChildProcess.inheritedEnvironment(), ownProcessGroup: true)
    else {
      failure = failure ?? "\(program.path) could not be started; no sounds will play"
      return
    }
    playing = pid
    unreaped.insert(pid)
  }

  /// Notes a player that ended with `status` (its exit code, or 128 + the signal) and was
  /// reaped elsewhere (by a reaper of every child); true when it was one of these.
  public func ended(_ pid: Int32, status: Int32) -> Bool {
    guard unreaped.remove(pid) != nil else { return false }
    if playing == pid { playing = nil }
    if stopped.removeValue(forKey: pid) == nil, status != 0, failure == nil {
      let name = program.path.split(separator: "/").last.map(String.init) ?? program.path
      failure = "\(name) could not play a sound (exit status \(status)); try --sound bell"
    }
    return true
  }

  /// Reaps the players that have ended, without blocking; one asked to end longer than
  /// the grace period ago is killed, with all it started.
  public func reap() {
    let now = SystemClock.monotonicNanoseconds()
    for pid in unreaped {
      if let status = ChildProcess.endedStatus(pid) {
        _ = ended(pid, status: status)
      } else if let asked = stopped[pid], now - asked >= Self.graceNanoseconds {
        ChildProcess.signal(-pid, SignalNumber.kill)
        ChildProcess.signal(pid, SignalNumber.kill)
      }
    }
  }

  /// Ends the sound playing now, if any.
  public func stopPlaying() {
    guard let playing else { return }
    ChildProcess.stop(playing)
    stopped[playing] = SystemClock.monotonicNanoseconds()
    self.playing = nil
  }

  /// Stops the sound, reaps what has ended, and removes the folder and its files; safe to
  /// call twice.
  public func close() {
    guard !closed else { return }
    closed = true
    stopPlaying()
    // The players asked to end get their grace, then are killed: none outlives Glide.
    let deadline = SystemClock.monotonicNanoseconds() + Self.graceNanoseconds
    reap()
    while !unreaped.isEmpty, SystemClock.monotonicNanoseconds() < deadline {
      SystemClock.sleep(nanoseconds: 10_000_000)
      reap()
    }
    for pid in unreaped {
      ChildProcess.signal(-pid, SignalNumber.kill)
      ChildProcess.signal(pid, SignalNumber.kill)
      _ = ended(pid, status: ChildProcess.wait(pid))
    }
    Folders.removeTree(folder)
  }
}
