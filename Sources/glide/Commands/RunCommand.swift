import ArgumentParser
import GlideConfig
import GlideCore
import GlideRender
import GlideSound
import GlideTerminal

#if canImport(Glibc)
  import Glibc
#endif

/// `glide run [ROUTINE]`: the full-screen session (also what `glide` alone does).
struct RunCommand: ParsableCommand, LogCommand {
  static let configuration = CommandConfiguration(
    commandName: "run", abstract: "Run a routine full-screen (the default command).")

  @Argument(
    help: "A routine id (see 'glide routines') or a routine file (FILE.toml).",
    completion: .routines)
  var routine: String?

  @Option(
    help: "A theme name (see 'glide themes') or a theme file (FILE.toml).", completion: .themes)
  var theme: String?

  @Option(
    help: ArgumentHelp(
      "How cues sound: tones, bell or off (default: tones when pw-play, paplay or aplay is on PATH, else bell).",
      valueName: "tones|bell|off"))
  var sound: String?

  @Flag(help: "With tones: a soft rising tone at each in-breath, a falling one at each out-breath.")
  var breathSound = false

  @Flag(help: "Do not ring the terminal bell (and, without --sound, make no sound).")
  var noBell = false

  @Flag(help: "Flash the screen instead of ringing the bell.")
  var flash = false

  @Flag(help: "Leave the window title alone (by default it shows the step and the time left).")
  var noTitle = false

  @Flag(help: "Send a desktop notification at each step change and the end (OSC 777 and OSC 9).")
  var notify = false

  @Option(
    help: ArgumentHelp(
      "Notify through OSC 777 or OSC 9 only (implies --notify).", valueName: "777|9"))
  var notifyVia: String?

  @Flag(help: "Speak each step, 3-2-1 and the reps through espeak-ng.")
  var voice = false

  @Option(
    help: ArgumentHelp(
      "Run CMD with /bin/sh at each step start and end, pause, resume and session end.",
      discussion:
        "GLIDE_EVENT, GLIDE_SEQUENCE, GLIDE_ROUTINE, GLIDE_STEP, GLIDE_TARGET, GLIDE_SIDE and GLIDE_REMAINING are set.",
      valueName: "CMD"))
  var onEvent: String?

  @Option(help: .hidden)
  var timeScale: Double = 1

  @OptionGroup var log: LogOptions

  func validate() throws {
    guard timeScale.isFinite, timeScale > 0, timeScale <= 1000 else {
      throw ValidationError("--time-scale must be a number above 0 and at most 1000")
    }
    if let sound, SoundMode(rawValue: sound) == nil {
      throw ValidationError(
        "--sound must be tones, bell or off, not '\(DisplayText.escaped(sound))'")
    }
    if let notifyVia, DesktopNotification.Channel(rawValue: notifyVia) == nil {
      throw ValidationError(
        "--notify-via must be 777 or 9, not '\(DisplayText.escaped(notifyVia))'")
    }
    if sound == "bell" && noBell { throw ValidationError("--sound bell and --no-bell contradict") }
  }

  func run() throws {
    let loaded = effectiveSettings()
    if let problem = loaded.problem { printError("glide: \(problem)") }
    let settings = loaded.settings
    let (routine, warnings) = try loadRoutine(settings.routine.value)
    let chosenTheme = try loadTheme(settings.theme.value)
    do {
      try Terminal.check()
    } catch {
      throw fail(error.description)
    }
    let logFile = try log.logFile()
    let recorder: SessionRecorder
    do {
      try logFile.prepare()
      recorder = try SessionRecorder(log: logFile)
    } catch {
      throw fail(error.description)
    }
    let noColor = getenv("NO_COLOR").map { $0.pointee != 0 } ?? false
    let voice = settings.voice.value != .off
    let speaker = voice ? Voice() : nil
    if voice && speaker == nil {
      printError(
        "glide: --voice needs espeak-ng on PATH (apt-get install espeak-ng); running silent")
    }
    // The built-in default is "tones when a player is found, else the bell": only a sound
    // the file or a flag named is asked for.
    let askedSound =
      settings.sound.origin == .builtIn ? nil : SoundMode(rawValue: settings.sound.value.rawValue)
    let sounding = SoundMode.resolve(
      asked: askedSound, noBell: noBell,
      playerFound: PlayerProgram.find() != nil, breathSound: breathSound)
    Signals.install()
    let terminal: Terminal
    do {
      terminal = try Terminal(theme: chosenTheme, useColor: !noColor)
    } catch {
      throw fail(error.description)
    }
    var runner = SessionRunner(
      terminal: terminal,
      plan: Plan(
        routine,
        settings: {
          var plan = settings.plan
          plan.breathCues = breathSound && sounding.mode == .tones
          return plan
        }()),
      clock: SessionClock(scale: timeScale),
      cues: SessionRunner.Cues(bell: sounding.mode == .bell, flash: settings.flash.value),
      recorder: recorder)
    if !warnings.isEmpty {
      runner.notice =
        "\(warnings.count) warning\(warnings.count == 1 ? "" : "s") about this routine: "
        + "listed when the session ends"
    }
    if let notice = sounding.notice {
      runner.notice = runner.notice.map { "\(notice); \($0)" } ?? notice
    }
    runner.sound = sounding.mode == .tones ? SoundPlayer() : nil
    runner.sound?.prepare()
    let titled =
      settings.title.value && WindowTitle.isSupported(term: getenv("TERM").map { String(cString: $0) })
    if titled { terminal.sendControl(WindowTitle.push) }
    runner.title = titled ? WindowTitle() : nil
    runner.notify =
      notifyVia.flatMap(DesktopNotification.Channel.init(rawValue:)).map { [$0] }
      ?? (settings.notifications.value ? DesktopNotification.Channel.allCases : [])
    runner.voice = speaker
    runner.hook = settings.onEvent.value.map(EventHook.init)
    runner.keepAwake = KeepAwake()
    runner.run()
    runner.voice?.stop()
    runner.sound?.close()
    if titled { terminal.sendControl(WindowTitle.restore) }
    runner.keepAwake?.release()
    terminal.restore()
    for warning in warnings { printError(warning.description) }
    if let summary = runner.state.summary {
      Output.lines(SummaryText.lines(summary, weekCount: recorder.weekCount))
    }
    if let failure = runner.hook?.failure { printError("glide: \(failure)") }
    if let failure = runner.sound?.failure { printError("glide: \(failure)") }
    if let failure = recorder.failure {
      printError("glide: could not add this session to the log: \(failure.reason)")
      printError("glide: its line, to add by hand (it is also kept as a journal for next time):")
      Output.jsonLine(failure.line, toError: true)
    }
    if let signal = runner.signal { throw ExitCode(128 + signal) }
  }
}
