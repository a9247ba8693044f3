import ArgumentParser
import GlideConfig
import GlideCore
import GlideLog
import GlideRender
import GlideSession
import GlideSound
import GlideSystem
import GlideTerminal

/// Runs `routine` full-screen as `setup` says, logging it to `log`: the one way a session
/// starts, whether the routine came from a file, the catalog, `build` or a program.
func runSession(_ routine: Routine, warnings: [Diagnostic], setup: SessionSetup, log: LogOptions)
  throws
{
  let settings = setup.settings
  let theme = try loadTheme(settings.theme.value)
  let plain = setup.plainMode
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
    recorder = try SessionRecorder(log: logFile, timeScale: setup.timeScale)
    recorder.programWeek = { programWeek(of: routine.id, log: log) }
  } catch {
    throw fail(error.description)
  }
  // Whole, before the screen clears: the screen's notice row may have to cut them. Plain
  // mode says them as its first line instead, so they are not said twice.
  if !setup.plainMode {
    for notice in setup.notices { printError("glide: \(notice)") }
  }
  CrashMarker.prepare()
  Signals.install(onCrash: { CrashMarker.write(signal: $0) })
  let screen = try sessionScreen(theme: theme, setup: setup)
  let options = sessionOptions(setup, warnings: warnings)
  let terminal = screen.terminal
  terminal?.titles = options.title
  terminal?.notificationChannels =
    settings.notifications.value ? channels(settings.notifyVia.value) : []
  // What the full screen shows at its foot, said first: a reader hears it before the
  // session starts.
  if case .plain(let lines) = screen, let notice = options.notice { lines.say(notice) }
  let runner = SessionRunner(
    screen: screen.screen, clock: MonotonicClock(scale: setup.timeScale),
    plan: settings.plan(routine), options: options, recorder: recorder,
    processes: SystemProcesses())
  if settings.sound.value == .tones {
    runner.sound = SoundPlayer()
    runner.sound?.ownFiles = setup.ownSounds?.files ?? [:]
    runner.sound?.prepare()
  }
  let end = runner.run()
  runner.sound?.close()
  let columns = screen.screen.size.width
  screen.restore()
  // A terminal that reads nothing would hold every line printed to it: the session is
  // logged, and the exit status says how it ended.
  if terminal?.stalled == true { throw ExitCode(end.exitStatus) }
  if let failure = runner.sound?.failure { printError("glide: \(failure)") }
  try report(
    end, warnings: warnings, options: options, plain: plain, recorder: recorder,
    columns: columns)
}

/// The full screen, or plain lines when the setup asks for them.
private func sessionScreen(theme: Theme, setup: SessionSetup) throws -> SessionScreenKind {
  do {
    if setup.plainMode {
      return .plain(PlainScreen(breathWords: setup.settings.breathWords.value))
    }
    let noColor = Host.variable("NO_COLOR").map { !$0.isEmpty } ?? false
    return .full(try Terminal(theme: theme, useColor: !noColor))
  } catch {
    throw fail(error.description)
  }
}

/// The escape sequences `notify_via` names.
private func channels(_ via: Settings.NotifyVia) -> [DesktopNotification.Channel] {
  switch via {
  case .both: DesktopNotification.Channel.allCases
  case .osc777: [.osc777]
  case .osc9: [.osc9]
  }
}

/// The session's options from its settings, with the lines to show before the first step.
private func sessionOptions(_ setup: SessionSetup, warnings: [Diagnostic]) -> SessionOptions {
  let settings = setup.settings
  var options = SessionOptions()
  options.bell = settings.sound.value == .bell
  options.flash = settings.flash.value
  options.voice = settings.voice.value != .off
  options.voiceLevel = settings.voice.value == .full ? .full : .basic
  options.voiceCommand = settings.voiceCommand.value
  options.voiceArguments = settings.voiceArguments
  options.onEvent = settings.onEvent.value
  if !warnings.isEmpty {
    options.notice =
      "\(warnings.count.counted("warning")) about this routine: listed when the session ends"
  }
  // Said on screen before the first step too: from the floor, the line printed before
  // the screen cleared is out of sight.
  for notice in setup.notices {
    options.notice = options.notice.map { "\(notice); \($0)" } ?? notice
  }
  let plain = setup.plainMode
  options.title =
    !plain && settings.title.value && WindowTitle.isSupported(term: Host.variable("TERM"))
  options.notifications = !plain && settings.notifications.value
  options.status = true
  // Plain mode's summary is text already: it goes to the output without a key.
  options.summary =
    plain && settings.summary.origin == .builtIn ? .print : settings.summary.value
  if plain {
    options.bell = false
    options.flash = false
  }
  return options
}

/// What is said once the screen is restored: the routine's warnings, the summary as the
/// settings ask, and anything that failed; exits with the session's status.
private func report(
  _ end: SessionEnd, warnings: [Diagnostic], options: SessionOptions, plain: Bool,
  recorder: SessionRecorder, columns: Int
) throws {
  for warning in warnings { printError(warning.description) }
  if let summary = end.summary {
    printSummary(
      summary, mode: options.summary, plain: plain,
      week: recorder.week, width: columns)
  }
  if let failure = end.hookFailure { printError("glide: \(failure)") }
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

/// Prints the summary after the session: as the summary screen laid it out, wrapped to the
/// terminal (narrow step rows too); as plain text in plain mode; or its headline alone.
private func printSummary(
  _ summary: Summary, mode: SummaryMode, plain: Bool, week: WeekTally?, width: Int
) {
  let lines = SummaryText.lines(summary, week: week)
  switch mode {
  case .none:
    Output.line(lines.first ?? "")
  case .wait, .print:
    if plain {
      Output.lines(lines)
    } else {
      Output.lines(
        SummaryText.screenLines(summary, week: week, width: width).map(\.text))
    }
  }
}
