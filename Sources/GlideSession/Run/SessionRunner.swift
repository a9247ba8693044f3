import GlideCore
import GlideRender
import GlideSound
import GlideSystem

/// The run loop: sleeps until the core's next visible change, a key or a signal, feeds the
/// core events stamped with the clock, draws, and carries out the effects it returns.
public final class SessionRunner {
  let screen: any Screen
  let clock: any SessionClock
  let options: SessionOptions
  let recorder: (any Recorder)?
  let processes: any ChildProcesses
  /// The session as the reducer left it.
  public private(set) var state: SessionState
  /// Plays Glide's own tones for the cues (`--sound tones`); the bell is not rung then.
  public var sound: SoundPlayer?
  /// The screen as last drawn: a tick redraws only what moves.
  private var retained = RetainedScreen()
  /// The window title, kept on the step and the time left with `options.title`.
  private var windowTitle: WindowTitle?

  private let voice: Voice?
  private let hook: EventHook?
  private var keepAwake: KeepAwake?
  /// Whether the sleep inhibitor was started (once, after the first frame).
  private var askedToKeepAwake = false
  /// Whether the input ended (a pipe or file at its end): no key can come any more.
  private var inputHasEnded = false
  /// The file `glide status` reads.
  private let status: StatusKeeper?
  private var end = SessionEnd()
  /// Set when the reducer said to leave.
  private var leaving = false
  /// Journal writes wait until the frame they belong with is drawn, so none sits between
  /// a key and its answer on screen.
  private var pendingJournal: (summary: Summary, synced: Bool)?

  /// A session of `plan` on `screen`, timed by `clock`.
  public init(
    screen: any Screen, clock: any SessionClock, plan: Plan, options: SessionOptions,
    recorder: (any Recorder)?, processes: any ChildProcesses
  ) {
    self.screen = screen
    self.clock = clock
    self.options = options
    self.recorder = recorder
    self.processes = processes
    // The threshold is real time; the session's instants run `scale` times as fast.
    let stallAfter = options.stallAfter.map {
      TimeSpan(nanoseconds: Int64(Double($0.nanoseconds) * clock.scale))
    }
    state = SessionState(plan: plan, stallAfter: stallAfter)
    voice =
      options.voice
      ? Voice(
        processes: processes, level: options.voiceLevel, command: options.voiceCommand,
        arguments: options.voiceArguments, scale: clock.scale) : nil
    hook = options.onEvent.map { EventHook(command: $0, processes: processes) }
    windowTitle = options.title ? WindowTitle() : nil
    status = options.status ? StatusKeeper(scale: options.timeScale) : nil
  }

  /// Whether `--voice` can speak here (`command`, by default espeak-ng, is found).
  public static func canSpeak(processes: any ChildProcesses, command: String = "espeak-ng")
    -> Bool
  {
    Voice(processes: processes, command: command) != nil
  }

  /// Runs the session to its summary and until a key closes it, or a signal or a lost
  /// terminal ends it.
  public func run() -> SessionEnd {
    defer {
      status?.remove()
      // The last phrase ("Session complete") is let finish after the process leaves, or
      // `--summary print` and plain mode, which leave at once, would cut it off; a
      // signal or a lost terminal stops it.
      if end.signal != nil || end.inputClosed { voice?.stop() } else { voice?.finish() }
      keepAwake?.release()
    }
    send(.start(at: clock.now()))
    while !leaving {
      let size = screen.size
      let now = clock.now()
      let widths = SessionScreen.widths(width: size.width, height: size.height)
      let (readout, change) = state.display(at: now, widths: widths)
      // The journal's heartbeat while paused is a wake of its own: nothing on screen moves;
      // so is the moment a phrase that waits for a hung voice is said over it.
      let wake = [change, state.heartbeat, voice?.cutOff].compactMap { $0 }.min()
      // Before the frame, so a terminal can send the title in the frame's own write.
      if let command = windowTitle?.update(state, readout: readout) { screen.title(command) }
      retained.update(
        state, readout: readout, width: size.width, height: size.height,
        notice: hook?.failure ?? sound?.failure ?? options.notice,
        week: recorder?.week)
      screen.draw(retained.frame, changed: retained.changed)
      // The sleep inhibitor is a process to start: after the first frame, not before it.
      if options.keepAwake, !askedToKeepAwake {
        askedToKeepAwake = true
        keepAwake = KeepAwake(processes: processes)
      }
      writeJournal()
      let input = screen.read(timeout: wake.map { clock.milliseconds(until: $0, from: now) })
      let at = clock.now()
      reapChildren(at: at)
      voice?.loseHeart(at: at)
      switch input {
      case .timeout, .resize:
        send(.tick(at: at))
      case .key(let key):
        let size = screen.size
        let view = SessionScreen.viewport(
          state, width: size.width, height: size.height, week: recorder?.week)
        guard let event = KeyTable.event(for: key, in: state, at: at, view: view) else {
          send(.tick(at: at))
          continue
        }
        if case .interrupt = event { end.signal = SignalNumber.interrupt }
        send(event)
      case .signal(let number) where number == SignalNumber.suspend:
        send(.suspend(at: at))
      case .signal(let number):
        end.signal = number
        send(.stop(at: at))
      case .closed:
        end.inputClosed = true
        send(.stop(at: at))
      case .inputEnded:
        inputHasEnded = true
        send(.inputEnded(at: at))
      }
    }
    writeJournal()
    sound?.stopPlaying()
    end.summary = state.summary
    end.hookFailure = hook?.failure
    return end
  }

  private func writeJournal() {
    guard let pending = pendingJournal else { return }
    pendingJournal = nil
    recorder?.journal(pending.summary, synced: pending.synced)
  }

  /// Notes helpers that ended: the voice, the hook's commands, the sleep inhibitor.
  private func reapChildren(at now: Instant) {
    for child in processes.reap() {
      if voice?.ended(child.pid, at: now) == true { continue }
      if sound?.ended(child.pid, status: child.status) == true { continue }
      if hook?.ended(child.pid, status: child.status) == true { continue }
      _ = keepAwake?.ended(child.pid)
    }
  }

  /// What a reduction gives a voice to say, in order: its cues' speech, and each key's
  /// effect said back in plain mode's words at every voice level. A reply cuts off a
  /// count and waits for a step's name or a check-in's question, which nothing says
  /// again; none comes before Ctrl-Z, as the voice would be stopped with the session.
  private static func phrases(in effects: [Effect]) -> [Speech] {
    let suspends = effects.contains(.suspend)
    return effects.compactMap { effect in
      if case .speak(let speech) = effect { return speech }
      guard !suspends, let reply = PlainNarration.reply(to: effect) else { return nil }
      return Speech(reply, priority: .timing, whenBusy: .waits)
    }
  }

  /// Carries out what the reducer returned, in its order; one bell and one phrase at most.
  private func send(_ event: Event) {
    let effects = reduce(&state, event)
    screen.narrate(effects)
    // Where the status file's step stands after this reduction, when it moved.
    var moved: TimeSpan??
    for effect in effects {
      tellHookAndStatus(effect, moved: &moved)
      carryOut(effect, moved: moved)
    }
    if let moved { status?.update(state, remaining: moved) }
    cue(effects, at: event.instant)
  }

  /// The `--on-event` hook hears `effect`, and where the status file's step stands moves
  /// with it: a step's start, a pause, a resume and a new length move it; the end of the
  /// work (a check-in may follow) and of the session take it away.
  private func tellHookAndStatus(_ effect: Effect, moved: inout TimeSpan??) {
    let plan = state.plan
    switch effect {
    case .stepStarted(let index, let remaining):
      moved = .some(remaining)
      hook?.fire(.stepStart, plan: plan, item: index, remaining: remaining)
    case .stepEnded(let index, let outcome, let remaining):
      hook?.fire(
        .stepEnd, plan: plan, item: index, remaining: remaining, outcome: outcome.rawValue)
      if index == plan.items.count - 1 {
        status?.remove()
        moved = nil
      }
    case .paused(let index, let remaining):
      moved = .some(remaining)
      hook?.fire(.pause, plan: plan, item: index, remaining: remaining)
    case .resumed(let index, let remaining):
      moved = .some(remaining)
      hook?.fire(.resume, plan: plan, item: index, remaining: remaining)
    // A hook that keeps its own countdown hears the new time left, as the status file.
    case .lengthChanged(let index, _, let remaining):
      moved = .some(remaining)
      hook?.fire(.lengthChanged, plan: plan, item: index, remaining: remaining)
    case .easedOff(let index, let shortenedTo?):
      moved = .some(shortenedTo)
      hook?.fire(.lengthChanged, plan: plan, item: index, remaining: shortenedTo)
    case .sessionEnded(let outcome, let index, let remaining):
      hook?.fire(
        .sessionEnd, plan: plan, item: index, remaining: remaining, outcome: outcome.rawValue)
      status?.remove()
      moved = nil
    default:
      break
    }
  }

  /// What `effect` asks of the shell besides the hook, the status and the cues: the
  /// journal and the log, leaving, Ctrl-Z, a repaint. The frame shows the rest; plain mode
  /// prints them (`narrate`), and the voice says those that answer a key.
  private func carryOut(_ effect: Effect, moved: TimeSpan??) {
    switch effect {
    case .sessionEnded:
      screen.discardTypeahead()
      // Printed to the scrollback instead, or in one line: nobody need be at the keys;
      // nor can anybody be once the input has ended.
      if options.summary != .wait || inputHasEnded { leaving = true }
    case .journal(let summary): pendingJournal = (summary, true)
    case .refreshJournal(let summary):
      if pendingJournal == nil { pendingJournal = (summary, false) }
    case .appendLog(let summary):
      pendingJournal = nil
      recorder?.finish(summary)
    case .suspend:
      // The pause Ctrl-Z made is written before the process stops: a status bar would
      // go on counting down a session that is not running.
      if let moved { status?.update(state, remaining: moved) }
      writeJournal()
      screen.suspend()
    case .quit: leaving = true
    case .repaintAll:
      // The next frame is drawn and sent whole, over a cleared screen.
      retained = RetainedScreen()
      screen.repaint()
    default:
      break
    }
  }

  /// The reduction's cues: the voice's phrases, one tone or one bell (a breath phase is a
  /// tone or nothing: the bell every few seconds would be noise), the notifications.
  private func cue(_ effects: [Effect], at now: Instant) {
    if let voice {
      for speech in Voice.choose(Self.phrases(in: effects), level: voice.level) {
        voice.say(speech, at: now)
      }
    }
    let cues = effects.compactMap { if case .ring(let cue) = $0 { cue } else { nil } }
    if let sound {
      if let tone = Sound.forCues(cues, in: state.plan) { sound.play(tone) }
    } else if cues.contains(where: \.rings), options.bell || options.flash {
      screen.bell(flash: options.flash)
    }
    if options.notifications {
      for notification in DesktopNotification.notifications(for: effects, in: state.plan) {
        screen.notify(notification)
      }
    }
  }
}
