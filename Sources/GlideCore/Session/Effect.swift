/// Work the shell carries out after a reduction; the core itself does no I/O.
public enum Effect: Hashable, Sendable {
  /// Ring, flash or speak.
  case cue(Cue)
  /// The session ended: append its record to the log.
  case appendLog(Summary)
  /// The session's progress so far, to keep in the journal in case it is killed.
  case journal(Summary)
  /// The state changed: draw it.
  case redraw
}
