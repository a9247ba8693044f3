import GlideConfig
import GlideCore
import GlideLog
import GlideStanding
import GlideSystem

/// The active program's current week as a session of it leaves it, for the summary:
/// nil when `routineID` is no session of that week (another program's, a past or future
/// week's, a routine's), or when the state, the program or the log cannot be read. Read
/// after the session was logged, so it counts; it prints nothing, as the summary may be
/// on the screen.
func programWeek(of routineID: String, log: LogOptions) -> ProgramWeekCount? {
  guard let place = ProgramPlanner.place(ofRoutineID: routineID),
    let folder = ActiveProgram.directory(environment: Host.environment),
    case .success(let found?) = ProgramStanding.active(
      stateDirectory: folder, configDirectory: configDirectory()),
    found.active.program == place.program,
    var reader = try? log.openForReading()
  else { return nil }
  let sessions = loggedSessions(
    &reader, since: ProgramStanding.day(found.active), time: .system)
  let standing = ProgramStanding(
    program: found.program, active: found.active, context: found.context,
    sessions: sessions, today: ProgramStanding.today())
  guard standing.day.week == place.week else { return nil }
  return .init(
    number: place.week, done: standing.day.done.count, planned: standing.day.sessions)
}
