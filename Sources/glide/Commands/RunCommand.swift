import ArgumentParser
import GlideConfig
import GlideCore
import GlideRender
import GlideTerminal

#if canImport(Glibc)
  import Glibc
#endif

/// `glide run [ROUTINE]`: the full-screen session (also what `glide` alone does).
struct RunCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "run", abstract: "Run a routine full-screen (the default command).")

  @Argument(
    help: "A routine id (see 'glide routines') or a routine file (FILE.toml).",
    completion: .routines)
  var routine: String?

  @Option(
    help: "A theme name (see 'glide themes') or a theme file (FILE.toml).", completion: .themes)
  var theme: String?

  @Flag(help: "Do not ring the terminal bell at step changes and the 3-2-1 countdown.")
  var noBell = false

  @Flag(help: "Flash the screen instead of ringing the bell.")
  var flash = false

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
  }

  func run() throws {
    // `glide` alone follows the active program: today's session, or what today is for.
    if routine == nil, let standing = try ProgramStanding.load(log: log) {
      guard case .run(let index) = standing.day.choice, let made = standing.week[index].routine
      else { return print(standing.todayLine) }
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
    do {
      try Terminal.check()
    } catch {
      throw fail(error.description)
    }
    let logFile = try log.logFile()
    recoverInterrupted(into: logFile)
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
    Signals.install()
    let terminal: Terminal
    do {
      terminal = try Terminal(theme: chosenTheme, useColor: !noColor)
    } catch {
      throw fail(error.description)
    }
    var runner = SessionRunner(
      terminal: terminal, plan: Plan(routine, settings: settings.plan),
      clock: SessionClock(scale: timeScale),
      // Settings.sound's tones, title, notifications and transition: see settingsNotYetUsed.
      cues: SessionRunner.Cues(bell: settings.sound.value != .off, flash: settings.flash.value),
      recorder: recorder)
    if !warnings.isEmpty {
      runner.notice =
        "\(warnings.count) warning\(warnings.count == 1 ? "" : "s") about this routine: "
        + "listed when the session ends"
    }
    runner.voice = speaker
    runner.hook = settings.onEvent.value.map(EventHook.init)
    runner.keepAwake = KeepAwake()
    runner.run()
    runner.voice?.stop()
    runner.keepAwake?.release()
    terminal.restore()
    for warning in warnings { printError(warning.description) }
    if let summary = runner.state.summary {
      print(SummaryText.lines(summary, weekCount: recorder.weekCount).joined(separator: "\n"))
    }
    if let failure = runner.hook?.failure { printError("glide: \(failure)") }
    if let failure = recorder.failure {
      printError("glide: could not add this session to the log: \(failure.reason)")
      printError("glide: its line, to add by hand (it is also kept as a journal for next time):")
      printError(failure.line)
    }
    if let signal = runner.signal { throw ExitCode(128 + signal) }
  }
}
