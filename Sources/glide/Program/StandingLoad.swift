import GlideConfig
import GlideLog
import GlideStanding
import GlideSystem

extension ProgramStanding {
  /// The state folder, or exit 2 when nothing says where it is.
  static func stateDirectory() throws -> String {
    guard let folder = ActiveProgram.directory(environment: Host.environment)
    else { throw fail("cannot find the state folder: set HOME or XDG_STATE_HOME") }
    return folder
  }

  /// Today's local day.
  static func today() -> Int64 { LocalTime.system.date(.now()).daysSinceEpoch }

  /// The standing, nil when no program is active (or no state folder is known); exit 2
  /// when the state file or the program it names is broken, or the log cannot be read.
  static func load(log: LogOptions, quiet: Bool = false) throws -> ProgramStanding? {
    // With nowhere to keep one, no program can be active.
    guard
      let folder = ActiveProgram.directory(environment: Host.environment)
    else { return nil }
    let found: (active: ActiveProgram, program: Program, context: ProgramDecoder.Context)
    switch active(stateDirectory: folder, configDirectory: configDirectory()) {
    case .failure(.state(let failure)): throw fail(failure.description)
    case .failure(.program(let failure)): throw fail(failure, about: "the active program: ")
    case .success(nil): return nil
    case .success(let active?): found = active
    }
    var reader = try log.openForReading()
    let today = today()
    let sessions = loggedSessions(&reader, since: day(found.active), time: .system)
    if !quiet, let message = reader.skippedMessage { printError("glide: \(message)") }
    return ProgramStanding(
      program: found.program, active: found.active, context: found.context, sessions: sessions,
      today: today)
  }
}
