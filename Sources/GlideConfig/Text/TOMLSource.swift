import TOMLKit

/// The steps routine and theme files share on the way from bytes to a TOML table: size,
/// UTF-8 and a byte-order mark, then the parse, each failure one diagnostic with its place.
enum TOMLSource {
  /// The text of a file's bytes.
  static func text(bytes: [UInt8], file: String) -> Swift.Result<String, Diagnostic> {
    guard bytes.count <= RoutineDecoder.maxBytes else {
      return .failure(
        Diagnostic(file: file, message: "the file is \(bytes.count) bytes; at most 1 MiB is read"))
    }
    guard var text = String(validating: bytes, as: UTF8.self) else {
      return .failure(
        Diagnostic(
          file: file, line: firstInvalidLine(bytes), message: "the file is not valid UTF-8 text"))
    }
    if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
    return .success(text)
  }

  /// The parsed table; `header` names the table a file of this kind starts with, for the
  /// message about a header with no name.
  static func table(text: String, file: String, header: String)
    -> Swift.Result<
      TOMLTable, Diagnostic
    >
  {
    if let keyless = HeaderScreen.firstKeylessHeader(in: text) {
      return .failure(
        Diagnostic(
          file: file, line: keyless.line, column: keyless.column,
          message: "TOML syntax: a table header needs a name, e.g. \(header)"))
    }
    do {
      return .success(try TOMLTable(string: text))
    } catch let error as TOMLParseError {
      return .failure(
        Diagnostic(
          file: file, line: error.source.begin.line, column: error.source.begin.column,
          message: "TOML syntax: \(error.description)"))
    } catch {
      return .failure(Diagnostic(file: file, message: "TOML syntax: \(error)"))
    }
  }

  /// The 1-based line holding the first byte that is not UTF-8.
  static func firstInvalidLine(_ bytes: [UInt8]) -> Int {
    for (offset, line) in bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
      .enumerated()
    where String(validating: line, as: UTF8.self) == nil {
      return offset + 1
    }
    return 1
  }
}
