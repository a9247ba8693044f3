import GlideCore
import Synchronization

/// The routines of one config folder looked up an id at a time: the folder is listed
/// once, and each routine decoded the first time it is asked for and kept, so a program
/// planned week by week reads each of the person's files once.
public final class RoutineLookup: Sendable {
  /// A routine found: where it came from and what its file warned of.
  public struct Found: Sendable {
    /// The routine.
    public var routine: Routine
    /// The person's file, nil for a built-in.
    public var file: String?
    /// The file's warnings (none for a built-in).
    public var warnings: [Diagnostic]
  }

  /// The person's routine files.
  private let userFiles: [String]
  /// What each id asked for so far came to.
  private let found = Mutex<[String: Result<Found, LookupFailure>]>([:])

  /// The routines of `configDirectory` (the built-ins alone when nil).
  public init(configDirectory: String?) {
    userFiles = RoutineCatalog.userFiles(configDirectory)
  }

  /// Every routine id in the catalog's order: the built-ins less those the person's
  /// files replace, then the person's.
  public var ids: [String] {
    let users = userFiles.map(SourceFile.stem)
    let userIDs = Set(users)
    return BuiltinRoutines.files.map(\.id).filter { !userIDs.contains($0) } + users
  }

  /// The routine with this id: the person's file of that id, else the built-in; a broken
  /// file is its first error with all of them, an unknown id names the nearest known one.
  public func routine(id: String) throws(LookupFailure) -> Found {
    if let known = found.withLock({ $0[id] }) { return try known.get() }
    let result = look(id)
    found.withLock { $0[id] = result }
    return try result.get()
  }

  /// The same as `routine(id:)`, nil when there is none or its file is broken.
  public func routineIfAny(id: String) -> Routine? { try? routine(id: id).routine }

  /// Decodes the routine with this id.
  private func look(_ id: String) -> Result<Found, LookupFailure> {
    if let file = userFiles.first(where: { SourceFile.stem($0) == id }) {
      let entry = RoutineCatalog.userEntry(file)
      return Result { () throws(LookupFailure) in
        Found(routine: try entry.found(), file: file, warnings: entry.warnings)
      }
    }
    if let routine = BuiltinRoutines.routine(id: id) {
      return .success(Found(routine: routine, file: nil, warnings: []))
    }
    let unknown = RoutineCatalog.UnknownRoutine(id: id, known: ids)
    return .failure(LookupFailure(unknown.description))
  }
}
