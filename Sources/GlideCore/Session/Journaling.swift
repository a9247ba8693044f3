/// When the session writes its journal, the record a killed session is recovered from:
/// synced at every item change, pause, resume and check-in answer; refreshed (unsynced)
/// on a wake at most every `journalInterval`, and as a heartbeat while paused.
extension SessionState {
  /// Every item change and resume is journaled, whatever caused it, so a killed session
  /// loses at most the item in progress. The journal is taken once the event has acted: a
  /// count-in ends on whatever event comes next, and a key that then changes the item or
  /// stops the clock must not leave the journal naming the clock the count-in ran.
  mutating func journalStart(at now: Instant, effects: inout [Effect]) {
    let started = effects.contains {
      switch $0 {
      case .stepStarted, .resumed: true
      default: false
      }
    }
    let journaled = effects.contains { if case .journal = $0 { true } else { false } }
    guard started, !journaled, !isFinished else { return }
    journaledAt = now
    effects.removeAll { if case .refreshJournal = $0 { true } else { false } }
    effects.append(.journal(report(.interrupted, at: now)))
  }

  /// Journals that the clock stopped or ran again with no item change, pause or resume to
  /// journal it: a refresh, which costs no sync, since only a crash (which keeps what was
  /// written) credits the journal's running clock. When the event also ended a count-in,
  /// `journalStart` journals it synced instead, as of the same state.
  mutating func journalClock(at now: Instant) -> Effect {
    journaledAt = now
    return .refreshJournal(report(.interrupted, at: now))
  }

  /// The refresh a wake writes when the last write is `journalInterval` old: while the
  /// clock runs, so a kill loses at most that much work; while paused or counting in, so
  /// the pause's length survives a kill as paused time, not lost and never work.
  mutating func refreshJournal(at now: Instant) -> [Effect] {
    guard let last = journaledAt, now - last >= journalInterval else { return [] }
    return [journalClock(at: now)]
  }

  /// The next heartbeat while paused: the instant a refresh of the journal is due. The
  /// run loop wakes for it though nothing on screen moves.
  public var heartbeat: Instant? {
    switch mode {
    case .paused, .countingIn: journaledAt.map { $0 + journalInterval }
    default: nil
    }
  }
}
