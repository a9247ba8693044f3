/// The grace period of a step: `back` within it goes to the previous step, and leaving a
/// step within it counts as skipping.
public let stepGrace = TimeSpan.seconds(3)

/// How often, at most, progress is written to the journal between item changes, and
/// while paused (a heartbeat that bounds what a kill can lose of a pause).
public let journalInterval = TimeSpan.seconds(10)

/// Applies one event to the session and returns the work the shell must do.
///
/// Every event first brings the session up to its instant (ending items whose deadlines
/// passed, each next item starting exactly at the previous deadline so nothing drifts;
/// an event far past the wake the session asked for pauses it from that wake, as the
/// process was stopped meanwhile), then acts as the mode the session is in decides.
/// Events the current mode has no use for change nothing and return no effects.
public func reduce(_ state: inout SessionState, _ event: Event) -> [Effect] {
  let now = max(event.instant, state.now)
  var effects: [Effect]
  if case .start = event {
    state.now = now
    effects = state.begin(at: now)
  } else if state.isFinished {
    state.now = now
    return state.afterTheEnd(event)
  } else {
    effects = state.stall(until: now)
    effects += state.advance(to: now)
    state.now = now
    if !state.isFinished { effects += state.act(on: event, at: now) }
    if state.mode == .paused, state.checkInState.inputEnded {
      effects = state.noKeyLeft(after: event, effects, at: now)
    }
    // However the session came to run on them (entered, resumed, the input ending).
    effects += state.skipCountedRepsWithNoInput(at: now)
    effects = state.askingOnly(effects)
  }
  state.journalStart(at: now, effects: &effects)
  switch event {
  // Leaving is decided here, after the session's end has been logged.
  case .interrupt, .stop: if state.isFinished { effects.append(.quit) }
  case .repaint: effects.append(.repaintAll)
  default: break
  }
  return effects
}

extension SessionState {
  /// A session paused once its input has ended, which no key can resume. A pause the
  /// person asked for (Space, Ctrl-Z, or one in place when the input ended) ends the
  /// session there, logged stopped, as `q` then `y` would, rather than waiting for ever;
  /// running on would undo it. A pause nobody asked for (the process stopped, the machine
  /// asleep) is resumed as Space would, so a hands-free session runs on. The process
  /// stops for Ctrl-Z only after the session's end is logged.
  mutating func noKeyLeft(after event: Event, _ effects: [Effect], at now: Instant) -> [Effect] {
    switch event {
    case .togglePause, .suspend, .inputEnded:
      let suspends = effects.contains(.suspend)
      return effects.filter { $0 != .suspend } + [.endedForInput] + end(at: now)
        + (suspends ? [.suspend] : [])
    default:
      return effects + act(on: .togglePause(at: now), at: now)
    }
  }

  /// Acts on one event after time has been brought up to `now`: each mode has its own
  /// reducer.
  mutating func act(on event: Event, at now: Instant) -> [Effect] {
    if case .inputEnded = event { return inputEnded(at: now) }
    switch mode {
    case .ready, .finished: return []
    case .checkingIn: return actCheckingIn(on: event, at: now)
    case .confirmingQuit(let origin):
      return actAskingToQuit(on: event, from: origin, at: now)
    case .running, .paused, .countingIn: return actInSession(on: event, at: now)
    }
  }

  /// Starts the session: the check-in first when the plan asks one, then the work.
  mutating func begin(at now: Instant) -> [Effect] {
    guard mode == .ready else { return [] }
    // The session's clock starts when the check-in is over.
    if let effects = askFirst(.before, at: now) { return effects }
    return beginWork(at: now)
  }

  /// Starts the clock and the first item.
  mutating func beginWork(at now: Instant) -> [Effect] {
    startedAt = now
    guard !plan.items.isEmpty else { return finish(.completed, at: now) }
    mode = .running
    return enter(0, at: now)
  }

  /// What the keys and signals still do once the summary shows: scroll it, or leave.
  mutating func afterTheEnd(_ event: Event) -> [Effect] {
    switch event {
    // The end of the input leaves no key to dismiss the summary with.
    case .dismiss, .interrupt, .stop, .inputEnded: return [.quit]
    case .suspend: return [.suspend]
    case .repaint: return [.repaintAll]
    case .scroll(let lines, let view, _):
      scroll = view.moved(from: scroll, by: lines)
      return []
    default: return []
    }
  }

  /// "End session? y/n": yes or a signal ends it, no goes back to where it was asked.
  mutating func actAskingToQuit(
    on event: Event, from origin: QuitAskedFrom, at now: Instant
  ) -> [Effect] {
    switch event {
    case .stop, .interrupt, .confirmQuit:
      return end(at: now)
    case .cancelQuit where question != nil:
      mode = .checkingIn
      return [.quitDeclined(paused: false)]
    case .cancelQuit:
      mode = .paused
      switch origin {
      case .paused: return [.quitDeclined(paused: true)]
      case .countingIn:
        // The question cut the 3-2-1 short: it starts again, as a space would start it.
        return [.quitDeclined(paused: false)] + togglePause(.togglePause(at: now), at: now)
      case .running:
        resume(at: now)
        // The journal's clock runs again from here, so a crash after "no" is credited the
        // time since, not the question's.
        return [.quitDeclined(paused: false), journalClock(at: now)]
      }
    case .suspend:
      // Coming back from the suspension, "no" leaves the session paused.
      mode = .confirmingQuit(from: .paused)
      let paused: [Effect] =
        origin == .running ? [.paused(index: index, remaining: clock.remaining(at: now))] : []
      return paused + [.suspend]
    default:
      return []
    }
  }

  /// Ends the session early, from wherever it is: after the last step the work is
  /// complete, and ending the check-in early keeps it so.
  mutating func end(at now: Instant) -> [Effect] {
    question?.when == .after ? finishAfterCheckIn(at: now) : finish(.stopped, at: now)
  }

  /// Asks "End session? y/n", stopping the clock meanwhile.
  mutating func askToQuit(at now: Instant) -> [Effect] {
    let origin: QuitAskedFrom
    switch mode {
    case .running: origin = .running
    case .countingIn: origin = .countingIn
    default: origin = .paused
    }
    let wasPaused = origin != .running
    if !wasPaused { hold(at: now) }
    mode = .confirmingQuit(from: origin)
    overlay = nil
    scroll = 0
    // The clock stops for the question: the journal must say so, or a crash while it is
    // asked credits the question's time as worked.
    return [.askedToQuit] + (wasPaused ? [] : [journalClock(at: now)])
  }

  /// Opens or closes the help, or scrolls it: the same in the session and the check-in.
  /// Nil for any other event.
  mutating func actOnOverlay(_ event: Event) -> [Effect]? {
    switch event {
    case .toggleHelp:
      overlay = overlay == nil ? .help : nil
      scroll = 0
      return overlay == nil ? [] : [.helpOpened(checkIn: question != nil)]
    case .closeOverlay:
      overlay = nil
    case .scroll(let lines, let view, _):
      // Only the help scrolls before the end; the summary's scrolling is after it.
      guard overlay == .help else { return [] }
      scroll = view.moved(from: scroll, by: lines)
      return []
    default:
      return nil
    }
    scroll = 0
    return []
  }

  /// The ring (for cues that ring) and the speech of a cue, as the session runs its plan:
  /// an item's announcement says the length it runs for.
  func announce(_ cue: Cue) -> [Effect] {
    var length: TimeSpan?
    if case .itemStarted(let started) = cue, plan.items.indices.contains(started) {
      length = planned(started)
    }
    let speech = Effect.speak(cue.speech(in: plan, length: length))
    return cue.rings ? [.ring(cue), speech] : [speech]
  }
}
