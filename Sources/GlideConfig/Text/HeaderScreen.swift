/// Finds table headers that toml++ (inside TOMLKit) does not report but asserts on, such as
/// `[#` or `[[ =`: after `[` or `[[` it expects a key and aborts the process when there is
/// none. Such a header is reported here as a syntax error before the parser sees it.
enum HeaderScreen {
  /// The line and column of the first header with no key after its brackets.
  static func firstKeylessHeader(in text: String) -> (line: Int, column: Int)? {
    var lineNumber = 0
    for line in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
      lineNumber += 1
      let scalars = Array(line.unicodeScalars)
      var index = 0
      while index < scalars.count,
        scalars[index] == " " || scalars[index] == "\t" || scalars[index] == "\u{FEFF}"
      {
        index += 1
      }
      guard index < scalars.count, scalars[index] == "[" else { continue }
      index += 1
      if index < scalars.count, scalars[index] == "[" { index += 1 }
      while index < scalars.count, scalars[index] == " " || scalars[index] == "\t" { index += 1 }
      let next = index < scalars.count ? scalars[index] : "\n"
      let isKeyStart =
        next.properties.isASCIIHexDigit || ("a"..."z").contains(next) || ("A"..."Z").contains(next)
        || ("0"..."9").contains(next) || next == "_" || next == "-" || next == "\"" || next == "'"
      if !isKeyStart { return (lineNumber, index + 1) }
    }
    return nil
  }
}
