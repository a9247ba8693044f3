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
        switch terminal.readKey(timeout: nil) {
        case nil, .resize?: continue
        case .suspend?: terminal.suspend()
        default: return
        }
        continue
      }
      let now = clock.now()
      let widths = SessionScreen.widths(width: size.width, height: size.height)
      let wake = state.nextWake(after: now, widths: widths)
      draw(size, at: now)
      let key = terminal.readKey(timeout: wake.map { clock.milliseconds(until: $0, from: now) })
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

  private mutating func send(_ event: Event) {
    let wasFinished = state.isFinished
    let effects = reduce(&state, event)
    if effects.contains(where: { if case .cue(let cue) = $0 { cue.rings } else { false } }),
      cues.bell || cues.flash
    {
      terminal.bell(flash: cues.flash)
    }
    for effect in effects {
      switch effect {
      case .journal(let summary): recorder?.journal(summary)
      case .appendLog(let summary): recorder?.finish(summary)
      case .cue, .redraw: break
      }
    }
    if !wasFinished && state.isFinished { terminal.discardTypeahead() }
  }

  private func draw(_ size: (width: Int, height: Int), at now: Instant? = nil) {
    let frame = SessionScreen.render(
      state, at: now ?? clock.now(), width: size.width, height: size.height, notice: notice,
      weekCount: recorder?.weekCount)
    terminal.draw(frame)
  }
}

/// SIGINT's number, for a Ctrl-C typed in raw mode.
let SIGINT_VALUE: Int32 = 2
