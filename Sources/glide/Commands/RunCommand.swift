import ArgumentParser
import GlideConfig
import GlideCore
import GlideLog
import GlideRender
import GlideSession
import GlideSound
import GlideSystem
import GlideTerminal

/// `glide run [ROUTINE]`: the full-screen session (also what `glide` alone does).
struct RunCommand: ParsableCommand, LogCommand {
  static let configuration = CommandConfiguration(
    commandName: "run", abstract: "Run a routine full-screen (the default command).",
    discussion: """
      Exit status: 0 the session completed; 1 it was ended early with q; 2 bad input \
      (routine, theme, file, flag or terminal); 128+n signal n ended it (130 Ctrl-C, \
      143 SIGTERM, 129 SIGHUP or a terminal that went away).
      """)

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

  @Flag(help: "Resume from a pause at once, without the 3-2-1 count-in.")
  var noCountIn = false

  @Flag(help: "Speak each step, 3-2-1 and the reps through espeak-ng.")
  var voice = false

  @Flag(
    help: ArgumentHelp(
      "Check in before and after: rate each worked area 0-10 with one key, and type the routine's range test.",
      discussion: "Routines and programs can ask for it themselves with check_in = true."))
  var checkIn = false

  @Option(
    help: ArgumentHelp(
      "Run CMD with /bin/sh at each step start and end, pause, resume and session end.",
      discussion: """
        Set for CMD: GLIDE_EVENT (step_start, step_end, pause, resume, session_end), \
        GLIDE_SEQUENCE (1, 2, ... in the order they happened), GLIDE_ROUTINE, GLIDE_STEP, \
        GLIDE_STEP_KIND (lead-in, switch-sides, transition, or the technique: roll, hold, ...), \
        GLIDE_TARGET, GLIDE_SIDE, GLIDE_REMAINING (whole seconds left in the step at that \
        moment: its length at step_start, what was left when it ended at step_end and \
        session_end, 0 for reps counted by enter) and GLIDE_OUTCOME (step_end: done, partial or \
        skipped; session_end: completed or stopped).
        """,
      valueName: "CMD"))
  var onEvent: String?

  @Option(help: .hidden)
  var timeScale: Double = 1

  @Option(
    help: ArgumentHelp(
      "At the end: wait for a key on the summary, print it and leave, or print one line and leave (default: wait; print with --plain).",
      valueName: "wait|print|none"))
  var summary: String?

  @Flag(
    help: ArgumentHelp(
      "Plain lines instead of the full screen, for screen readers and braille displays (what TERM=dumb gets).",
      discussion:
        "One line per moment: each step, halfway, 3-2-1, reps, pauses. See docs/accessibility.md."
    ))
  var plain = false

  @Flag(help: "With --plain: a line for each breath phase (in, hold, out).")
  var breathWords = false

  @Flag(help: "List the keys a session knows, then exit (as 'glide keys').")
  var keys = false

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
    if let summary, SummaryMode(rawValue: summary) == nil {
      throw ValidationError(
        "--summary must be \(SummaryMode.spelled), not '\(DisplayText.escaped(summary))'")
    }
    if sound == "bell" && noBell { throw ValidationError("--sound bell and --no-bell contradict") }
  }

  func run() throws {
    if keys {
      KeysCommand().run()
      return
    }
    // `glide` alone follows the active program: today's session, or what today is for.
    if routine == nil, let standing = try ProgramStanding.load(log: log) {
      guard case .run(let index) = standing.day.choice, let made = standing.week[index].routine
      else { return Output.line(standing.todayLine) }
      return try withRoutineFile(made, folderName: "glide-next") { path in
        var session = self
        session.routine = path
        try session.run()
      }
    }
    let loaded = effectiveSettings()
    if let problem = loaded.problem { printError("glide: \(problem)") }
    let settings = loaded.settings
    let (routine, warnings) = try loadRoutine(settings.routine.value)
    let chosenTheme = try loadTheme(settings.theme.value)
    let plain = plainMode
    if !plain {
      do {
        try Terminal.check()
      } catch {
        throw fail(error.description)
      }
    }
    let logFile = try log.logFile()
    let recorder: SessionRecorder
    do {
      try logFile.prepare()
      recorder = try SessionRecorder(log: logFile, timeScale: timeScale)
    } catch {
      throw fail(error.description)
    }
    let noColor = Host.variable("NO_COLOR").map { !$0.isEmpty } ?? false
    let voice = settings.voice.value != .off
    let processes = SystemProcesses()
    let speechless = voice && !SessionRunner.canSpeak(processes: processes)
    if speechless {
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
    CrashMarker.prepare()
    Signals.install(onCrash: { CrashMarker.write(signal: $0) })
    let screen: SessionScreenKind
    do {
      screen =
        plain
        ? .plain(PlainScreen(breathWords: breathWords))
        : .full(try Terminal(theme: chosenTheme, useColor: !noColor))
    } catch {
      throw fail(error.description)
    }
    let terminal = screen.terminal
    var options = SessionOptions()
    options.bell = sounding.mode == .bell
    options.flash = settings.flash.value
    options.voice = voice
    options.onEvent = settings.onEvent.value
    options.voiceLevel = settings.voice.value == .full ? .full : .basic
    options.timeScale = timeScale
    options.status = true
    // Plain mode's summary is text already: it goes to the output without a key.
    options.summary =
      plain && settings.summary.origin == .builtIn ? .print : settings.summary.value
    if !warnings.isEmpty {
      options.notice =
        "\(warnings.count.counted("warning")) about this routine: "
        + "listed when the session ends"
    }
    // Said on screen before the first step too: from the floor, the line printed before
    // the screen cleared is out of sight.
    for notice in [sounding.notice, speechless ? "no espeak-ng: the voice is silent" : nil] {
      guard let notice else { continue }
      options.notice = options.notice.map { "\(notice); \($0)" } ?? notice
    }
    options.title =
      !plain && settings.title.value
      && WindowTitle.isSupported(term: Host.variable("TERM"))
    terminal?.titles = options.title
    terminal?.notificationChannels =
      notifyVia.flatMap(DesktopNotification.Channel.init(rawValue:)).map { [$0] }
      ?? (settings.notifications.value ? DesktopNotification.Channel.allCases : [])
    options.notifications = terminal?.notificationChannels.isEmpty == false
    if plain {
      options.bell = false
      options.flash = false
    }
    var planSettings = settings.plan
    planSettings.breathCues = breathSound && sounding.mode == .tones
    if noCountIn { planSettings.countIn = .zero }
    planSettings.checkIn = checkIn
    // What the full screen shows at its foot, said first: a reader hears it before the
    // session starts.
    if case .plain(let lines) = screen, let notice = options.notice { lines.say(notice) }
    let runner = SessionRunner(
      screen: screen.screen, clock: MonotonicClock(scale: timeScale),
      plan: Plan(routine, settings: planSettings), options: options, recorder: recorder,
      processes: processes)
    if sounding.mode == .tones {
      runner.sound = SoundPlayer()
      runner.sound?.prepare()
    }
    let end = runner.run()
    runner.sound?.close()
    let columns = screen.screen.size.width
    screen.restore()
    // A terminal that reads nothing would hold every line printed to it: the session is
    // logged, and the exit status says how it ended.
    if terminal?.stalled == true { throw ExitCode(end.exitStatus) }
    for warning in warnings { printError(warning.description) }
    if let summary = end.summary {
      printSummary(
        summary, mode: options.summary, plain: plain, weekCount: recorder.weekCount,
        width: columns)
    }
    if let failure = end.hookFailure { printError("glide: \(failure)") }
    if let failure = runner.sound?.failure { printError("glide: \(failure)") }
    if let failure = recorder.failure {
      printError("glide: could not add this session to the log: \(failure.reason)")
      printError("glide: its line, to add by hand (it is also kept as a journal for next time):")
      Output.jsonLine(failure.line, toError: true)
    }
    if end.inputClosed {
      printError("glide: the terminal went away; the session was logged as stopped")
    }
    if end.exitStatus != 0 { throw ExitCode(end.exitStatus) }
  }
}
