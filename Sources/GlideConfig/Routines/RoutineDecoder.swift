import GlideCore
import GlideTOML

/// Turns the text of a routine file into a `Routine`, or into messages naming file, line,
/// step and key.
public enum RoutineDecoder {
  /// Files larger than this are refused before parsing.
  public static let maxBytes = 1 << 20
  /// The most steps a routine may have.
  public static let maxSteps = 200
  /// The longest a timed step may be.
  public static let maxDuration = TimeSpan.seconds(3600)
  /// The rep counts a reps step may ask for.
  public static let repsRange = SettingRanges.reps

  static let topKeys = [
    "name", "summary", "phase", "tempo", "get_ready", "switch_sides", "transition", "check_in",
    "range_test", "steps",
  ]
  static let stepKeys = [
    "technique", "target", "duration", "breaths", "sides", "breath", "cue", "movement", "reps",
    "tempo", "transition",
  ]

  /// The routine, with evidence warnings, or the errors that stop it.
  public struct Result: Sendable {
    /// The routine, when there were no errors.
    public var routine: Routine?
    /// Errors and warnings, errors first.
    public var diagnostics: [Diagnostic]
    /// The errors alone.
    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
    /// The warnings alone.
    public var warnings: [Diagnostic] { diagnostics.filter { $0.severity == .warning } }
  }

  /// Decodes raw bytes (checking size first).
  public static func decode(bytes: [UInt8], id: String, file: String) -> Result {
    let table: TOMLTable
    switch TOMLSource.table(bytes: bytes, file: file, header: "[[steps]]") {
    case .failure(let diagnostic): return Result(routine: nil, diagnostics: [diagnostic])
    case .success(let parsed): table = parsed
    }
    var reader = Reader(file: file)
    let routine = reader.routine(from: table, id: id)
    var diagnostics = byLine(reader.errors)
    if let routine, diagnostics.isEmpty {
      if let problem = sessionIDProblem(id: id) {
        diagnostics.append(Diagnostic(.warning, file: file, message: problem + ": rename the file"))
      }
      for warning in routine.evidenceWarnings {
        let step = routine.steps[warning.stepIndex]
        // A warning is about a value, so it points at the value.
        let place = reader.places[warning.stepIndex]
        let position = reader.warningPosition(key: warning.key, step: warning.stepIndex)
        diagnostics.append(
          Diagnostic(
            .warning, file: file, line: position?.line, column: position?.column,
            place: "step \(place.number) (\(step.target))", key: warning.key,
            message: warning.message))
      }
      diagnostics += nearAreas(routine, reader: reader, file: file)
      return Result(routine: routine, diagnostics: diagnostics)
    }
    return Result(routine: nil, diagnostics: diagnostics)
  }

  /// A warning for each step whose area is none the library knows yet is near one
  /// ("calfs"): an area of one's own is fine, but a misspelt one is counted apart from
  /// the one meant in check-ins, `stats` and the report.
  static func nearAreas(_ routine: Routine, reader: Reader, file: String) -> [Diagnostic] {
    let known = Library.builtin.areas
    return routine.steps.indices.compactMap { index in
      let target = routine.steps[index].target
      let near = Suggestion.didYouMean(target, among: known)
      guard !known.contains(target), !near.isEmpty else { return nil }
      let position = reader.warningPosition(key: "target", step: index)
      return Diagnostic(
        .warning, file: file, line: position?.line, column: position?.column,
        place: "step \(reader.places[index].number) (\(target))", key: "target",
        message: "no area the library knows" + near
          + ": it is counted apart from the others in check-ins, stats and the report")
    }
  }

  /// What is wrong with a routine id that reads as a program's session (`PROGRAM-wN-sM`):
  /// the routine is logged under it, so a program of that name would count it as that
  /// session, and it takes the id over from `glide show` and `glide run`. Nil for any
  /// other id.
  public static func sessionIDProblem(id: String) -> String? {
    guard let place = ProgramPlanner.place(ofRoutineID: id) else { return nil }
    return "the id '\(id)' reads as week \(place.week), session \(place.session + 1) of a "
      + "program '\(place.program)', as history names a program's sessions, and a program of "
      + "that name would count it as that session"
  }

  /// Decodes the text of a routine file.
  public static func decode(text: String, id: String, file: String) -> Result {
    decode(bytes: Array(text.utf8), id: id, file: file)
  }

  /// Diagnostics in line order (those without a line last), ties in the order found.
  static func byLine(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
    diagnostics.enumerated().sorted {
      ($0.element.line ?? .max, $0.offset) < ($1.element.line ?? .max, $1.offset)
    }.map(\.element)
  }

}
