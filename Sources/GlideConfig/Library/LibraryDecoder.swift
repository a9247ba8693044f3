import GlideCore
import GlideTOML

/// Turns a library file (`[[entries]]` tables, each a routine step with the equipment it
/// needs) into entries, or into messages naming file, line, entry and key; warns where an
/// entry strays from the evidence.
public enum LibraryDecoder {
  static let topKeys = ["entries"]
  static let extraKeys = ["equipment"]

  /// The entries, with evidence warnings, or the errors that stop the file.
  public struct Result: Sendable {
    /// The entries, when there were no errors.
    public var entries: [LibraryEntry]?
    /// Errors and warnings.
    public var diagnostics: [Diagnostic]
  }

  /// Decodes a library file from disk; `others` lends movements to its passive entries.
  public static func load(file: String, others: [LibraryEntry] = []) -> Result {
    switch SourceFile.read(file) {
    case .failure(let diagnostic): return Result(entries: nil, diagnostics: [diagnostic])
    case .success(let bytes): return decode(bytes: bytes, file: file, others: others)
    }
  }

  /// Decodes the text of a library file.
  public static func decode(text: String, file: String, others: [LibraryEntry] = []) -> Result {
    decode(bytes: Array(text.utf8), file: file, others: others)
  }

  /// Decodes raw bytes (size, UTF-8 and TOML first); `warn: false` leaves out the evidence
  /// checks, for a file only looked things up in whose warnings nobody will read.
  public static func decode(
    bytes: [UInt8], file: String, others: [LibraryEntry] = [], warn: Bool = true
  ) -> Result {
    let table: TOMLTable
    switch TOMLSource.table(bytes: bytes, file: file, header: "[[entries]]") {
    case .failure(let diagnostic): return Result(entries: nil, diagnostics: [diagnostic])
    case .success(let parsed): table = parsed
    }
    var reader = Reader(file: file)
    reader.root = table
    reader.tables["entries"] = table["entries"]?.array?.map(\.table) ?? []
    reader.tableName = "entries"
    reader.placeWord = "entry"
    reader.extraStepKeys = extraKeys
    for key in table.keys where !topKeys.contains(key) {
      reader.unknownKey(key, known: topKeys, step: nil, target: nil)
    }
    var entries: [LibraryEntry] = []
    let tables = table["entries"]?.array
    if tables == nil || tables?.count == 0 {
      reader.fail("entries", step: nil, target: nil, "no entries: add [[entries]] tables")
    }
    for index in 0..<(tables?.count ?? 0) {
      guard let entryTable = tables?[index].table else {
        reader.fail("entries", step: index, target: nil, "each entry must be a table")
        continue
      }
      let step = reader.step(from: entryTable, index: index)
      let target = step?.target
      let raw = reader.text(
        entryTable["equipment"], key: "equipment", step: index, target: target,
        required: step.map { $0.technique.isPassive } ?? false)
      guard let step else { continue }
      guard step.technique.isPassive || step.technique == .reps else {
        reader.fail(
          "technique", step: index, target: target,
          "the library holds passive techniques and reps; put \(step.technique.rawValue) steps in a routine",
          at: entryTable["technique"]?.position)
        continue
      }
      guard let equipment = Equipment(rawValue: raw ?? "none") else {
        reader.fail(
          "equipment", step: index, target: target,
          Suggestion.unknownName(
            "equipment", raw ?? "", known: Equipment.allCases.map(\.rawValue), plural: "equipment"),
          at: entryTable["equipment"]?.position)
        continue
      }
      entries.append(LibraryEntry(step: step, equipment: equipment, file: file))
    }
    guard reader.errors.isEmpty else {
      return Result(entries: nil, diagnostics: RoutineDecoder.byLine(reader.errors))
    }
    let checked = warn ? LibraryCheck.warnings(entries, others: others) : []
    let warnings = checked.map { warning in
      let position =
        reader.tables["entries"].flatMap {
          $0.indices.contains(warning.index) ? $0[warning.index] : nil
        }?[
          warning.key]?.position
        ?? reader.position(of: warning.key, step: warning.index)
      return Diagnostic(
        .warning, file: file, line: position?.line, column: position?.column,
        place: "entry \(warning.index + 1) (\(entries[warning.index].area))",
        key: warning.key, message: warning.message)
    }
    let builtin = file.hasPrefix("built-in:")
    return Result(
      entries: entries.map { builtin ? LibraryEntry(step: $0.step, equipment: $0.equipment) : $0 },
      diagnostics: warnings)
  }
}
