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
    /// Every error of a broken file.
    public var errors: [Diagnostic] = []
    /// The first error of a broken file.
    public var firstError: Diagnostic? { errors.first }
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

    /// An unknown id among the known ones.
    public init(id: String, known: [String]) {
      self.id = id
      self.known = known
    }

    /// One line naming the nearest id, if one is near, and the known ids.
    public var description: String {
      Suggestion.unknownName("routine", id, known: known)
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
            Entry(id: id, file: file, errors: [diagnostic], overridesBuiltin: overrides))
        case .success(let bytes):
          let result = RoutineDecoder.decode(bytes: bytes, id: id, file: file)
          users.append(
            Entry(
              id: id, routine: result.routine, file: file, errors: result.errors,
              overridesBuiltin: overrides))
        }
      }
    }
    let userIDs = Set(users.map(\.id))
    let builtins = BuiltinRoutines.all.filter { !userIDs.contains($0.id) }.map {
      Entry(id: $0.id, routine: $0, file: nil, overridesBuiltin: false)
    }
    entries = builtins + users
  }

  /// The entries for a phase (routines for any time included) and a body area (any step
  /// with that target, in any case); nil leaves that filter out.
  public func entries(phase: RoutinePhase?, area: String?) -> [Entry] {
    entries.filter { entry in
      guard let routine = entry.routine else { return phase == nil && area == nil }
      if let phase, routine.phase != phase, routine.phase != .any { return false }
      if let area, !routine.steps.contains(where: { $0.target.lowercased() == area.lowercased() }) {
        return false
      }
      return true
    }
  }

  /// The diagnostics of the routine with this id, as `glide check` shows them: the
  /// person's file if they have one, else the built-in's; nil when no routine has it.
  public func diagnostics(id: String) -> [Diagnostic]? {
    guard let entry = entries.first(where: { $0.id == id }) else { return nil }
    if let file = entry.file { return FileCheck.diagnostics(path: file) }
    guard let builtin = BuiltinRoutines.files.first(where: { $0.id == id }) else { return nil }
    return RoutineDecoder.decode(bytes: builtin.bytes, id: id, file: "built-in:\(id)").diagnostics
  }

  /// The routine with this id (a broken user file is reported by its first error).
  public func routine(id: String) throws(LookupFailure) -> Routine {
    if let entry = entries.first(where: { $0.id == id }) {
      if let routine = entry.routine { return routine }
      if let error = entry.firstError {
        throw LookupFailure(error.description, diagnostics: entry.errors)
      }
    }
    throw LookupFailure(UnknownRoutine(id: id, known: entries.map(\.id)).description)
  }
}
