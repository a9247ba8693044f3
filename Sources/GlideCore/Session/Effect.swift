/// Work the shell carries out after a reduction; the core itself does no I/O.
public enum Effect: Hashable, Sendable {
  /// Ring, flash or speak.
  case cue(Cue)
  /// The session ended: append its record to the log.
  case appendLog(Summary)
  /// The session's progress at an item change, pause or resume, to keep in the journal
  /// durably (synced) in case the session is killed or the power fails.
  case journal(Summary)
  /// The session's progress on a wake that happened anyway, at most every
  /// `journalInterval`: replaces the journal without syncing, so a kill loses nothing and
  /// the disk is not woken every few seconds.
  case refreshJournal(Summary)
  /// The state changed: draw it.
  case redraw
}
