/// Something that happened, stamped with the monotonic instant it happened at.
public enum Event: Hashable, Sendable {
  /// The session begins.
  case start(at: Instant)
  /// Time passed; the shell sends one at each instant `nextWake` named.
  case tick(at: Instant)
  /// Pause if running, resume if paused.
  case togglePause(at: Instant)
  /// Ctrl-Z or SIGTSTP: pause if running, then suspend.
  case suspend(at: Instant)
  /// End this item and go on to the next.
  case skip(at: Instant)
  /// Restart this step, or go to the previous one within its first 3 s.
  case back(at: Instant)
  /// Add (or with a negative span remove) time from the current timed item.
  case extend(by: TimeSpan, at: Instant)
  /// The person finished one rep of a reps step (paced reps: early, and the pace follows).
  case countRep(at: Instant)
  /// Ask whether to end the session.
  case requestQuit(at: Instant)
  /// Yes, end it.
  case confirmQuit(at: Instant)
  /// No, go on.
  case cancelQuit(at: Instant)
  /// Ctrl-C: end the session at once as stopped and leave.
  case interrupt(at: Instant)
  /// A signal or a lost terminal: end the session at once as stopped and leave.
  case stop(at: Instant)
  /// Close the summary and leave.
  case dismiss(at: Instant)
  /// The pressure on the roll or hold in progress is too much.
  case flagPressure(at: Instant)
  /// A rating from 1 (stiff) to 5 (free) for the side being asked about.
  case rate(Int, at: Instant)
  /// Skip the side rating being asked for.
  case skipRating(at: Instant)
  /// Show or hide the list of keys.
  case toggleHelp(at: Instant)
  /// Close whatever overlay is open.
  case closeOverlay(at: Instant)
  /// Move the summary, or the open help overlay, by `lines` (negative: up), within the
  /// text as `view` measures it.
  case scroll(by: Int, view: Viewport, at: Instant)
  /// A check-in rating, 0-10, for the area being asked about.
  case checkInRate(Int, at: Instant)
  /// Leave the check-in question being asked unanswered.
  case checkInSkip(at: Instant)
  /// A digit or the decimal point typed into a range test's number.
  case checkInType(Character, at: Instant)
  /// Take back the last character typed into a range test's number.
  case checkInErase(at: Instant)
  /// The range test's number is typed: take it.
  case checkInEnter(at: Instant)
  /// Ctrl-L: draw the whole screen again (something else wrote over it).
  case repaint(at: Instant)
  /// The input is at its end (a pipe that closed): no key can come, so nothing waits for
  /// one; the session itself runs on.
  case inputEnded(at: Instant)

  /// The instant the event happened at.
  public var instant: Instant {
    switch self {
    case .start(let at), .tick(let at), .togglePause(let at), .suspend(let at), .skip(let at),
      .back(let at), .extend(_, let at), .countRep(let at), .requestQuit(let at),
      .confirmQuit(let at), .cancelQuit(let at), .interrupt(let at), .stop(let at),
      .dismiss(let at), .flagPressure(let at), .rate(_, let at), .skipRating(let at),
      .toggleHelp(let at), .closeOverlay(let at), .scroll(_, _, let at),
      .checkInRate(_, let at), .checkInSkip(let at), .checkInType(_, let at),
      .checkInErase(let at), .checkInEnter(let at), .repaint(let at), .inputEnded(let at):
      at
    }
  }
}
