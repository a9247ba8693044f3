/// Keys: bare, "basic" or 'literal' parts joined by dots, and how a key is shown in a
/// message.
extension TOMLParser {
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
        text += codePoint(scalar.value)
      default:
        text.unicodeScalars.append(scalar)
      }
    }
    return text
  }

  /// A code point as it is named in a message: `U+0007`, `U+202E`.
  static func codePoint(_ value: UInt32) -> String {
    let hex = String(value, radix: 16, uppercase: true)
    return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
  }
}
