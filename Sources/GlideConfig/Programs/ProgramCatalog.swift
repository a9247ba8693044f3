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
    let routines = RoutineCatalog(configDirectory: configDirectory)
    let library = Library.load(configDirectory: configDirectory).library
    let context = ProgramDecoder.Context(
      routine: { id in routines.entries.first { $0.id == id }?.routine },
      routineIDs: routines.entries.map(\.id), library: library)
    self.context = context
    var users: [Entry] = []
    if let configDirectory {
      for file in SourceFile.tomlFiles(in: configDirectory + "/programs") {
        users.append(Self.entry(file: file, context: context))
      }
    }
    let userIDs = Set(users.map(\.id))
    let builtins = BuiltinPrograms.files.filter { !userIDs.contains($0.id) }.map { file in
      let result = ProgramDecoder.decode(
        bytes: Array(file.text.utf8), id: file.id, file: "built-in:\(file.id)", context: context)
      return Entry(
        id: file.id, program: result.program, file: nil, diagnostics: result.diagnostics)
    }
    entries = builtins + users
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
    guard let program = entry.program else {
      let errors = entry.diagnostics.filter { $0.severity == .error }
      return .failure(
        LookupFailure(errors.first?.description ?? "\(id): broken", diagnostics: errors))
    }
    return .success(program)
  }
}
