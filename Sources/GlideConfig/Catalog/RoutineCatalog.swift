import GlideCore

/// The routines Glide knows: the built-ins, and the person's own files in
/// `CONFIG/routines/`, which override a built-in of the same id.
public struct RoutineCatalog: Sendable {
  /// One routine as `glide routines` lists it.
  public struct Entry: Sendable {
    /// The id (file name stem).
    public var id: String
    /// The routine, unless its file is broken.
    public var routine: Routine?
    /// The file, for the person's own routines.
    public var file: String?
    /// The first error of a broken file.
    public var firstError: Diagnostic?
    /// Whether this user routine replaces a built-in.
    public var overridesBuiltin: Bool
    /// Whether it is one of the person's own.
    public var isUsers: Bool { file != nil }
  }

  /// A routine id that matched nothing.
  public struct UnknownRoutine: Error, CustomStringConvertible {
    /// The id asked for.
    public var id: String
    /// The ids that exist.
    public var known: [String]

    /// One line naming the nearest id, if one is near, and the known ids.
    public var description: String {
      let near = NearestKey.suggestion(for: id, among: known).map { " did you mean '\($0)'?" }
      return
        "unknown routine '\(id)';\(near ?? "") known routines: \(known.joined(separator: ", "))"
    }
  }

  /// Every routine: built-ins (less those overridden), then the person's, by id.
  public let entries: [Entry]

  /// The catalog with the person's routines from `configDirectory` (if any).
  public init(configDirectory: String?) {
    var users: [Entry] = []
    if let configDirectory {
      for file in SourceFile.tomlFiles(in: configDirectory + "/routines") {
        let id = SourceFile.stem(file)
        let overrides = BuiltinRoutines.routine(id: id) != nil
        switch SourceFile.read(file) {
        case .failure(let diagnostic):
          users.append(
            Entry(id: id, file: file, firstError: diagnostic, overridesBuiltin: overrides))
        case .success(let bytes):
          let result = RoutineDecoder.decode(bytes: bytes, id: id, file: file)
          users.append(
            Entry(
              id: id, routine: result.routine, file: file, firstError: result.errors.first,
              overridesBuiltin: overrides))
        }
      }
    }
    let userIDs = Set(users.map(\.id))
    let builtins = BuiltinRoutines.all.filter { !userIDs.contains($0.id) }.map {
      Entry(id: $0.id, routine: $0, file: nil, firstError: nil, overridesBuiltin: false)
    }
    entries = builtins + users
  }

  /// The routine with this id (a broken user file is reported by its first error).
  public func routine(id: String) throws(LookupFailure) -> Routine {
    if let entry = entries.first(where: { $0.id == id }) {
      if let routine = entry.routine { return routine }
      if let error = entry.firstError {
        throw LookupFailure(error.description, diagnostics: [error])
      }
    }
    throw LookupFailure(UnknownRoutine(id: id, known: entries.map(\.id)).description)
  }
}
