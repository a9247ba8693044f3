/// Reads TOML 1.0 from bytes: one pass, positions for every key and value, and no
/// recursion deeper than `maxDepth` whatever the input.
struct TOMLParser {
  /// The deepest tables and arrays may nest, counting every enclosing table and array.
  static let maxDepth = 128

  let bytes: [UInt8]
  var offset = 0
  var line = 1
  var lineStart = 0
  /// The last column worked out, so columns cost nothing extra on long lines.
  var columnCache = (lineStart: 0, offset: 0, column: 1)
  /// The current `[header]` section; inline tables get sections of their own.
  var section = 0
  var sections = 0

  init(_ bytes: [UInt8]) {
    self.bytes = bytes
  }

  // MARK: - Cursor

  /// The byte at `offset + ahead`, or 0 past the end (a real 0 byte has been refused).
  func peek(_ ahead: Int = 0) -> UInt8 {
    let index = offset + ahead
    return index < bytes.count ? bytes[index] : 0
  }

  var atEnd: Bool { offset >= bytes.count }

  /// Where the cursor is.
  mutating func here() -> TOMLPosition {
    if columnCache.lineStart != lineStart || columnCache.offset > offset {
      columnCache = (lineStart, lineStart, 1)
    }
    var column = columnCache.column
    var index = columnCache.offset
    while index < offset {
      if bytes[index] & 0xC0 != 0x80 { column += 1 }
      index += 1
    }
    columnCache = (lineStart, offset, column)
    return TOMLPosition(line: line, column: column)
  }

  /// The position of any offset, counted from the start: for faults found before parsing.
  func position(ofOffset target: Int, from start: Int) -> TOMLPosition {
    var line = 1
    var column = 1
    var index = start
    while index < target {
      if bytes[index] == 0x0A {
        line += 1
        column = 1
      } else if bytes[index] & 0xC0 != 0x80 {
        column += 1
      }
      index += 1
    }
    return TOMLPosition(line: line, column: column)
  }

  /// Consumes a line feed.
  mutating func newline() {
    offset += 1
    line += 1
    lineStart = offset
  }

  mutating func skipSpaces() {
    while offset < bytes.count, bytes[offset] == 0x20 || bytes[offset] == 0x09 { offset += 1 }
  }

  /// Consumes `\n` or `\r\n` if the cursor is on one.
  mutating func skipNewline() -> Bool {
    if peek() == 0x0A {
      newline()
      return true
    }
    if peek() == 0x0D, peek(1) == 0x0A {
      offset += 1
      newline()
      return true
    }
    return false
  }

  /// Skips a comment up to (not including) its line's end; control characters but tab
  /// are not allowed in one.
  mutating func skipComment() throws(TOMLError) {
    offset += 1
    while offset < bytes.count {
      let byte = bytes[offset]
      if byte == 0x0A || (byte == 0x0D && peek(1) == 0x0A) { return }
      if (byte < 0x20 && byte != 0x09) || byte == 0x7F {
        throw fail("the control character \(describe()) is not allowed in a comment")
      }
      offset += 1
    }
  }

  /// Skips spaces, newlines and comments, as arrays allow between elements.
  mutating func skipBlank() throws(TOMLError) {
    while true {
      skipSpaces()
      if peek() == 0x23 {
        try skipComment()
      } else if !skipNewline() {
        return
      }
    }
  }

  /// After a key-value pair or a header: only spaces and a comment until the line ends.
  mutating func endOfLine(after what: String) throws(TOMLError) {
    skipSpaces()
    if peek() == 0x23 { try skipComment() }
    if atEnd || skipNewline() { return }
    throw fail("expected the end of the line after \(what), found \(describe())")
  }

  /// An error at the cursor.
  mutating func fail(_ message: String, _ kind: TOMLError.Kind = .syntax) -> TOMLError {
    TOMLError(kind, at: here(), message)
  }

  /// The character at the cursor in words, safe to print: `'x'`, `U+0007`, `a new line`.
  func describe() -> String {
    if atEnd { return "the end of the file" }
    let byte = bytes[offset]
    switch byte {
    case 0x0A, 0x0D: return "a new line"
    case 0x20: return "a space"
    case 0x09: return "a tab"
    case 0x21...0x7E: return "'\(Character(Unicode.Scalar(byte)))'"
    default:
      var end = offset + 1
      while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
      let scalar = String(decoding: bytes[offset..<end], as: UTF8.self).unicodeScalars.first
      return Self.codePoint(scalar?.value ?? UInt32(byte))
    }
  }

  // MARK: - Document

  /// The whole document.
  mutating func document() throws(TOMLError) -> TOMLTable {
    if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
      offset = 3
      lineStart = 3
      columnCache = (3, 3, 1)
    }
    if let fault = InputCheck.firstFault(in: bytes, from: offset) {
      throw TOMLError(
        .encoding, at: position(ofOffset: fault.offset, from: offset), fault.message)
    }
    let root = TableNode(position: here(), depth: 0)
    var current = root
    while true {
      skipSpaces()
      if atEnd { break }
      if peek() == 0x23 {
        try skipComment()
        continue
      }
      if skipNewline() { continue }
      if peek() == 0x5B {
        current = try header(root: root)
        try endOfLine(after: "a table header")
      } else {
        try keyValue(into: current, section: section)
        try endOfLine(after: "a value")
      }
    }
    return root.frozen()
  }
}
