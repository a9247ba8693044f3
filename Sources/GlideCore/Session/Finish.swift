/// The end of a session: the work over, then the after check-in if the plan asks one,
/// then the summary and the log.
extension SessionState {
  /// The last item was left: ends the session, or first asks the after check-in, whose
  /// time is not the session's.
  mutating func workOver(at now: Instant) -> [Effect] {
    guard plan.checkIn != nil else { return finish(.completed, at: now) }
    clock.stop(at: now)
    // Skipped to the end while paused: the pause ends with the work.
    endPause(at: now)
    endedAt = now
    journaledAt = now
    return [.journal(report(.interrupted, at: now, includeCurrent: false))]
      + (askFirst(.after, at: now) ?? finishAfterCheckIn(at: now))
  }

  /// Ends a session whose last step is over, once the after check-in is answered (or cut
  /// short): completed, its times as of the last step's end.
  mutating func finishAfterCheckIn(at now: Instant) -> [Effect] {
    let workEnd = endedAt ?? now
    question = nil
    overlay = nil
    scroll = 0
    rating = nil
    let summary = report(.completed, at: workEnd, includeCurrent: false)
    mode = .finished(summary)
    return announce(.sessionComplete) + [
      .sessionEnded(.completed, index: index, remaining: clock.remaining(at: workEnd)),
      .appendLog(summary),
    ]
  }

  /// Ends the session. A completed session's last item was left already; a stopped one
  /// ends in the item in progress.
  mutating func finish(_ outcome: Summary.Outcome, at now: Instant) -> [Effect] {
    let left = clock.remaining(at: now)
    var effects: [Effect] = []
    if outcome == .stopped { effects += bank(outcome: nil, at: now) }
    clock.stop(at: now)
    endPause(at: now)
    overlay = nil
    scroll = 0
    rating = nil
    question = nil
    endedAt = now
    let summary = report(outcome, at: now, includeCurrent: false)
    mode = .finished(summary)
    if outcome == .completed { effects += announce(.sessionComplete) }
    effects += [
      .sessionEnded(outcome, index: index, remaining: left),
      .appendLog(summary),
    ]
    return effects
  }
}
