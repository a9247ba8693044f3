import GlideCore
import GlideRender
import GlideSound
import GlideTerminal

/// The run loop: sleeps until the core's next visible change or a key, feeds the core
/// events stamped with the clock, carries out its effects, and draws.
struct SessionRunner {
  /// How the person wants to be cued.
  struct Cues {
    var bell = true
    var flash = false
  }

  let terminal: Terminal
  let clock: SessionClock
  let cues: Cues
  var state: SessionState
  /// A line shown at the foot of the screen, e.g. that the routine has warnings.
  var notice: String?
  /// The ending signal that stopped the session, if one did.
  private(set) var signal: Int32?

  let recorder: SessionRecorder?
  /// Speaks cues, with --voice and espeak-ng.
  var voice: Voice?
  /// Runs --on-event.
  var hook: EventHook?
  /// Keeps the system awake while the session runs.
  var keepAwake: KeepAwake?
  /// Plays Glide's tones for the cues (`--sound tones`); the bell is not rung meanwhile.
  var sound: SoundPlayer?
  /// The window title, nil with --no-title.
  var title: WindowTitle?
  /// The channels --notify sends desktop notifications through; none without it.
  var notify: [DesktopNotification.Channel] = []

  init(terminal: Terminal, plan: Plan, clock: SessionClock, cues: Cues, recorder: SessionRecorder?)
  {
    self.recorder = recorder
    self.terminal = terminal
    self.clock = clock
    self.cues = cues
    state = SessionState(plan: plan)
  }

  /// Runs the session to its summary and until a key closes it (or a signal ends it).
  mutating func run() {
    send(.start(at: clock.now()))
    while true {
      if let received = Signals.takePending() {
        signal = received
        send(.stop(at: clock.now()))
        return
      }
      let size = terminal.size
      if state.isFinished {
        draw(size)
        if let bytes = title?.update(state, readout: nil) { terminal.sendControl(bytes) }
        switch terminal.readKey(timeout: nil) {
        case nil, .resize?: continue
        case .suspend?: terminal.suspend()
        default: return
        }
        continue
      }
      let now = clock.now()
      let widths = SessionScreen.widths(width: size.width, height: size.height)
      let (readout, wake) = state.display(at: now, widths: widths)
      draw(size, readout: readout)
      if let bytes = title?.update(state, readout: readout) { terminal.sendControl(bytes) }
      let key = terminal.readKey(timeout: wake.map { clock.milliseconds(until: $0, from: now) })
      reapChildren()
      let at = clock.now()
      guard let key else {
        send(.tick(at: at))
        continue
      }
      if key == .interrupt { signal = SIGINT_VALUE }
      if let event = KeyMap.event(for: key, in: state, at: at) {
        send(event)
      } else {
        send(.tick(at: at))
      }
      if key == .suspend { terminal.suspend() }
      if key == .interrupt { return }
    }
  }

  /// Notes helpers that ended: the voice, the hook's commands, the sleep inhibitor.
  private func reapChildren() {
    for child in Children.reap() {
      if voice?.ended(child.pid) == true { continue }
      if sound?.ended(child.pid, status: child.status) == true { continue }
      if hook?.ended(child.pid, status: child.status) == true { continue }
      _ = keepAwake?.ended(child.pid)
    }
  }

  /// Fires the hook for what an event changed: steps left and started, pause, resume, end.
  private func fireHook(_ effects: [Effect], before: SessionState, at now: Instant) {
    guard let hook else { return }
    let started = effects.compactMap { effect -> Int? in
      if case .cue(.itemStarted(let index)) = effect { return index }
      return nil
    }
    let finished = !before.isFinished && state.isFinished
    // In order: the item left, then each item entered (and left again, when a late tick
    // or the session's end passed through it).
    if before.mode != .ready && (!started.isEmpty || finished) {
      hook.fire(.stepEnd, state: state, item: before.index, at: now)
    }
    for (offset, index) in started.enumerated() {
      hook.fire(.stepStart, state: state, item: index, at: now)
      if offset < started.count - 1 || finished {
        hook.fire(.stepEnd, state: state, item: index, at: now)
      }
    }
    if before.mode == .running && state.mode == .paused {
      hook.fire(.pause, state: state, item: state.index, at: now)
    }
    if before.mode == .paused && state.mode == .running {
      hook.fire(.resume, state: state, item: state.index, at: now)
    }
    if finished { hook.fire(.sessionEnd, state: state, item: state.index, at: now) }
  }

  private mutating func send(_ event: Event) {
    let wasFinished = state.isFinished
    let before = state
    let effects = reduce(&state, event)
    fireHook(effects, before: before, at: event.instant)
    if let voice,
      let cue = effects.compactMap({ effect -> Cue? in
        if case .cue(let cue) = effect { return cue }
        return nil
      }).last
    {
      voice.say(cue.phrase(in: state.plan))
    }
    if let sound {
      let cues = effects.compactMap { if case .cue(let cue) = $0 { cue } else { nil } }
      Sound.forCues(cues, in: state.plan).map(sound.play)
    } else if effects.contains(where: { if case .cue(let cue) = $0 { cue.rings } else { false } }),
      cues.bell || cues.flash
    {
      terminal.bell(flash: cues.flash)
    }
    for note in notify.isEmpty
      ? [] : DesktopNotification.notifications(for: effects, in: state.plan)
    {
      terminal.sendControl(note.bytes(via: notify))
    }
    for effect in effects {
      switch effect {
      case .journal(let summary): recorder?.journal(summary, synced: true)
      case .refreshJournal(let summary): recorder?.journal(summary, synced: false)
      case .appendLog(let summary): recorder?.finish(summary)
      case .cue, .redraw: break
      }
    }
    if !wasFinished && state.isFinished { terminal.discardTypeahead() }
  }

  private func draw(_ size: (width: Int, height: Int), readout: Readout? = nil) {
    let readout =
      readout
      ?? state.readout(
        at: clock.now(), widths: SessionScreen.widths(width: size.width, height: size.height))
    let frame = SessionScreen.render(
      state, readout: readout, width: size.width, height: size.height,
      notice: hook?.failure ?? sound?.failure ?? notice, weekCount: recorder?.weekCount)
    terminal.draw(frame)
  }
}

/// SIGINT's number, for a Ctrl-C typed in raw mode.
let SIGINT_VALUE: Int32 = 2
