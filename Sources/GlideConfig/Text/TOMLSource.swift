import GlideCore
import GlideTOML

/// The steps routine and theme files share on the way from bytes to a TOML table: the
/// size, then the parse, whose one fault becomes one diagnostic at its line and column.
enum TOMLSource {
  /// The parsed table; `header` names the table a file of this kind starts with, for the
  /// message about a header with no name.
  static func table(bytes: [UInt8], file: String, header: String) -> Result<
    TOMLTable, Diagnostic
  > {
    guard bytes.count <= RoutineDecoder.maxBytes else {
      return .failure(
        Diagnostic(file: file, message: "the file is \(bytes.count) bytes; at most 1 MiB is read"))
    }
    do {
      return .success(try TOMLTable.parse(bytes))
    } catch {
      let message =
        switch error.kind {
        case .encoding: error.message
        case .headerWithoutKey:
          "TOML syntax: \(error.message); a header names its table, e.g. \(header)"
        case .syntax: "TOML syntax: \(error.message)"
        }
      return .failure(
        Diagnostic(
          file: file, line: error.position.line, column: error.position.column,
          message: DisplayText.escaped(message)))
    }
  }
}
