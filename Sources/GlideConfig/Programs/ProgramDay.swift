/// A session as the log shows it, reduced to what choosing the next one needs.
public struct LoggedSession: Hashable, Sendable {
  /// The local day it started, as days since 1970-01-01.
  public var day: Int64
  /// The routine's id.
  public var routine: String
  /// Whether any work was done.
  public var didWork: Bool
  /// Seconds of work per area (lower case), passive and active steps alike.
  public var areaSeconds: [String: Double]

  /// Creates a logged session.
  public init(day: Int64, routine: String, didWork: Bool, areaSeconds: [String: Double] = [:]) {
    self.day = day
    self.routine = routine
    self.didWork = didWork
    self.areaSeconds = areaSeconds
  }
}

/// Where a person stands in a program on a day, and what to do: a pure function of the
/// program, the day it started, the log and today.
public struct ProgramDay: Hashable, Sendable {
  /// What today is for.
  public enum Choice: Hashable, Sendable {
    /// Run this session (its index in the week) today.
    case run(session: Int)
    /// A session of the program was done today; the next one another day.
    case doneToday
    /// A rest day; the next session is on this day.
    case rest(until: Int64)
    /// Every session of the week is done; the next week starts on this day.
    case weekDone(nextWeek: Int64)
    /// The program starts on this day.
    case notStarted(starts: Int64)
    /// Every week is over.
    case finished
  }

  /// The week, from 1 (past the last week when finished).
  public var week: Int
  /// The day this week started.
  public var weekStart: Int64
  /// The week's sessions done, by their index in the week.
  public var done: Set<Int>
  /// How many sessions the week has.
  public var sessions: Int
  /// What today is for.
  public var choice: Choice

  /// The day in a program that started on `start`.
  public init(program: Program, start: Int64, log: [LoggedSession], today: Int64) {
    let sessions = program.sessions.count
    self.sessions = sessions
    guard today >= start else {
      week = 1
      weekStart = start
      done = []
      choice = .notStarted(starts: start)
      return
    }
    let week = Int((today - start) / 7) + 1
    let weekStart = start + Int64(week - 1) * 7
    self.week = week
    self.weekStart = weekStart
    let ids = (0..<sessions).map {
      ProgramPlanner.routineID(program: program.id, week: week, session: $0)
    }
    let worked = log.filter { $0.didWork && $0.day >= start && $0.day <= today }
    let done = Set(
      worked.filter { $0.day >= weekStart }.compactMap { ids.firstIndex(of: $0.routine) })
    self.done = done
    guard week <= program.weeks.count else {
      choice = .finished
      return
    }
    let lastDay = worked.filter {
      ProgramPlanner.place(ofRoutineID: $0.routine)?.program == program.id
    }.map(\.day).max()
    if done.count >= sessions {
      choice = .weekDone(nextWeek: weekStart + 7)
    } else if lastDay == today {
      choice = .doneToday
    } else if let lastDay, today - lastDay <= Int64(program.restDays) {
      choice = .rest(until: Self.nextSessionDay(after: lastDay, restDays: program.restDays))
    } else {
      choice = .run(session: (0..<sessions).first { !done.contains($0) } ?? 0)
    }
  }

  /// The first day a session may follow one done on `day`: after `restDays` whole days.
  /// The one rest rule `glide next`, "Today: ..." and the week's fit read.
  public static func nextSessionDay(after day: Int64, restDays: Int) -> Int64 {
    day + Int64(restDays) + 1
  }

  /// Whether fewer are done than an even spread asks on the day `today` (see
  /// `isBehind(done:...)`); never on a day with nothing to run. One part of the rule
  /// `ProgramStanding.isBehind` holds, which remind, stats and the report read.
  public func isBehind(today: Int64, restDays: Int) -> Bool {
    guard case .run = choice else { return false }
    return Self.isBehind(
      done: done.count, of: sessions, daysGone: Int(today - weekStart), restDays: restDays)
  }

  /// Whether a week of `sessions` with `done` of them done, `daysGone` whole days after it
  /// started, is behind: fewer done than an even spread over seven days asks by now, or
  /// too few days left to fit the rest with `restDays` between them.
  public static func isBehind(done: Int, of sessions: Int, daysGone: Int, restDays: Int) -> Bool {
    guard done < sessions else { return false }
    let expected = sessions * daysGone / 7
    let needed = (sessions - done - 1) * (restDays + 1) + 1
    return done < expected || needed > 7 - daysGone
  }
}
