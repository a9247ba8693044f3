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

  @Argument(help: "A routine id (see 'glide routines') or a routine file (FILE.toml).")
  var routine: String = BuiltinRoutines.defaultID

  @Option(help: "A theme name (see 'glide themes') or a theme file (FILE.toml).")
  var theme: String?

  @Flag(help: "Do not ring the terminal bell at step changes and the 3-2-1 countdown.")
  var noBell = false

  @Flag(help: "Flash the screen instead of ringing the bell.")
  var flash = false

  @Flag(help: "Resume from a pause at once, without the 3-2-1 count-in.")
  var noCountIn = false

  @Flag(help: "Speak each step, 3-2-1 and the reps through espeak-ng.")
  var voice = false

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

  @OptionGroup var log: LogOptions

  func validate() throws {
    guard timeScale.isFinite, timeScale > 0, timeScale <= 1000 else {
      throw ValidationError("--time-scale must be a number above 0 and at most 1000")
    }
  }

  func run() throws {
    let (routine, warnings) = try loadRoutine(self.routine)
    let chosenTheme = try loadTheme(theme)
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
      terminal: terminal,
      plan: Plan(routine, settings: Plan.Settings(countIn: noCountIn ? .zero : .seconds(3))),
      clock: SessionClock(scale: timeScale),
      cues: SessionRunner.Cues(bell: !noBell, flash: flash), recorder: recorder)
    if !warnings.isEmpty {
      runner.notice =
        "\(warnings.count) warning\(warnings.count == 1 ? "" : "s") about this routine: "
        + "listed when the session ends"
    }
    runner.voice = speaker
    runner.hook = onEvent.map(EventHook.init)
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
