/// The session while a check-in question is asked: the check-in's own reducer takes its
/// keys; the session keeps the help, the quit question and the signals, and starts the
/// work (or ends the session) when the check-in is over.
extension SessionState {
  /// Acts on an event while checking in.
  mutating func actCheckingIn(on event: Event, at now: Instant) -> [Effect] {
    if let effects = actOnOverlay(event) { return effects }
    switch event {
    case .stop, .interrupt: return end(at: now)
    case .suspend: return [.suspend]
    case .requestQuit: return askToQuit(at: now)
    default: break
    }
    guard let checkPlan = plan.checkIn else { return [] }
    // Read before the reduction moves on: the answer to the question asked.
    let readBack = checkInState.readBack(event, plan: checkPlan)
    switch checkInState.reduce(event, plan: checkPlan) {
    case .stays:
      return []
    case .asks(let next, let answered):
      // Each answer is journaled as it is given, so a session killed now keeps it.
      return [readBack].compactMap { $0 } + (answered ? [journalAnswers(at: now)] : [])
        + announce(.checkIn(next))
    case .over(let when):
      return [readBack].compactMap { $0 } + endCheckIn(when, at: now)
    }
  }

  /// The input ended: no answer can come, so the rest of a check-in being asked is
  /// skipped as `s` would skip it, and none is asked after the work; "End session? y/n"
  /// being asked is answered as the `q` that asked it meant, yes, rather than waited on
  /// for ever (a session paused is ended by `reduce`, which holds that rule for every
  /// way into a pause).
  mutating func inputEnded(at now: Instant) -> [Effect] {
    checkInState.inputEnded = true
    if case .confirmingQuit = mode { return [.endedForInput] + end(at: now) }
    guard mode == .checkingIn, let asked = question else { return [] }
    question = nil
    return [.checkInEnded] + endCheckIn(asked.when, at: now)
  }

  /// Starts the work after the check-in before it, or ends the session after the one
  /// after it.
  private mutating func endCheckIn(_ when: CheckIn.When, at now: Instant) -> [Effect] {
    overlay = nil
    return when == .before ? beginWork(at: now) : finishAfterCheckIn(at: now)
  }

  /// Asks the first question of the check-in at `when`, when the plan has one to ask.
  mutating func askFirst(_ when: CheckIn.When, at now: Instant) -> [Effect]? {
    guard let first = checkInState.askFirst(when, plan: plan.checkIn) else { return nil }
    mode = .checkingIn
    // The question shows on its own: the session's help, if open, had other keys.
    overlay = nil
    scroll = 0
    let rates = plan.checkIn?.areas.isEmpty == false
    return announce(.checkIn(first)) + (rates ? [.checkInScale] : [])
  }

  /// The journal with the answers so far: before the work, with none of it done; after
  /// it, as of its end.
  mutating func journalAnswers(at now: Instant) -> Effect {
    journaledAt = now
    return .journal(report(.interrupted, at: endedAt ?? now, includeCurrent: false))
  }
}
