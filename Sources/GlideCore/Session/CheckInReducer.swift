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
    switch checkInState.reduce(event, plan: checkPlan) {
    case .stays:
      return []
    case .asks(let next, let answered):
      // Each answer is journaled as it is given, so a session killed now keeps it.
      return (answered ? [journalAnswers(at: now)] : []) + announce(.checkIn(next))
    case .over(.before):
      overlay = nil
      return beginWork(at: now)
    case .over(.after):
      overlay = nil
      return finishAfterCheckIn(at: now)
    }
  }

  /// Asks the first question of the check-in at `when`, when the plan has one to ask.
  mutating func askFirst(_ when: CheckIn.When, at now: Instant) -> [Effect]? {
    guard let first = checkInState.askFirst(when, plan: plan.checkIn) else { return nil }
    mode = .checkingIn
    // The question shows on its own: the session's help, if open, had other keys.
    overlay = nil
    scroll = 0
    return announce(.checkIn(first))
  }

  /// The journal with the answers so far: before the work, with none of it done; after
  /// it, as of its end.
  mutating func journalAnswers(at now: Instant) -> Effect {
    journaledAt = now
    return .journal(report(.interrupted, at: endedAt ?? now, includeCurrent: false))
  }
}
