/// Reads just enough of a log line to count it in a weekly streak, without building any
/// values: the line must be well-formed JSON (checked without allocating), and its start
/// time and whether any step was worked are found by scanning. `glide stats` reads lines
/// older than its window this way, which is what keeps it fast over 100,000 sessions.
enum JSONSkim {
  /// Whether `bytes` is exactly one well-formed JSON value.
  static func isValid(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var index = 0
    var depth = 0
    var expectValue = true
    var stack: [UInt8] = []
    stack.reserveCapacity(8)
    func skipSpace() {
      while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x09 { index += 1 }
    }
    while true {
      skipSpace()
      guard index < bytes.count else { return depth == 0 && !expectValue }
      let byte = bytes[index]
      if expectValue {
        switch byte {
        case UInt8(ascii: "{"), UInt8(ascii: "["):
          stack.append(byte)
          depth += 1
          index += 1
          skipSpace()
          if index < bytes.count,
            bytes[index] == (byte == UInt8(ascii: "{") ? UInt8(ascii: "}") : UInt8(ascii: "]"))
          {
            index += 1
            stack.removeLast()
            depth -= 1
            expectValue = false
          } else if byte == UInt8(ascii: "{") {
            guard skipString(), skipColon() else { return false }
          }
          continue
        case UInt8(ascii: "\""):
          guard skipString() else { return false }
        case UInt8(ascii: "t"): guard skipWord("true") else { return false }
        case UInt8(ascii: "f"): guard skipWord("false") else { return false }
        case UInt8(ascii: "n"): guard skipWord("null") else { return false }
        default:
          let start = index
          while index < bytes.count,
            (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index])
              || bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: ".")
              || bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E")
              || bytes[index] == UInt8(ascii: "+")
          {
            index += 1
          }
          guard index > start else { return false }
        }
        expectValue = false
      } else {
        guard let open = stack.last else { return false }
        switch byte {
        case UInt8(ascii: ","):
          index += 1
          expectValue = true
          if open == UInt8(ascii: "{") {
            skipSpace()
            guard skipString(), skipColon() else { return false }
          }
        case UInt8(ascii: "}") where open == UInt8(ascii: "{"),
          UInt8(ascii: "]") where open == UInt8(ascii: "["):
          index += 1
          stack.removeLast()
          depth -= 1
        default:
          return false
        }
      }
    }

    func skipString() -> Bool {
      guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { return false }
      index += 1
      while index < bytes.count {
        let byte = bytes[index]
        if byte == UInt8(ascii: "\"") {
          index += 1
          return true
        }
        if byte < 0x20 { return false }
        index += byte == UInt8(ascii: "\\") ? 2 : 1
      }
      return false
    }

    func skipColon() -> Bool {
      skipSpace()
      guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { return false }
      index += 1
      return true
    }

    func skipWord(_ word: StaticString) -> Bool {
      let count = word.utf8CodeUnitCount
      guard index + count <= bytes.count else { return false }
      for offset in 0..<count where bytes[index + offset] != word.utf8Start[offset] { return false }
      index += count
      return true
    }
  }

  /// The start time and whether any step was worked, for a well-formed log line.
  static func streakFacts(_ bytes: UnsafeBufferPointer<UInt8>) -> (
    startedAt: Timestamp, didWork: Bool
  )? {
    guard isValid(bytes), let start = find(Array("\"started_at\":\"".utf8), in: bytes) else {
      return nil
    }
    var end = start
    while end < bytes.count, bytes[end] != UInt8(ascii: "\"") { end += 1 }
    guard
      let timestamp = Timestamp(
        String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self))
    else { return nil }
    // Step outcomes are done, partial or skipped; a session's are never done or partial,
    // and a quote inside a string is escaped, so these bytes can only be a step's outcome.
    let worked =
      find(Array("\"outcome\":\"done\"".utf8), in: bytes) != nil
      || find(Array("\"outcome\":\"partial\"".utf8), in: bytes) != nil
    return (timestamp, worked)
  }

  /// The index just past the first occurrence of `needle`.
  static func find(_ needle: [UInt8], in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    guard let first = needle.first, bytes.count >= needle.count else { return nil }
    var index = 0
    let last = bytes.count - needle.count
    while index <= last {
      if bytes[index] == first {
        var match = true
        for offset in 1..<needle.count where bytes[index + offset] != needle[offset] {
          match = false
          break
        }
        if match { return index + needle.count }
      }
      index += 1
    }
    return nil
  }
}
