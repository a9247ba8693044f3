import GlideCore

/// Whether a log line is a readable record, found by one pass over its bytes that builds
/// nothing: `history --json` passes lines on as stored, so it needs only the verdict
/// `SessionRecord(jsonLine:)` would give, not the record. The same rule, walked instead of
/// built (a test holds the two to the same answer on mutated lines). A string with an
/// escape in a key or a value the rule reads, or a document nested deeper than the parser
/// takes, is left to the parser: nil, "ask it".
struct RecordCheck {
  private let bytes: UnsafeBufferPointer<UInt8>
  private var index = 0
  private var depth = 0
  /// Set when the walk met something it leaves to the parser.
  private var unsure = false
  /// Whether the string last walked held an escape.
  private var escaped = false

  /// True or false as `SessionRecord(jsonLine:) != nil` would say; nil to ask the parser.
  static func isReadable(_ line: UnsafeBufferPointer<UInt8>) -> Bool? {
    var check = RecordCheck(bytes: line)
    let verdict = check.record()
    if check.unsure { return nil }
    guard verdict else { return false }
    check.skipSpace()
    return check.index == line.count
  }

  private init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

  private var byte: UInt8? { index < bytes.count ? bytes[index] : nil }

  private mutating func skipSpace() {
    while let byte, byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D { index += 1 }
  }

  /// The members of an object, each key handed to `member` with the walk at its value;
  /// `member` reads the value (false: not valid). False when the object is not valid.
  private mutating func members(
    _ member: (inout RecordCheck, UnsafeBufferPointer<UInt8>) -> Bool
  ) -> Bool {
    skipSpace()
    guard byte == UInt8(ascii: "{") else { return false }
    depth += 1
    defer { depth -= 1 }
    if depth >= 64 { unsure = true }
    index += 1
    skipSpace()
    if byte == UInt8(ascii: "}") {
      index += 1
      return true
    }
    while !unsure {
      skipSpace()
      guard byte == UInt8(ascii: "\""), let key = string() else { return false }
      if escaped {
        unsure = true
        return false
      }
      skipSpace()
      guard byte == UInt8(ascii: ":") else { return false }
      index += 1
      skipSpace()
      guard member(&self, key) else { return false }
      skipSpace()
      switch byte {
      case UInt8(ascii: ","): index += 1
      case UInt8(ascii: "}"):
        index += 1
        return true
      default: return false
      }
    }
    return false
  }

  /// The whole line as a record: the keys `SessionRecord(json:)` requires, each of the
  /// type it requires; the last of a repeated key counts, as in the parser's object.
  private mutating func record() -> Bool {
    // One bit per required key, in `requiredKeys` order: set while its last value is right.
    var found: UInt8 = 0
    let valid = members { check, key in
      let start = check.index
      let slot = Self.requiredKeys.firstIndex { Self.equals(key, $0) }
      guard let kind = check.value(steps: slot == 7) else { return false }
      guard let slot else { return true }
      let token = UnsafeBufferPointer(rebasing: check.bytes[start..<check.index])
      let right: Bool
      switch (slot, kind) {
      case (7, .steps(let readable)): right = readable
      case (0, .number):
        right = JSONParser.number(token).map { $0 >= 1 && Self.isInteger($0) } ?? false
      case (6, .number): right = Self.isSeconds(token)
      case (3, .string), (4, .string):
        if check.escaped { check.unsure = true }
        right = Timestamp(utf8: Self.inside(token)) != nil
      case (1, .string), (2, .string), (5, .string): right = true
      default: right = false
      }
      if right { found |= 1 << slot } else { found &= ~(1 << slot) }
      return true
    }
    return valid && found == 0xFF
  }

  /// The keys a record must have: v, id, routine, started_at, ended_at, outcome,
  /// active_seconds, steps.
  private static let requiredKeys: [StaticString] = [
    "v", "id", "routine", "started_at", "ended_at", "outcome", "active_seconds", "steps",
  ]

  /// What a value was.
  private enum Kind: Equatable {
    case object, array, string, number, literal
    /// The `steps` array, and whether every element is a readable step.
    case steps(Bool)
  }

  /// Walks one value; nil when it is not valid JSON. `steps`: the value is the record's
  /// step list, read as such (an array of readable steps, or not).
  private mutating func value(steps: Bool = false) -> Kind? {
    skipSpace()
    guard let first = byte else { return nil }
    switch first {
    case UInt8(ascii: "{"):
      return members { check, _ in check.value() != nil } ? (steps ? .steps(false) : .object) : nil
    case UInt8(ascii: "["):
      return array(steps: steps)
    case UInt8(ascii: "\""):
      return string() == nil ? nil : (steps ? .steps(false) : .string)
    case UInt8(ascii: "t"): return literal("true", steps)
    case UInt8(ascii: "f"): return literal("false", steps)
    case UInt8(ascii: "n"): return literal("null", steps)
    default:
      let start = index
      while let byte, JSONParser.isNumberByte(byte) { index += 1 }
      let token = UnsafeBufferPointer(rebasing: bytes[start..<index])
      guard JSONParser.number(token) != nil else { return nil }
      return steps ? .steps(false) : .number
    }
  }

  private mutating func literal(_ word: StaticString, _ steps: Bool) -> Kind? {
    let count = word.utf8CodeUnitCount
    guard index + count <= bytes.count,
      UnsafeBufferPointer(rebasing: bytes[index..<index + count]).elementsEqual(
        UnsafeBufferPointer(start: word.utf8Start, count: count))
    else { return nil }
    index += count
    return steps ? .steps(false) : .literal
  }

  private mutating func array(steps: Bool) -> Kind? {
    depth += 1
    defer { depth -= 1 }
    if depth >= 64 { unsure = true }
    index += 1
    var readable = true
    skipSpace()
    if byte == UInt8(ascii: "]") {
      index += 1
      return steps ? .steps(true) : .array
    }
    while !unsure {
      if steps {
        skipSpace()
        if byte == UInt8(ascii: "{") {
          guard let step = step() else { return nil }
          readable = readable && step
        } else {
          guard value() != nil else { return nil }
          readable = false
        }
      } else {
        guard value() != nil else { return nil }
      }
      skipSpace()
      switch byte {
      case UInt8(ascii: ","): index += 1
      case UInt8(ascii: "]"):
        index += 1
        return steps ? .steps(readable) : .array
      default: return nil
      }
    }
    return nil
  }

  /// One step object: nil when not valid JSON, else whether it is a readable step.
  private mutating func step() -> Bool? {
    var technique = false
    var target = false
    var outcome = false
    var side = true
    var seconds = true
    var plannedOK = true
    var elapsedOK = true
    let valid = members { check, key in
      let start = check.index
      guard let kind = check.value() else { return false }
      let token = UnsafeBufferPointer(rebasing: check.bytes[start..<check.index])
      let text = kind == .string ? Self.inside(token) : UnsafeBufferPointer(rebasing: token[0..<0])
      if kind == .string, check.escaped,
        ["technique", "outcome", "side"].contains(where: { Self.equals(key, $0) })
      {
        check.unsure = true
      }
      if Self.equals(key, "technique") {
        technique =
          kind == .string && Technique(rawValue: String(decoding: text, as: UTF8.self)) != nil
      } else if Self.equals(key, "target") {
        target = kind == .string
      } else if Self.equals(key, "outcome") {
        outcome =
          kind == .string && StepOutcome(rawValue: String(decoding: text, as: UTF8.self)) != nil
      } else if Self.equals(key, "side") {
        side = kind != .string || Side(rawValue: String(decoding: text, as: UTF8.self)) != nil
      } else if Self.equals(key, "planned_seconds") {
        plannedOK = Self.isNull(token) || (kind == .number && Self.isSeconds(token))
      } else if Self.equals(key, "elapsed_seconds") {
        elapsedOK = Self.isNull(token) || (kind == .number && Self.isSeconds(token))
      }
      return true
    }
    guard valid else { return unsure ? true : nil }
    seconds = plannedOK && elapsedOK
    return technique && target && outcome && side && seconds
  }

  /// A string's bytes between its quotes (escapes as written), the walk past it; nil when
  /// not a valid string. `escaped` says whether it held an escape, whose meaning the
  /// caller leaves to the parser when it reads the text.
  private mutating func string() -> UnsafeBufferPointer<UInt8>? {
    var end = index + 1
    var ascii = true
    escaped = false
    while end < bytes.count {
      let byte = bytes[end]
      if byte == UInt8(ascii: "\"") {
        let text = UnsafeBufferPointer(rebasing: bytes[(index + 1)..<end])
        index = end + 1
        if !ascii, String(validating: text, as: UTF8.self) == nil { return nil }
        return text
      }
      if byte == UInt8(ascii: "\\") {
        escaped = true
        guard let next = escape(at: end + 1) else { return nil }
        end = next
        continue
      }
      if byte < 0x20 { return nil }
      if byte >= 0x80 { ascii = false }
      end += 1
    }
    return nil
  }

  /// Where an escape whose letter is at `at` ends; nil when the parser would refuse it.
  private func escape(at: Int) -> Int? {
    guard at < bytes.count else { return nil }
    switch bytes[at] {
    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"),
      UInt8(ascii: "f"), UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
      return at + 1
    case UInt8(ascii: "u"):
      guard let code = hex4(at + 1) else { return nil }
      if (0xD800...0xDBFF).contains(code) {
        guard at + 6 < bytes.count, bytes[at + 5] == UInt8(ascii: "\\"),
          bytes[at + 6] == UInt8(ascii: "u"), let low = hex4(at + 7),
          (0xDC00...0xDFFF).contains(low)
        else { return nil }
        return at + 11
      }
      return Unicode.Scalar(code) == nil ? nil : at + 5
    default:
      return nil
    }
  }

  /// Four hex digits at `at`.
  private func hex4(_ at: Int) -> UInt32? { JSONParser.hex4(bytes, at: at) }

  private static func inside(_ token: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
    UnsafeBufferPointer(rebasing: token[(token.startIndex + 1)..<(token.endIndex - 1)])
  }

  private static func equals(_ key: UnsafeBufferPointer<UInt8>, _ name: StaticString) -> Bool {
    key.count == name.utf8CodeUnitCount
      && key.elementsEqual(UnsafeBufferPointer(start: name.utf8Start, count: key.count))
  }

  private static func isNull(_ token: UnsafeBufferPointer<UInt8>) -> Bool {
    equals(token, "null")
  }

  /// As `JSONValue.int` takes a number: integral and under 1e15 in size.
  private static func isInteger(_ value: Double) -> Bool {
    value.rounded() == value && abs(value) < 1e15
  }

  /// Seconds as the record reads them: a finite number from 0 to a billion.
  private static func isSeconds(_ token: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let value = JSONParser.number(token) else { return false }
    return value.isFinite && (0...1e9).contains(value)
  }
}
