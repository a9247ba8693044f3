/// Where the week stands once the session just ended was logged, as its summary closes
/// with it: this ISO week's sessions against the evidence's aim, or, for a session of the
/// active program's current week, that week's sessions done against those it asks.
public struct WeekTally: Hashable, Sendable {
  /// Every session logged this week.
  public var sessions: Int
  /// For a session of the active program's current week: that week's sessions.
  public var program: ProgramWeekCount?

  /// `sessions` this week, and the program's week when the session was one of it.
  public init(sessions: Int, program: ProgramWeekCount? = nil) {
    self.sessions = sessions
    self.program = program
  }

  /// The summary's line: "This week 2 sessions (aim for 2-3)", or for a program's
  /// session "Program   week 2: 1 of 3 sessions done" (its weeks are not the calendar's).
  public var line: String {
    guard let program else {
      return "This week \(sessions.counted("session")) (\(Evidence.sessionsPerWeekAim))"
    }
    return "Program   week \(program.number): \(program.done) of "
      + "\(program.planned.counted("session")) done"
  }
}
