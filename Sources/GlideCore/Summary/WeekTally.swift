/// Where the week stands once the session just ended was logged, as its summary closes
/// with it: this ISO week's sessions against the evidence's aim, or, for a session of the
/// active program's current week, that week's sessions done against those it asks.
public struct WeekTally: Hashable, Sendable {
  /// Every session logged this week.
  public var sessions: Int
  /// For a session of the active program's current week: that week's sessions.
  public var program: ProgramWeek?

  /// A program week's sessions: how many are done, of how many it asks.
  public struct ProgramWeek: Hashable, Sendable {
    /// The program's week, from 1 (its weeks count from the day it started).
    public var week: Int
    /// Sessions of that week done.
    public var done: Int
    /// Sessions the week asks.
    public var planned: Int

    /// `done` of the `planned` sessions of program week `week`.
    public init(week: Int, done: Int, planned: Int) {
      self.week = week
      self.done = done
      self.planned = planned
    }
  }

  /// `sessions` this week, and the program's week when the session was one of it.
  public init(sessions: Int, program: ProgramWeek? = nil) {
    self.sessions = sessions
    self.program = program
  }

  /// The summary's line: "This week 2 sessions (aim for 2-3)", or for a program's
  /// session "Program   week 2: 1 of 3 sessions done" (its weeks are not the calendar's).
  public var line: String {
    guard let program else {
      return "This week \(sessions.counted("session")) (\(Evidence.sessionsPerWeekAim))"
    }
    return "Program   week \(program.week): \(program.done) of "
      + "\(program.planned.counted("session")) done"
  }
}
