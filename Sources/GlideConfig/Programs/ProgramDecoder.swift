import GlideCore
import GlideTOML

/// Turns a program file into a program, or into messages naming file, line and key; warns
/// where the plan strays from the evidence (more than 3 sessions a week, the same area
/// rolled on two days running, progression inside a week).
public enum ProgramDecoder {
  static let topKeys = ["name", "summary", "rest_days", "check_in", "sessions", "weeks"]
  static let sessionKeys = ["routine", "areas", "minutes", "equipment", "purpose"]
  static let progressionKeys = ["hold_seconds", "reps", "tempo_seconds", "add_areas"]
  static let weekKeys = ["name"] + progressionKeys

  /// What a program may refer to: the routines and library areas that exist.
  public struct Context: Sendable {
    /// The routine with an id, if any.
    public var routine: @Sendable (String) -> Routine?
    /// Every routine id, for the line that names an unknown one.
    public var routineIDs: [String]
    /// The library the areas of built sessions come from.
    public var library: Library

    /// A context of these routines (`routineIDs` being every id `routine` knows) and this
    /// library.
    public init(
      routine: @escaping @Sendable (String) -> Routine?, routineIDs: [String], library: Library
    ) {
      self.routine = routine
      self.routineIDs = routineIDs
      self.library = library
    }

    /// The built-in routines and library.
    public static let builtin = Context(
      routine: { BuiltinRoutines.routine(id: $0) }, routineIDs: BuiltinRoutines.files.map(\.id),
      library: Library.builtin)

    /// The one line for a session's routine id that gives no routine: unknown, with the
    /// nearest known id, or known but broken (a file of the person's with errors), which
    /// `glide check` lists (rather than "unknown routine 'mine'; did you mean 'mine'?").
    public func unknownRoutine(_ id: String) -> String {
      guard routineIDs.contains(id) else {
        return Suggestion.unknownName("routine", id, known: routineIDs)
      }
      return "routine '\(id)' has errors; 'glide check \(id)' lists them"
    }
  }

  /// The program, when there were no errors, with every error and warning.
  public struct Result: Sendable {
    /// The program, unless the file has errors.
    public var program: Program?
    /// Errors and warnings, in file order.
    public var diagnostics: [Diagnostic]
  }

  /// Decodes raw bytes (checking size and UTF-8 first).
  public static func decode(bytes: [UInt8], id: String, file: String, context: Context) -> Result {
    switch TOMLSource.table(bytes: bytes, file: file, header: "[[sessions]]") {
    case .failure(let diagnostic): return Result(program: nil, diagnostics: [diagnostic])
    case .success(let table):
      return decode(
        values: ProgramValue.tree(table), places: ProgramPlaces(table), id: id, file: file,
        context: context)
    }
  }

  static func decode(
    values: [String: ProgramValue], places: ProgramPlaces, id: String, file: String,
    context: Context
  ) -> Result {
    var reader = ProgramReader(places: places, file: file, context: context)
    let program = reader.program(values, id: id)
    let diagnostics = reader.diagnostics.enumerated().sorted {
      ($0.element.line ?? 0, $0.element.column ?? 0, $0.offset)
        < ($1.element.line ?? 0, $1.element.column ?? 0, $1.offset)
    }.map(\.element)
    guard !diagnostics.contains(where: { $0.severity == .error }) else {
      return Result(program: nil, diagnostics: diagnostics)
    }
    return Result(program: program, diagnostics: diagnostics)
  }

  /// The areas a routine's passive steps work, in lower case.
  public static func passiveAreas(_ routine: Routine) -> Set<String> {
    Set(routine.steps.filter(\.technique.isPassive).map { $0.target.lowercased() })
  }
}
