import GlideConfig
import GlideCore
import GlideSession
import GlideSound
import GlideSystem

/// What a session will do: the config file's settings, the flags over them, and what
/// this machine can do (tones or the bell, a voice or silence). `glide run` does it and
/// `glide config` says it, from this one place.
struct SessionSetup {
  /// The settings in force, sound and voice as they will be.
  var settings: Settings
  /// One line per thing wrong with the config file.
  var problems: [String]
  /// Whether the config file was read.
  var configRead: Bool
  /// Lines to say before the session: what was asked and cannot be done.
  var notices: [String] = []
  /// Whether a voice was asked for and its program is not found.
  var speechless = false
  /// How much faster than the real clock the session runs (for tests).
  var timeScale: Double
  /// The sounds of one's own the tones are replaced by, when tones play.
  var ownSounds: OwnSounds?
  /// One line per sound file of one's own that cannot be used.
  var soundProblems: [String] = []

  /// Says on stderr what is wrong with the config file and the sound files.
  func sayProblems() {
    for problem in problems + soundProblems { printError("glide: \(problem)") }
  }

  /// The setup for `routine` (nil: the config's or the default) with `flags`.
  init(flags: SessionFlags, routine: String?, processes: any ChildProcesses = SystemProcesses()) {
    let loaded = SettingsFile.load(configDirectory: configDirectory())
    settings = loaded.settings
    problems = loaded.problems
    configRead = loaded.isRead
    timeScale = flags.scale
    if let routine { settings.routine.set(routine, from: .flag("ROUTINE argument")) }
    flags.apply(to: &settings)
    resolveSound(noBell: flags.noBell)
    resolveVoice(processes: processes)
    resolveSounds()
  }

  /// The folder of one's own sounds, and which cues it covers, when tones play.
  private mutating func resolveSounds() {
    let environment = Host.environment
    let setting = settings.sounds
    guard let folder = OwnSounds.folder(setting: setting.value, environment: environment) else {
      return
    }
    guard settings.sound.value == .tones else {
      settings.sounds.set(folder, from: .adjusted(setting.origin, because: "only with tones"))
      return
    }
    let sounds = OwnSounds(folder: folder)
    ownSounds = sounds
    soundProblems = sounds.problems
    let found = "\(sounds.files.count) of \(Sound.allCases.count) cues"
    settings.sounds.set(folder, from: .adjusted(setting.origin, because: found))
  }

  /// Tones where a player is found and nothing else was asked, else the bell.
  private mutating func resolveSound(noBell: Bool) {
    let sound = settings.sound
    let playerFound = PlayerProgram.find() != nil
    // The built-in default is "tones when a player is found, else the bell": only a
    // sound the file or a flag named is asked for.
    let asked = sound.origin == .builtIn ? nil : sound.value
    let sounding = SoundMode.resolve(
      asked: asked, noBell: noBell, playerFound: playerFound,
      breathSound: settings.breathSound.value)
    if let notice = sounding.notice { notices.append(notice) }
    let mode = sounding.mode
    guard mode != sound.value || sound.origin == .builtIn else { return }
    let why = playerFound ? "a player is on PATH" : "no pw-play, paplay or aplay on PATH"
    settings.sound.set(mode, from: .adjusted(sound.origin, because: why))
  }

  /// Silence, said once, when the voice program cannot be found.
  private mutating func resolveVoice(processes: any ChildProcesses) {
    let voice = settings.voice
    let command = settings.voiceCommand.value
    guard voice.value != .off, !SessionRunner.canSpeak(processes: processes, command: command)
    else { return }
    speechless = true
    notices.append("--voice needs \(command) on PATH (apt-get install espeak-ng); running silent")
    settings.voice.set(.off, from: .adjusted(voice.origin, because: "no \(command) on PATH"))
  }
}
