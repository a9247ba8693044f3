import GlideSystem

/// A small, strict JSON parser over UTF-8 bytes: one log line at a time, with no
/// Foundation. It reads the bytes where they lie; strings without escapes and plain decimal
/// numbers (nearly all of a log line) take a path that builds nothing on the way, so a
/// million-session log is read at a few microseconds a line.
public struct JSONParser {
  private let bytes: UnsafeBufferPointer<UInt8>
  private var index = 0
  private var depth = 0

  /// Parses a whole document; nil when it is not exactly one JSON value.
  public static func parse<Bytes: Collection>(_ input: Bytes) -> JSONValue?
  where Bytes.Element == UInt8 {
    if let parsed = input.withContiguousStorageIfAvailable({ parse(buffer: $0) }) {
      return parsed
    }
    return Array(input).withUnsafeBufferPointer { parse(buffer: $0) }
  }

  private static func parse(buffer: UnsafeBufferPointer<UInt8>) -> JSONValue? {
    var parser = JSONParser(bytes: buffer)
    guard let value = parser.value() else { return nil }
    parser.skipSpace()
    return parser.index == parser.bytes.count ? value : nil
  }

  private init(bytes: UnsafeBufferPointer<UInt8>) {
    self.bytes = bytes
  }

  private mutating func skipSpace() {
    while index < bytes.count {
      switch bytes[index] {
      case 0x20, 0x09, 0x0A, 0x0D: index += 1
      default: return
      }
    }
  }

  private mutating func value() -> JSONValue? {
    skipSpace()
    guard index < bytes.count else { return nil }
    switch bytes[index] {
    case UInt8(ascii: "{"): return object()
    case UInt8(ascii: "["): return array()
    case UInt8(ascii: "\""): return string().map { .string($0) }
    case UInt8(ascii: "t"): return literal("true", .bool(true))
    case UInt8(ascii: "f"): return literal("false", .bool(false))
    case UInt8(ascii: "n"): return literal("null", .null)
    default: return number()
    }
  }

  private mutating func literal(_ word: StaticString, _ value: JSONValue) -> JSONValue? {
    guard ByteSearch.holds(word, in: bytes, at: index) else { return nil }
    index += word.utf8CodeUnitCount
    return value
  }

  private mutating func object() -> JSONValue? {
    depth += 1
    defer { depth -= 1 }
    guard depth < 64 else { return nil }
    index += 1
    var members = JSONObject(capacity: 16)
    skipSpace()
    if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
      index += 1
      return .object(members)
    }
    while true {
      skipSpace()
      guard index < bytes.count, bytes[index] == UInt8(ascii: "\""), let key = string() else {
        return nil
      }
      skipSpace()
      guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { return nil }
      index += 1
      guard let member = value() else { return nil }
      members.append(key, member)
      skipSpace()
      guard index < bytes.count else { return nil }
      if bytes[index] == UInt8(ascii: ",") {
        index += 1
      } else if bytes[index] == UInt8(ascii: "}") {
        index += 1
        return .object(members)
      } else {
        return nil
      }
    }
  }

  private mutating func array() -> JSONValue? {
    depth += 1
    defer { depth -= 1 }
    guard depth < 64 else { return nil }
    index += 1
    var elements: [JSONValue] = []
    skipSpace()
    if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
      index += 1
      return .array(elements)
    }
    while true {
      guard let element = value() else { return nil }
      elements.append(element)
      skipSpace()
      guard index < bytes.count else { return nil }
      if bytes[index] == UInt8(ascii: ",") {
        index += 1
      } else if bytes[index] == UInt8(ascii: "]") {
        index += 1
        return .array(elements)
      } else {
        return nil
      }
    }
  }

  private mutating func string() -> String? {
    // Most strings hold no escape: read them where they lie, validating only when they
    // are not ASCII.
    var end = index + 1
    var ascii = true
    while end < bytes.count {
      let byte = bytes[end]
      if byte == UInt8(ascii: "\"") {
        let text = UnsafeBufferPointer(rebasing: bytes[(index + 1)..<end])
        index = end + 1
        return ascii
          ? String(decoding: text, as: UTF8.self) : String(validating: text, as: UTF8.self)
      }
      if byte == UInt8(ascii: "\\") { break }
      if byte < 0x20 { return nil }
      if byte >= 0x80 { ascii = false }
      end += 1
    }
    return escapedString()
  }

  /// A string with escapes, read scalar by scalar.
  private mutating func escapedString() -> String? {
    index += 1
    var scalars = String.UnicodeScalarView()
    var start = index
    var raw: [UInt8] = []
    while index < bytes.count {
      let byte = bytes[index]
      if byte == UInt8(ascii: "\"") {
        raw.append(contentsOf: bytes[start..<index])
        index += 1
        guard let text = String(validating: raw, as: UTF8.self) else { return nil }
        if scalars.isEmpty { return text }
        scalars.append(contentsOf: text.unicodeScalars)
        return String(scalars)
      }
      if byte < 0x20 { return nil }
      if byte == UInt8(ascii: "\\") {
        raw.append(contentsOf: bytes[start..<index])
        guard let text = String(validating: raw, as: UTF8.self) else { return nil }
        scalars.append(contentsOf: text.unicodeScalars)
        raw.removeAll(keepingCapacity: true)
        index += 1
        guard index < bytes.count else { return nil }
        let escape = bytes[index]
        index += 1
        switch escape {
        case UInt8(ascii: "\""): scalars.append("\"")
        case UInt8(ascii: "\\"): scalars.append("\\")
        case UInt8(ascii: "/"): scalars.append("/")
        case UInt8(ascii: "b"): scalars.append("\u{08}")
        case UInt8(ascii: "f"): scalars.append("\u{0C}")
        case UInt8(ascii: "n"): scalars.append("\n")
        case UInt8(ascii: "r"): scalars.append("\r")
        case UInt8(ascii: "t"): scalars.append("\t")
        case UInt8(ascii: "u"):
          guard var code = hex4() else { return nil }
          if (0xD800...0xDBFF).contains(code) {
            guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"),
              bytes[index + 1] == UInt8(ascii: "u")
            else { return nil }
            index += 2
            guard let low = hex4(), (0xDC00...0xDFFF).contains(low) else { return nil }
            code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
          }
          guard let scalar = Unicode.Scalar(code) else { return nil }
          scalars.append(scalar)
        default: return nil
        }
        start = index
        continue
      }
      index += 1
    }
    return nil
  }

  private mutating func hex4() -> UInt32? {
    guard let value = Self.hex4(bytes, at: index) else { return nil }
    index += 4
    return value
  }

  /// The value of the four hex digits at `at` of `bytes`, nil when they are not four hex
  /// digits: the one reading of a `\uXXXX` escape, for the parser and the record check.
  static func hex4(_ bytes: UnsafeBufferPointer<UInt8>, at: Int) -> UInt32? {
    guard at + 4 <= bytes.count else { return nil }
    var value: UInt32 = 0
    for byte in bytes[at..<at + 4] {
      let digit: UInt8
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
      case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
      case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
      default: return nil
      }
      value = value * 16 + UInt32(digit)
    }
    return value
  }

  private mutating func number() -> JSONValue? {
    let start = index
    if index < bytes.count, bytes[index] == UInt8(ascii: "-") { index += 1 }
    let digitsStart = index
    while index < bytes.count, Self.isNumberByte(bytes[index]) { index += 1 }
    guard index > digitsStart else { return nil }
    return Self.number(UnsafeBufferPointer(rebasing: bytes[start..<index])).map { .number($0) }
  }

  /// A number token's value; nil when it is not a finite number.
  static func number(_ token: UnsafeBufferPointer<UInt8>) -> Double? {
    let sign = token.first == UInt8(ascii: "-") ? 1 : 0
    guard token.count > sign else { return nil }
    if let value = plainDecimal(token) { return value }
    guard let value = Double(String(decoding: token, as: UTF8.self)), value.isFinite else {
      return nil
    }
    return value
  }

  static func isNumberByte(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "."), UInt8(ascii: "e"),
      UInt8(ascii: "E"), UInt8(ascii: "+"), UInt8(ascii: "-"):
      return true
    default:
      return false
    }
  }

  /// Exact powers of ten, as doubles.
  private static let powersOfTen: [Double] = (0...22).map { exponent in
    (0..<exponent).reduce(1.0) { product, _ in product * 10 }
  }

  /// `-?digits(.digits)?` with at most 15 digits, read without a string: the digits are
  /// exact as a double, and so is a power of ten up to 22, so one division gives the
  /// correctly rounded value, as `Double(String)` would (Clinger's fast path). Nil for any
  /// other form, which goes the slow way.
  static func plainDecimal(_ token: UnsafeBufferPointer<UInt8>) -> Double? {
    var at = 0
    let negative = token.first == UInt8(ascii: "-")
    if negative { at = 1 }
    var mantissa: Int64 = 0
    var digits = 0
    var fraction = -1
    while at < token.count {
      let byte = token[at]
      if byte == UInt8(ascii: "."), fraction < 0, digits > 0 {
        fraction = 0
      } else if byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") {
        mantissa = mantissa * 10 + Int64(byte - UInt8(ascii: "0"))
        digits += 1
        if fraction >= 0 { fraction += 1 }
      } else {
        return nil
      }
      at += 1
    }
    guard digits > 0, digits <= 15, fraction != 0 else { return nil }
    let value = Double(mantissa) / powersOfTen[max(0, fraction)]
    return negative ? -value : value
  }
}
