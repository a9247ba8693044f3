import GlideCore

/// The programs Glide knows: the built-ins, and the person's own files in
/// `CONFIG/programs/`, which override a built-in of the same id.
public struct ProgramCatalog: Sendable {
  /// One program as `glide program list` shows it.
  public struct Entry: Sendable {
    /// The id (file name stem).
    public var id: String
    /// The program, unless its file is broken.
    public var program: Program?
    /// The file, for the person's own programs.
    public var file: String?
    /// Every error and warning of its file.
    public var diagnostics: [Diagnostic]
  }

  /// Every program: built-ins (less those overridden), then the person's, by id.
  public let entries: [Entry]
  /// What the programs' sessions are made of: the person's routines and library too.
  public let context: ProgramDecoder.Context

  /// The catalog with the person's programs, routines and library from `configDirectory`.
  public init(configDirectory: String?) {
    let context = Self.context(configDirectory: configDirectory)
    self.context = context
    let users = Self.userFiles(configDirectory).map { Self.entry(file: $0, context: context) }
    let userIDs = Set(users.map(\.id))
    let builtins = BuiltinPrograms.files.filter { !userIDs.contains($0.id) }.map {
      Self.builtinEntry($0, context: context)
    }
    entries = builtins + users
  }

  /// What the programs' sessions are made of for `configDirectory`: its routines, each
  /// decoded once and only when a session names it, and its library.
  public static func context(configDirectory: String?) -> ProgramDecoder.Context {
    let routines = RoutineLookup(configDirectory: configDirectory)
    return ProgramDecoder.Context(
      routine: { routines.routineIfAny(id: $0) }, routineIDs: routines.ids,
      library: Library.load(configDirectory: configDirectory).library)
  }

  /// Every program id in the catalog's order, from the file names alone: the built-ins
  /// less those the person's files replace, then the person's.
  public static func ids(configDirectory: String?) -> [String] {
    let stems = userFiles(configDirectory).map(SourceFile.stem)
    return BuiltinPrograms.files.map(\.id).filter { !stems.contains($0) } + stems
  }

  /// The person's program files in `CONFIG/programs/`.
  private static func userFiles(_ configDirectory: String?) -> [String] {
    configDirectory.map { SourceFile.tomlFiles(in: $0 + "/programs") } ?? []
  }

  /// The entry of a built-in program.
  private static func builtinEntry(
    _ file: (id: String, text: String), context: ProgramDecoder.Context
  ) -> Entry {
    let result = ProgramDecoder.decode(
      bytes: Array(file.text.utf8), id: file.id, file: "built-in:\(file.id)", context: context)
    return Entry(id: file.id, program: result.program, file: nil, diagnostics: result.diagnostics)
  }

  /// The program with this id and what its sessions are made of, decoding that one
  /// program only (the person's file of that id, else the built-in); an unknown id names
  /// the nearest known one.
  public static func program(id: String, configDirectory: String?)
    -> Swift.Result<
      (program: Program, context: ProgramDecoder.Context), LookupFailure
    >
  {
    let context = context(configDirectory: configDirectory)
    let users = userFiles(configDirectory)
    let entry: Entry? =
      if let file = users.first(where: { SourceFile.stem($0) == id }) {
        Self.entry(file: file, context: context)
      } else {
        BuiltinPrograms.files.first { $0.id == id }.map { builtinEntry($0, context: context) }
      }
    guard let entry else {
      let known = ids(configDirectory: configDirectory)
      return .failure(LookupFailure(Suggestion.unknownName("program", id, known: known)))
    }
    return entry.found().map { ($0, context) }
  }

  /// The routine a program's session id names (`runners-legs-w2-s1`, as history lists
  /// it), planned as that week runs it; nil when the id is not of that form or names no
  /// program, so a routine of any id is looked up first and stays reachable.
  public static func session(routineID id: String, configDirectory: String?)
    -> Swift.Result<Routine, LookupFailure>?
  {
    guard let place = ProgramPlanner.place(ofRoutineID: id),
      ids(configDirectory: configDirectory).contains(place.program)
    else { return nil }
    return program(id: place.program, configDirectory: configDirectory).flatMap { found in
      let program = found.program
      guard place.week <= program.weeks.count else {
        return .failure(
          LookupFailure(
            "program '\(program.id)' has \(program.weeks.count.counted("week")), so there is no week \(place.week)"
          ))
      }
      guard place.session < program.sessions.count else {
        return .failure(
          LookupFailure(
            "program '\(program.id)' has \(program.sessions.count.counted("session")) a week, so there is no session \(place.session + 1)"
          ))
      }
      let planned = ProgramPlanner.week(program, place.week, context: found.context)[place.session]
      guard let routine = planned.routine else {
        return .failure(LookupFailure("\(id): \(planned.problem ?? "cannot be planned")"))
      }
      return .success(routine)
    }
  }

  /// The entry of the program file at `file`.
  public static func entry(file: String, context: ProgramDecoder.Context) -> Entry {
    let id = SourceFile.stem(file)
    guard ActiveProgram.isStorable(id) else {
      return Entry(
        id: id, program: nil, file: file,
        diagnostics: [Diagnostic(file: file, message: ActiveProgram.idRule)])
    }
    switch SourceFile.read(file) {
    case .failure(let diagnostic):
      return Entry(id: id, program: nil, file: file, diagnostics: [diagnostic])
    case .success(let bytes):
      let result = ProgramDecoder.decode(bytes: bytes, id: id, file: file, context: context)
      return Entry(id: id, program: result.program, file: file, diagnostics: result.diagnostics)
    }
  }

  /// The program with this id, or one line saying why there is none.
  public func program(id: String) -> Swift.Result<Program, LookupFailure> {
    guard let entry = entries.first(where: { $0.id == id }) else {
      let known = entries.map(\.id)
      return .failure(LookupFailure(Suggestion.unknownName("program", id, known: known)))
    }
    return entry.found()
  }
}

extension ProgramCatalog.Entry {
  /// The program, or its file's first error with all of them.
  func found() -> Swift.Result<Program, LookupFailure> {
    guard let program else {
      let errors = diagnostics.filter { $0.severity == .error }
      return .failure(
        LookupFailure(errors.first?.description ?? "\(id): broken", diagnostics: errors))
    }
    return .success(program)
  }
}
