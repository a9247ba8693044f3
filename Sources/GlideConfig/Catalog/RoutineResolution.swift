import GlideCore

extension RoutineCatalog {
  /// The routine an id given on the command line names: the person's routine or a
  /// built-in of that id, else a program's session by the id history lists it under
  /// (`runners-legs-w2-s1`); a program's own id is answered with how a program is
  /// followed, and any other id with the nearest known one. A broken file of the
  /// person's is its errors, as for `routine(id:configDirectory:)`.
  public static func resolve(id: String, configDirectory: String?) throws(LookupFailure)
    -> RoutineLookup.Found
  {
    let unknown: LookupFailure
    do {
      return try routine(id: id, configDirectory: configDirectory)
    } catch {
      guard error.diagnostics.isEmpty else { throw error }
      unknown = error
    }
    switch ProgramCatalog.session(routineID: id, configDirectory: configDirectory) {
    case .success(let routine)?:
      return RoutineLookup.Found(routine: routine, file: nil, warnings: [])
    case .failure(let failure)?: throw failure
    case nil:
      guard ProgramCatalog.ids(configDirectory: configDirectory).contains(id) else {
        throw unknown
      }
      let first = ProgramPlanner.routineID(program: id, week: 1, session: 0)
      throw LookupFailure(
        "'\(id)' is a program, not a routine: 'glide program start \(id)' follows it "
          + "('glide next' then runs each day's session), and '\(first)' names its first "
          + "session")
    }
  }
}
