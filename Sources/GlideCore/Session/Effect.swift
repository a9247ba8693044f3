/// Work the shell carries out after a reduction; the core itself does no I/O. Everything
/// the shell does during a session is one of these: it never works out what happened by
/// comparing two states.
public enum Effect: Hashable, Sendable {
  /// Plan item `index` began; `remaining` is its length (nil for reps counted by key).
  case stepStarted(index: Int, remaining: TimeSpan?)
  /// Plan item `index` ended as `outcome`, with `remaining` left of its clock (zero when it
  /// ran out, nil for reps counted by key).
  case stepEnded(index: Int, outcome: StepOutcome, remaining: TimeSpan?)
  /// The person paused plan item `index` with `remaining` left.
  case paused(index: Int, remaining: TimeSpan?)
  /// The person resumed plan item `index` with `remaining` left.
  case resumed(index: Int, remaining: TimeSpan?)
  /// Plan item `index` began while the session is paused (`n`, `b`): it waits for space,
  /// and is said to, after its announcement. Not a pause of its own: pauses and
  /// resumptions still alternate.
  case stillPaused(index: Int)
  /// `+` or `-` changed the length of plan item `index` by `change` (negative: shorter),
  /// leaving `remaining` of it.
  case lengthChanged(index: Int, by: TimeSpan, remaining: TimeSpan?)
  /// `!` flagged plan item `index` as too much pressure (`Pressure.easeOff` says what to
  /// do); `shortenedTo` is the time left when it shortened the hold.
  case easedOff(index: Int, shortenedTo: TimeSpan?)
  /// A key did not apply here; the screen shows the note.
  case noted(SessionState.Note)
  /// After both sides of a step, how free one side feels is asked ("How free does your
  /// left calf feel?"): the screen shows the state's `rating`; plain mode prints the
  /// question with its keys (`KeyTable.sideScale`) and the voice says it.
  case sideAsked(String)
  /// "End session? y/n" is asked (`KeyTable.quitQuestion`).
  case askedToQuit
  /// The answer to "End session? y/n" was no: the session goes on, still paused when
  /// `paused` (it was paused when asked).
  case quitDeclined(paused: Bool)
  /// A check-in question about `subject` (an area, or the range test's name) was answered
  /// (`answer`: "7", "8.5 cm") or skipped (nil); plain mode reads it back, the screen has
  /// already moved on to the next question.
  case checkInAnswered(String, answer: String?)
  /// A check-in that rates areas began: plain mode says how the scale's keys read
  /// (`KeyTable.checkInScale`), which the screen shows under each question.
  case checkInScale
  /// The rest of the check-in was skipped: the input ended, so no answer can come.
  case checkInEnded
  /// The input ended where only a key could go on ("End session?" asked, or the session
  /// paused): the session ends there, as `q` then `y` would end it; plain mode says why.
  case endedForInput
  /// The input ended, so no enter can count this step's reps: it is left as `n` would
  /// leave it, and the session runs on; plain mode says why.
  case countedRepsSkipped
  /// The help opened: the check-in's keys when `checkIn`, else the session's.
  case helpOpened(checkIn: Bool)
  /// The session is over; `index` and `remaining` are those of the item it ended in, as
  /// its `stepEnded` gave them.
  case sessionEnded(Summary.Outcome, index: Int, remaining: TimeSpan?)
  /// Give the terminal back and stop the process until it is continued (Ctrl-Z).
  case suspend
  /// Leave the session now.
  case quit
  /// Sound the bell (or flash) for a cue.
  case ring(Cue)
  /// Words for a voice to say, with their priority, what they do while the voice is busy,
  /// and the voice level that says them.
  case speak(Speech)
  /// The session's progress at an item change, pause or resume, to keep in the journal
  /// durably (synced) in case the session is killed or the power fails.
  case journal(Summary)
  /// The session's progress on a wake that happened anyway, at most every
  /// `journalInterval`, and when "End session? y/n" stops the clock or "no" runs it again:
  /// refreshes the journal without syncing, so a kill loses at most that interval, a crash
  /// is credited only the time the clock ran, and the disk is not woken every few seconds.
  case refreshJournal(Summary)
  /// The session ended: append its record to the log.
  case appendLog(Summary)
  /// Forget what the screen is thought to show, clear it and draw the next frame whole
  /// (Ctrl-L, after something else wrote over it).
  case repaintAll
}
