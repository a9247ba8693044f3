/// Values: strings, booleans, arrays, inline tables, and the run of characters of a number,
/// date or time.
extension TOMLParser {
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
