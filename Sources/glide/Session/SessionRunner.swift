import GlideCore
import GlideRender
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

  init(terminal: Terminal, plan: Plan, clock: SessionClock, cues: Cues, recorder: SessionRecorder?)
  {
    self.recorder = recorder
    self.terminal = terminal
    self.clock = clock
    self.cues = cues
    state = SessionState(plan: plan)
  }

  /// Set when the reducer said to leave.
  private var leaving = false

  /// Runs the session to its summary and until a key closes it (or a signal ends it).
  mutating func run() {
    send(.start(at: clock.now()))
    while !leaving {
      if let received = Signals.takePending() {
        signal = received
        send(.stop(at: clock.now()))
        continue
      }
      let size = terminal.size
      let now = clock.now()
      let widths = SessionScreen.widths(width: size.width, height: size.height)
      let (readout, wake) = state.display(at: now, widths: widths)
      draw(size, readout: readout)
      let key = terminal.readKey(timeout: wake.map { clock.milliseconds(until: $0, from: now) })
      reapChildren()
      let at = clock.now()
      guard let key, let event = KeyMap.event(for: key, in: state, at: at) else {
        send(.tick(at: at))
        continue
      }
      if case .interrupt = event { signal = interruptSignal }
      send(event)
    }
  }

  /// Notes helpers that ended: the voice, the hook's commands, the sleep inhibitor.
  private func reapChildren() {
    for child in Children.reap() {
      if voice?.ended(child.pid) == true { continue }
      if hook?.ended(child.pid, status: child.status) == true { continue }
      _ = keepAwake?.ended(child.pid)
    }
  }

  /// Carries out what the reducer returned, in its order; one bell and one phrase at most.
  private mutating func send(_ event: Event) {
    let effects = reduce(&state, event)
    var rings = false
    var phrases: [Speech] = []
    for effect in effects {
      switch effect {
      case .stepStarted(let index, let remaining):
        hook?.fire(.stepStart, plan: state.plan, item: index, remaining: remaining)
      case .stepEnded(let index, let outcome, let remaining):
        hook?.fire(
          .stepEnd, plan: state.plan, item: index, remaining: remaining, outcome: outcome.rawValue)
      case .paused(let index, let remaining):
        hook?.fire(.pause, plan: state.plan, item: index, remaining: remaining)
      case .resumed(let index, let remaining):
        hook?.fire(.resume, plan: state.plan, item: index, remaining: remaining)
      case .sessionEnded(let outcome, let index, let remaining):
        hook?.fire(
          .sessionEnd, plan: state.plan, item: index, remaining: remaining,
          outcome: outcome.rawValue)
        terminal.discardTypeahead()
      case .ring: rings = true
      case .speak(let speech): phrases.append(speech)
      case .journal(let summary): recorder?.journal(summary)
      case .appendLog(let summary): recorder?.finish(summary)
      case .suspend: terminal.suspend()
      case .quit: leaving = true
      }
    }
    if let voice {
      for speech in Voice.choose(phrases, level: voice.level) { voice.say(speech) }
    }
    if rings, cues.bell || cues.flash { terminal.bell(flash: cues.flash) }
  }

  private func draw(_ size: (width: Int, height: Int), readout: Readout? = nil) {
    let readout =
      readout
      ?? state.readout(
        at: clock.now(), widths: SessionScreen.widths(width: size.width, height: size.height))
    let frame = SessionScreen.render(
      state, readout: readout, width: size.width, height: size.height,
      notice: hook?.failure ?? notice, weekCount: recorder?.weekCount)
    terminal.draw(frame)
  }
}

/// SIGINT's number, for a Ctrl-C typed in raw mode.
let interruptSignal: Int32 = 2
