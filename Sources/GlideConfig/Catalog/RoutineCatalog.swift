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
    /// The warnings of the person's file, which `glide` shows before a session of it.
    public var warnings: [Diagnostic] = []
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
    let users = Self.userFiles(configDirectory).map(Self.userEntry)
    let userIDs = Set(users.map(\.id))
    let builtins = BuiltinRoutines.files.filter { !userIDs.contains($0.id) }.compactMap {
      BuiltinRoutines.routine(id: $0.id).map {
        Entry(id: $0.id, routine: $0, file: nil, overridesBuiltin: false)
      }
    }
    entries = builtins + users
  }

  /// The person's routine files in `CONFIG/routines/`.
  static func userFiles(_ configDirectory: String?) -> [String] {
    configDirectory.map { SourceFile.tomlFiles(in: $0 + "/routines") } ?? []
  }

  /// The entry of the person's routine file at `file`.
  static func userEntry(_ file: String) -> Entry {
    let id = SourceFile.stem(file)
    let overrides = BuiltinRoutines.has(id: id)
    switch SourceFile.read(file) {
    case .failure(let diagnostic):
      return Entry(id: id, file: file, errors: [diagnostic], overridesBuiltin: overrides)
    case .success(let bytes):
      let result = RoutineDecoder.decode(bytes: bytes, id: id, file: file)
      return Entry(
        id: id, routine: result.routine, file: file, errors: result.errors,
        warnings: result.warnings, overridesBuiltin: overrides)
    }
  }

  /// Every routine id, in the catalog's order, from the file names alone: nothing is
  /// decoded, so a command that only names routines (a suggestion, a completion) is quick.
  public static func ids(configDirectory: String?) -> [String] {
    RoutineLookup(configDirectory: configDirectory).ids
  }

  /// The routine with this id, the person's file it came from (if any) and that file's
  /// warnings, decoding that one routine only; an unknown id names the nearest known one.
  public static func routine(id: String, configDirectory: String?) throws(LookupFailure)
    -> RoutineLookup.Found
  {
    try RoutineLookup(configDirectory: configDirectory).routine(id: id)
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
    guard let entry = entries.first(where: { $0.id == id }) else {
      throw LookupFailure(UnknownRoutine(id: id, known: entries.map(\.id)).description)
    }
    return try entry.found()
  }
}

extension RoutineCatalog.Entry {
  /// The routine, or its file's first error with all of them.
  func found() throws(LookupFailure) -> Routine {
    if let routine { return routine }
    let error = firstError?.description ?? "routine '\(id)' could not be read"
    throw LookupFailure(error, diagnostics: errors)
  }
}
