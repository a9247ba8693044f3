import GlideConfig
import GlideCore
import GlideLog

/// The active program and where the person stands in it today, from the state folder,
/// the programs and the log.
public struct ProgramStanding {
  /// The program being followed.
  public var program: Program
  /// What the state folder says: the program and its start.
  public var active: ActiveProgram
  /// The local day it started.
  public var start: Int64
  /// Today's local day.
  public var today: Int64
  /// The week, what is done and what today is for.
  public var day: ProgramDay
  /// What the program's sessions are made of.
  public var context: ProgramDecoder.Context
  /// The sessions logged since the program started, newest first.
  public var sessions: [LoggedSession] = []

  /// Where `active` stands on `today`, with the sessions the log holds since it started.
  public init(
    program: Program, active: ActiveProgram, context: ProgramDecoder.Context,
    sessions: [LoggedSession], today: Int64
  ) {
    self.program = program
    self.active = active
    self.context = context
    self.sessions = sessions
    self.today = today
    start = Self.day(active)
    day = ProgramDay(program: program, start: start, log: sessions, today: today)
  }

  /// Why the active program cannot be followed.
  public enum Failure: Error {
    /// The state file is unreadable or broken.
    case state(LookupFailure)
    /// The program it names is missing or broken.
    case program(LookupFailure)
  }

  /// The active program of the state folder `stateDirectory`, looked up among the
  /// programs of `configDirectory`; nil when none is active.
  public static func active(stateDirectory: String, configDirectory: String?) -> Result<
    (active: ActiveProgram, program: Program, context: ProgramDecoder.Context)?, Failure
  > {
    let active: ActiveProgram
    switch ActiveProgram.load(directory: stateDirectory) {
    case .failure(let failure): return .failure(.state(failure))
    case .success(nil): return .success(nil)
    case .success(let found?): active = found
    }
    switch ProgramCatalog.program(id: active.program, configDirectory: configDirectory) {
    case .failure(let failure): return .failure(.program(failure))
    case .success(let found): return .success((active, found.program, found.context))
    }
  }

  /// The local day of a date.
  public static func day(_ active: ActiveProgram) -> Int64 {
    CivilDate(year: active.year, month: active.month, day: active.day).daysSinceEpoch
  }

  /// This week's sessions, planned.
  public var week: [ProgramPlanner.PlannedSession] {
    ProgramPlanner.week(program, min(day.week, program.weeks.count), context: context)
  }

  /// The date of a local day, as `2026-11-23`.
  public static func date(_ day: Int64) -> String { CivilDate(daysSinceEpoch: day).description }

  /// What today is for, in one line.
  public var todayLine: String {
    switch day.choice {
    case .run(let session):
      return "Today: session \(session + 1), \(week[session].title); run 'glide next'"
    case .doneToday:
      // After the rest days, as a rest day says it; none when that is past the last week.
      let next = ProgramDay.nextSessionDay(after: today, restDays: program.restDays)
      let end = day.weekStart + 7
      guard day.week < program.weeks.count || next < end else {
        return "Today: done; the program is over from \(Self.date(end)): "
          + ProgramAdherence.againOrStop(program.id)
      }
      return "Today: done; the next session from \(Self.date(next))"
    case .rest(let until): return "Today: a rest day; the next session from \(Self.date(until))"
    case .weekDone(let next) where day.week >= program.weeks.count:
      return "The last week is done; the program is over from \(Self.date(next)): "
        + ProgramAdherence.againOrStop(program.id)
    case .weekDone(let next):
      return "This week is done; week \(day.week + 1) starts \(Self.date(next))"
    case .notStarted(let starts): return "The program starts \(Self.date(starts))"
    case .finished:
      return "The program is over; " + ProgramAdherence.againOrStop(program.id)
    }
  }
}
