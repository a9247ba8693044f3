/// TOML's four string forms. The input is valid UTF-8 (checked first), so strings are
/// byte slices and escapes; only escapes and control characters need a look.
extension TOMLParser {
  /// `"basic"`: escapes, no newline, no control character but tab.
  mutating func basicString() throws(TOMLError) -> String {
    let opening = here()
    offset += 1
    var text: [UInt8] = []
    while true {
      let byte = try byteOnLine(of: opening)
      if byte == 0x22 {
        offset += 1
        return String(decoding: text, as: UTF8.self)
      }
      if byte == 0x5C {
        try escape(into: &text)
      } else {
        try checkNotControl(byte, in: "a string")
        text.append(byte)
        offset += 1
      }
    }
  }

  /// `'literal'`: as written, no newline, no control character but tab.
  mutating func literalString() throws(TOMLError) -> String {
    let opening = here()
    offset += 1
    let start = offset
    while true {
      let byte = try byteOnLine(of: opening)
      if byte == 0x27 {
        defer { offset += 1 }
        return String(decoding: bytes[start..<offset], as: UTF8.self)
      }
      try checkNotControl(byte, in: "a string")
      offset += 1
    }
  }

  /// The byte at the cursor inside a one-line string opened at `opening`; an error at the
  /// end of the line or of the input, which the string must not reach.
  mutating func byteOnLine(of opening: TOMLPosition) throws(TOMLError) -> UInt8 {
    let byte = peek()
    if atEnd || byte == 0x0A || byte == 0x0D {
      throw TOMLError(
        at: opening, "the string opened here is not closed before the end of its line")
    }
    return byte
  }

  /// `"""multi-line basic"""`: a newline right after the opening is dropped, a backslash
  /// at a line's end joins it to the next non-blank character.
  mutating func multilineBasicString() throws(TOMLError) -> String {
    try multilineString(quote: 0x22, escapes: true)
  }

  /// `'''multi-line literal'''`: as written; a newline right after the opening is dropped.
  mutating func multilineLiteralString() throws(TOMLError) -> String {
    try multilineString(quote: 0x27, escapes: false)
  }

  /// Either multi-line form, which differ only in their quote and in escapes.
  mutating func multilineString(quote: UInt8, escapes: Bool) throws(TOMLError) -> String {
    let opening = here()
    offset += 3
    _ = skipNewline()
    var text: [UInt8] = []
    while true {
      if atEnd {
        throw TOMLError(at: opening, "the multi-line string opened here is never closed")
      }
      let byte = peek()
      if byte == quote {
        if try closesMultiline(quote: quote, into: &text) {
          return String(decoding: text, as: UTF8.self)
        }
      } else if escapes, byte == 0x5C {
        var ahead = 1
        while peek(ahead) == 0x20 || peek(ahead) == 0x09 { ahead += 1 }
        if peek(ahead) == 0x0A || (peek(ahead) == 0x0D && peek(ahead + 1) == 0x0A) {
          offset += ahead
          while true {
            skipSpaces()
            if !skipNewline() { break }
          }
        } else {
          try escape(into: &text)
        }
      } else if skipNewline() {
        text.append(0x0A)
      } else {
        try checkNotControl(byte, in: "a string")
        text.append(byte)
        offset += 1
      }
    }
  }

  /// At a run of quotes inside a multi-line string: three close it, and up to two more
  /// before them belong to the text. Consumes the run; true when the string ended.
  mutating func closesMultiline(quote: UInt8, into text: inout [UInt8]) throws(TOMLError)
    -> Bool
  {
    var run = 0
    while peek(run) == quote { run += 1 }
    if run < 3 {
      text.append(contentsOf: repeatElement(quote, count: run))
      offset += run
      return false
    }
    if run > 5 {
      offset += 5
      throw fail("too many quotes: a multi-line string ends at three of them")
    }
    text.append(contentsOf: repeatElement(quote, count: run - 3))
    offset += run
    return true
  }

  /// A backslash escape; TOML 1.0 has `\b \t \n \f \r \" \\ \uXXXX \UXXXXXXXX`.
  mutating func escape(into text: inout [UInt8]) throws(TOMLError) {
    let position = here()
    let letter = peek(1)
    let simple: UInt8? =
      switch letter {
      case 0x62: 0x08
      case 0x74: 0x09
      case 0x6E: 0x0A
      case 0x66: 0x0C
      case 0x72: 0x0D
      case 0x22: 0x22
      case 0x5C: 0x5C
      default: nil
      }
    if let simple {
      text.append(simple)
      offset += 2
      return
    }
    guard letter == 0x75 || letter == 0x55 else {
      offset += 1
      throw TOMLError(
        at: position,
        "a backslash followed by \(describe()) is not an escape; use \\b \\t \\n \\f \\r "
          + "\\\" \\\\ \\uXXXX or \\UXXXXXXXX")
    }
    let digits = letter == 0x75 ? 4 : 8
    var value: UInt32 = 0
    for index in 0..<digits {
      guard let digit = Self.hexValue(peek(2 + index)) else {
        throw TOMLError(at: position, "\\\(letter == 0x75 ? "u" : "U") needs \(digits) hex digits")
      }
      value = value << 4 | UInt32(digit)
    }
    guard let scalar = Unicode.Scalar(value) else {
      throw TOMLError(
        at: position,
        "U+\(String(value, radix: 16, uppercase: true)) is not a Unicode scalar value")
    }
    UTF8.encode(scalar) { text.append($0) }
    offset += 2 + digits
  }

  /// Control characters other than tab must be written as escapes.
  mutating func checkNotControl(_ byte: UInt8, in place: String) throws(TOMLError) {
    if (byte < 0x20 && byte != 0x09) || byte == 0x7F {
      throw fail("the control character \(describe()) is not allowed in \(place); escape it")
    }
  }

  static func hexValue(_ byte: UInt8) -> UInt8? {
    switch byte {
    case 0x30...0x39: byte - 0x30
    case 0x41...0x46: byte - 0x41 + 10
    case 0x61...0x66: byte - 0x61 + 10
    default: nil
    }
  }
}
