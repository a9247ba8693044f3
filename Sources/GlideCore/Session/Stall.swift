/// A stop of the process (SIGSTOP and SIGCONT, a suspended machine) is not work. The
/// reducer knows the latest instant the shell can sleep to while something moves; an
/// event far later than that came from a process that was not running, and the session
/// is paused from that instant, as if Ctrl-Z had been pressed then. The shell derives
/// nothing: the reducer decides from the events' instants alone.
extension SessionState {
  /// The latest instant after `now` by which the shell wakes: the countdown's next digit
  /// (every second while a timed item runs or a count-in counts), the next reminder for
  /// reps counted by key; nil while nothing moves.
  public func latestWake(after now: Instant) -> Instant? {
    switch mode {
    case .countingIn(let until, _):
      return min(until, now + .seconds(1))
    case .running:
      guard item != nil else { return nil }
      if let deadline = clock.deadline { return min(deadline, now + .seconds(1)) }
      let idle = max(.zero, clock.elapsed(at: now) - beat.from).nanoseconds
      let every = Self.reminderInterval.nanoseconds
      return now + TimeSpan(nanoseconds: every - idle % every)
    default:
      return nil
    }
  }

  /// When an event at `now` comes more than `stallAfter` past the latest wake the session
  /// asked for, brings the session up to that wake and pauses it there.
  mutating func stall(until now: Instant) -> [Effect] {
    guard let stallAfter, let wake = latestWake(after: self.now), now - wake > stallAfter
    else { return [] }
    if case .countingIn(let until, _) = mode, wake < until {
      // Stopped during the count-in: it never ended, so the session is paused as it was.
      mode = .paused
      return []
    }
    var effects = advance(to: wake)
    if mode == .running { effects += pause(at: wake, reportAt: now) }
    return effects
  }
}
