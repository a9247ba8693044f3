import GlideConfig
import GlideLog
import GlideSystem

/// The active program and where the person stands in it today, from the state folder,
/// the programs and the log.
struct ProgramStanding {
  /// The program being followed.
  var program: Program
  /// What the state folder says: the program and its start.
  var active: ActiveProgram
  /// The local day it started.
  var start: Int64
  /// Today's local day.
  var today: Int64
  /// The week, what is done and what today is for.
  var day: ProgramDay
  /// The programs and what their sessions are made of.
  var catalog: ProgramCatalog
  /// The sessions logged since the program started, newest first.
  var sessions: [LoggedSession] = []

  /// The state folder, or exit 2 when nothing says where it is.
  static func stateDirectory() throws -> String {
    guard let folder = ActiveProgram.directory(environment: Host.environment)
    else { throw fail("cannot find the state folder: set HOME or XDG_STATE_HOME") }
    return folder
  }

  /// The local day of a date.
  static func day(_ active: ActiveProgram) -> Int64 {
    CivilDate(year: active.year, month: active.month, day: active.day).daysSinceEpoch
  }

  /// Today's local day.
  static func today() -> Int64 { LocalTime.system.date(.now()).daysSinceEpoch }

  /// The standing, nil when no program is active (or no state folder is known); exit 2 when the state file or the
  /// program it names is broken, or the log cannot be read.
  static func load(log: LogOptions, quiet: Bool = false) throws -> ProgramStanding? {
    // With nowhere to keep one, no program can be active.
    guard
      let folder = ActiveProgram.directory(environment: Host.environment)
    else { return nil }
    let active: ActiveProgram
    switch ActiveProgram.load(directory: folder) {
    case .failure(let failure): throw fail(failure.description)
    case .success(nil): return nil
    case .success(let found?): active = found
    }
    let catalog = ProgramCatalog(configDirectory: configDirectory())
    let program: Program
    switch catalog.program(id: active.program) {
    case .failure(let failure):
      for diagnostic in failure.diagnostics.dropFirst() { printError(diagnostic.description) }
      throw fail("the active program: \(failure.description)")
    case .success(let found): program = found
    }
    var reader = try log.openForReading()
    let start = day(active)
    let today = today()
    let sessions = loggedSessions(&reader, since: start, time: .system)
    if !quiet, let message = reader.skippedMessage { printError("glide: \(message)") }
    return ProgramStanding(
      program: program, active: active, start: start, today: today,
      day: ProgramDay(program: program, start: start, log: sessions, today: today),
      catalog: catalog, sessions: sessions)
  }

  /// This week's sessions, planned.
  var week: [ProgramPlanner.PlannedSession] {
    ProgramPlanner.week(program, min(day.week, program.weeks.count), context: catalog.context)
  }

  /// The date of a local day, as `2026-11-23`.
  static func date(_ day: Int64) -> String { CivilDate(daysSinceEpoch: day).description }

  /// What today is for, in one line.
  var todayLine: String {
    switch day.choice {
    case .run(let session):
      let name = week[session].routine?.name ?? "session \(session + 1)"
      return "Today: session \(session + 1), \(name); run 'glide next'"
    case .doneToday: return "Today: done; the next session is another day"
    case .rest(let until): return "Today: a rest day; the next session from \(Self.date(until))"
    case .weekDone(let next):
      return "This week is done; week \(day.week + 1) starts \(Self.date(next))"
    case .notStarted(let starts): return "The program starts \(Self.date(starts))"
    case .finished:
      return "The program is over; 'glide program start \(program.id)' runs it again, "
        + "'glide program stop' ends it"
    }
  }
}
