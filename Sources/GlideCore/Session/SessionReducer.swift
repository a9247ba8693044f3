extension SessionState {
  /// Acts on an event while the work is under way: running, paused or counting in.
  mutating func actInSession(on event: Event, at now: Instant) -> [Effect] {
    if let effects = actOnOverlay(event) { return effects }
    switch event {
    case .tick: return refreshJournal(at: now)
    case .stop, .interrupt: return finish(.stopped, at: now)
    case .togglePause, .suspend: return togglePause(event, at: now)
    case .requestQuit: return askToQuit(at: now)
    case .skip: return leave(outcome: nil, at: now)
    case .back: return goBack(at: now)
    case .extend(let by, _): return extend(by: by, at: now)
    case .countRep: return countRep(at: now)
    case .flagPressure: return flagPressure(at: now)
    case .rate(let score, _):
      return rate(score)
    case .skipRating:
      rating = nil
      return []
    case .start, .dismiss, .confirmQuit, .cancelQuit, .repaint, .toggleHelp, .closeOverlay,
      .scroll, .checkInRate, .checkInSkip, .checkInType, .checkInErase, .checkInEnter,
      .inputEnded:
      return []
    }
  }

  /// Space and Ctrl-Z: pause a running clock (Ctrl-Z then suspends); space resumes a
  /// paused one, through the count-in when there is one; either stops a count-in.
  mutating func togglePause(_ event: Event, at now: Instant) -> [Effect] {
    var suspending: [Effect] = []
    if case .suspend = event { suspending = [.suspend] }
    switch mode {
    case .running:
      return pause(at: now, reportAt: now) + suspending
    case .countingIn:
      // Pausing again while counting in: the clock never ran, so nothing resumed.
      mode = .paused
      return suspending
    case .paused where !suspending.isEmpty:
      return suspending
    case .paused:
      guard plan.countIn > .zero else {
        resume(at: now)
        journaledAt = now
        return [
          .resumed(index: index, remaining: clock.remaining(at: now)),
          .journal(report(.interrupted, at: now)),
        ]
      }
      let count = Int(plan.countIn.ceilingSeconds)
      mode = .countingIn(until: now + plan.countIn, cued: count)
      return announce(.countdown(count))
    default:
      return []
    }
  }

  /// Pauses the running clock at `at`, journaling the session as of `reportAt` (later
  /// when a stall is found after the fact).
  mutating func pause(at: Instant, reportAt now: Instant) -> [Effect] {
    hold(at: at)
    mode = .paused
    journaledAt = now
    return [
      .paused(index: index, remaining: clock.remaining(at: at)),
      .journal(report(.interrupted, at: now)),
    ]
  }

  /// Stops the clock, the pause starting now.
  mutating func hold(at now: Instant) {
    clock.stop(at: now)
    pausedSince = now
  }

  /// Runs the clock again, the pause ending now.
  mutating func resume(at now: Instant) {
    endPause(at: now)
    mode = .running
    clock.run(from: now)
  }

  /// Adds the pause in progress, if any, to the paused time.
  mutating func endPause(at now: Instant) {
    if let since = pausedSince { pausedTotal = pausedTotal + max(.zero, now - since) }
    pausedSince = nil
  }

  /// Takes a side rating, 1-5, for the side asked about, then asks the other.
  mutating func rate(_ score: Int) -> [Effect] {
    guard var request = rating, (1...5).contains(score) else { return [] }
    if request.asking == .left {
      records[request.left].freedom = score
      request.asking = .right
      rating = request
      return [.sideAsked(request.question(in: plan))]
    }
    records[request.right].freedom = score
    rating = nil
    return []
  }
}
