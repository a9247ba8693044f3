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
      let value = scalar?.value ?? UInt32(byte)
      let hex = String(value, radix: 16, uppercase: true)
      return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
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

  // MARK: - Keys

  /// One part of a dotted key.
  struct KeyPart {
    var name: String
    var position: TOMLPosition
  }

  /// A key, dotted or not: bare, "basic" or 'literal' parts joined by dots.
  mutating func key() throws(TOMLError) -> [KeyPart] {
    var parts: [KeyPart] = []
    while true {
      skipSpaces()
      let position = here()
      let name: String
      switch peek() {
      case 0x22: name = try basicString()
      case 0x27: name = try literalString()
      case let byte where Self.isBare(byte):
        let start = offset
        while Self.isBare(peek()) { offset += 1 }
        name = String(decoding: bytes[start..<offset], as: UTF8.self)
      default:
        throw fail("expected a key, found \(describe())")
      }
      parts.append(KeyPart(name: name, position: position))
      guard parts.count <= Self.maxDepth else {
        throw TOMLError(
          at: position, "a dotted key of more than \(Self.maxDepth) parts is too deep")
      }
      skipSpaces()
      guard peek() == 0x2E else { return parts }
      offset += 1
    }
  }

  static func isBare(_ byte: UInt8) -> Bool {
    switch byte {
    case 0x41...0x5A, 0x61...0x7A, 0x30...0x39, 0x5F, 0x2D: true
    default: false
    }
  }

  // MARK: - Tables

  /// A `[table]` or `[[array]]` header: the table that the following keys go into.
  mutating func header(root: TableNode) throws(TOMLError) -> TableNode {
    let start = here()
    offset += 1
    let isArray = peek() == 0x5B
    if isArray { offset += 1 }
    skipSpaces()
    if !(Self.isBare(peek()) || peek() == 0x22 || peek() == 0x27) {
      throw fail(
        "a table header needs a key, found \(describe())", .headerWithoutKey)
    }
    let parts = try key()
    let closing = isArray ? "]]" : "]"
    guard peek() == 0x5D, !isArray || peek(1) == 0x5D else {
      if peek() == 0x5D { offset += 1 }
      throw fail("expected '\(closing)' to close the table header, found \(describe())")
    }
    offset += isArray ? 2 : 1
    sections += 1
    section = sections
    var node = root
    for part in parts.dropLast() {
      switch node.item(part.name) {
      case nil:
        let child = try makeNode(at: part.position, depth: node.depth + 1)
        node.insert(part.name, at: part.position, .table(child))
        node = child
      case .table(let child):
        node = child
      case .tables(let list):
        node = list.nodes[list.nodes.count - 1]
      case .value(let value):
        throw TOMLError(
          at: part.position,
          "'\(Self.quoted(part.name))' is already \(Self.article(value)) (\(value.position)), "
            + "not a table")
      }
    }
    let last = parts[parts.count - 1]
    var name: String { Self.quoted(last.name) }
    if isArray {
      let element = try makeNode(at: start, depth: node.depth + 1)
      element.hasHeader = true
      switch node.item(last.name) {
      case nil:
        node.insert(last.name, at: last.position, .tables(TableList(element, position: start)))
      case .tables(let list):
        list.nodes.append(element)
      case .table(let table):
        throw TOMLError(
          at: last.position,
          "[[\(name)]] adds to an array of tables, but '\(name)' is a table (\(table.position))")
      case .value(let value):
        throw TOMLError(
          at: last.position,
          "'\(name)' is already \(Self.article(value)) (\(value.position)), not an array of tables")
      }
      return element
    }
    switch node.item(last.name) {
    case nil:
      let table = try makeNode(at: start, depth: node.depth + 1)
      table.hasHeader = true
      node.insert(last.name, at: last.position, .table(table))
      return table
    case .table(let table):
      if table.hasHeader {
        throw TOMLError(
          at: last.position, "table [\(name)] is defined twice (first at \(table.position))")
      }
      if table.dottedSection >= 0 {
        throw TOMLError(
          at: last.position,
          "table [\(name)] was already defined by dotted keys (\(table.position))")
      }
      table.hasHeader = true
      return table
    case .tables(let list):
      throw TOMLError(
        at: last.position,
        "'\(name)' is an array of tables (\(list.position)); add to it with [[\(name)]]")
    case .value(let value):
      throw TOMLError(
        at: last.position,
        "'\(name)' is already \(Self.article(value)) (\(value.position)), not a table")
    }
  }

  /// `key = value` into `table`; dotted keys make or enter tables of this section.
  mutating func keyValue(into table: TableNode, section: Int) throws(TOMLError) {
    let parts = try key()
    guard peek() == 0x3D else {
      throw fail("expected '=' after the key, found \(describe())")
    }
    offset += 1
    skipSpaces()
    var node = table
    for part in parts.dropLast() {
      var name: String { Self.quoted(part.name) }
      switch node.item(part.name) {
      case nil:
        let child = try makeNode(at: part.position, depth: node.depth + 1)
        child.dottedSection = section
        node.insert(part.name, at: part.position, .table(child))
        node = child
      case .table(let child):
        if child.hasHeader || (child.dottedSection >= 0 && child.dottedSection != section) {
          throw TOMLError(
            at: part.position,
            "table '\(name)' is already defined (\(child.position)); a dotted key cannot add to it"
          )
        }
        child.dottedSection = section
        node = child
      case .tables(let list):
        throw TOMLError(
          at: part.position,
          "'\(name)' is an array of tables (\(list.position)); a dotted key cannot add to it")
      case .value(let value):
        throw TOMLError(
          at: part.position,
          "'\(name)' is already \(Self.article(value)) (\(value.position)); "
            + "a dotted key cannot add to it")
      }
    }
    let last = parts[parts.count - 1]
    if let existing = node.find(last.name) {
      let first = " (first at \(node.keyPositions[existing]))"
      throw TOMLError(
        at: last.position, "duplicate key '\(Self.quoted(last.name))'\(first)")
    }
    let value = try value(depth: node.depth + 1)
    node.insert(last.name, at: last.position, .value(value))
  }

  mutating func makeNode(at position: TOMLPosition, depth: Int) throws(TOMLError) -> TableNode {
    guard depth <= Self.maxDepth else {
      throw TOMLError(at: position, "tables nest more than \(Self.maxDepth) deep")
    }
    return TableNode(position: position, depth: depth)
  }

  /// A key as it may be shown: control characters and bidi controls named, not written,
  /// and long keys shortened.
  static func quoted(_ key: String) -> String {
    var text = ""
    var count = 0
    for scalar in key.unicodeScalars {
      count += 1
      if count > 60 {
        text += "…"
        break
      }
      switch scalar.value {
      case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069:
        let hex = String(scalar.value, radix: 16, uppercase: true)
        text += "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
      default:
        text.unicodeScalars.append(scalar)
      }
    }
    return text
  }

  static func article(_ value: TOMLValue) -> String {
    switch value.kind {
    case .table: "an inline table"
    case .array: "an array"
    case .integer: "an integer"
    default: "a " + value.typeName
    }
  }

  // MARK: - Values

  /// Any value; `depth` counts the tables and arrays around it.
  mutating func value(depth: Int) throws(TOMLError) -> TOMLValue {
    let position = here()
    guard depth <= Self.maxDepth else {
      throw TOMLError(at: position, "arrays and tables nest more than \(Self.maxDepth) deep")
    }
    switch peek() {
    case 0x22:
      let text = peek(1) == 0x22 && peek(2) == 0x22 ? try multilineBasicString() : try basicString()
      return TOMLValue(.string(text), at: position)
    case 0x27:
      let text =
        peek(1) == 0x27 && peek(2) == 0x27 ? try multilineLiteralString() : try literalString()
      return TOMLValue(.string(text), at: position)
    case 0x74:
      try word("true")
      return TOMLValue(.boolean(true), at: position)
    case 0x66:
      try word("false")
      return TOMLValue(.boolean(false), at: position)
    case 0x5B:
      return try array(depth: depth, at: position)
    case 0x7B:
      return try inlineTable(depth: depth, at: position)
    case 0x2B, 0x2D, 0x30...0x39, 0x69, 0x6E:
      return try scalar(at: position)
    case 0x41...0x5A, 0x61...0x7A:
      throw fail("expected a value, found \(describe()) (text goes in quotes: \"...\")")
    default:
      throw fail("expected a value, found \(describe())")
    }
  }

  mutating func word(_ text: String) throws(TOMLError) {
    let expected = Array(text.utf8)
    let matches = expected.indices.allSatisfy { peek($0) == expected[$0] }
    guard matches, !Self.isBare(peek(expected.count)) else {
      throw fail("expected a value, found \(describe()) (true and false are lower-case)")
    }
    offset += expected.count
  }

  mutating func array(depth: Int, at position: TOMLPosition) throws(TOMLError) -> TOMLValue {
    offset += 1
    var elements: [TOMLValue] = []
    while true {
      try skipBlank()
      if peek() == 0x5D {
        offset += 1
        break
      }
      elements.append(try value(depth: depth + 1))
      try skipBlank()
      if peek() == 0x2C {
        offset += 1
      } else if peek() == 0x5D {
        offset += 1
        break
      } else {
        throw fail("expected ',' or ']' in the array, found \(describe())")
      }
    }
    return TOMLValue(.array(elements), at: position)
  }

  mutating func inlineTable(depth: Int, at position: TOMLPosition) throws(TOMLError) -> TOMLValue {
    offset += 1
    let node = try makeNode(at: position, depth: depth)
    sections += 1
    let own = sections
    skipSpaces()
    if peek() == 0x7D {
      offset += 1
      return TOMLValue(.table(node.frozen()), at: position)
    }
    while true {
      try keyValue(into: node, section: own)
      skipSpaces()
      if peek() == 0x2C {
        offset += 1
        skipSpaces()
        if peek() == 0x7D {
          throw fail("a comma may not follow the last key of an inline table")
        }
      } else if peek() == 0x7D {
        offset += 1
        break
      } else {
        throw fail(
          "expected ',' or '}' in the inline table, found \(describe()) "
            + "(an inline table stays on one line)")
      }
    }
    return TOMLValue(.table(node.frozen()), at: position)
  }

  /// A number, date or time: the run of characters they are made of, then its grammar.
  mutating func scalar(at position: TOMLPosition) throws(TOMLError) -> TOMLValue {
    let start = offset
    while Self.isScalarByte(peek()) { offset += 1 }
    // A date, a space and a time are one date-time.
    if offset - start == 10, bytes[start + 4] == 0x2D, peek() == 0x20, Self.isDigit(peek(1)),
      Self.isDigit(peek(2)), peek(3) == 0x3A
    {
      offset += 1
      while Self.isScalarByte(peek()) { offset += 1 }
    }
    let token = bytes[start..<offset]
    let isDate =
      token.count >= 5 && (start..<start + 4).allSatisfy { Self.isDigit(bytes[$0]) }
      && bytes[start + 4] == 0x2D
    let isTime =
      token.count >= 3 && Self.isDigit(bytes[start]) && Self.isDigit(bytes[start + 1])
      && bytes[start + 2] == 0x3A
    if isDate || isTime {
      guard let value = DateTimeLiteral.parse(token) else {
        throw TOMLError(
          at: position, "'\(Self.text(token))' is not a valid date or time (RFC 3339)")
      }
      return TOMLValue(.dateTime(value), at: position)
    }
    switch NumberLiteral.parse(token) {
    case .success(let kind): return TOMLValue(kind, at: position)
    case .failure(let reason):
      throw TOMLError(at: position, "'\(Self.text(token))' is not a number: \(reason.message)")
    }
  }

  static func isScalarByte(_ byte: UInt8) -> Bool {
    switch byte {
    case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x5F, 0x2E, 0x3A, 0x2B, 0x2D: true
    default: false
    }
  }

  static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

  /// A token of number or date characters as text (all ASCII, so safe to show).
  static func text(_ token: ArraySlice<UInt8>) -> String {
    let shown = token.prefix(40)
    return String(decoding: shown, as: UTF8.self) + (token.count > 40 ? "…" : "")
  }
}
