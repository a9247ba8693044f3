/// Reads just enough of a log line to count it in a weekly streak, without building any
/// values: its start time and whether any step was worked are found by scanning. A
/// validator that allocates nothing is here too, for checks that need one. `glide stats` reads lines
/// older than its window this way, which is what keeps it fast over 100,000 sessions.
enum JSONSkim {
  /// Whether `bytes` is exactly one well-formed JSON value.
  static func isValid(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var validator = Validator(bytes: bytes)
    return validator.run()
  }

  /// A single pass over the bytes with an explicit stack of open brackets; a struct with
  /// mutating methods, so the position is a plain stored property and no closure boxes it.
  struct Validator {
    let bytes: UnsafeBufferPointer<UInt8>
    var index = 0

    init(bytes: UnsafeBufferPointer<UInt8>) {
      self.bytes = bytes
    }

    mutating func skipSpace() {
      while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x09 { index += 1 }
    }

    mutating func skipString() -> Bool {
      guard index < bytes.count, bytes[index] == 0x22 else { return false }
      index += 1
      while index < bytes.count {
        let byte = bytes[index]
        if byte == 0x22 {
          index += 1
          return true
        }
        if byte < 0x20 { return false }
        index += byte == 0x5C ? 2 : 1
      }
      return false
    }

    mutating func skipKeyAndColon() -> Bool {
      skipSpace()
      guard skipString() else { return false }
      skipSpace()
      guard index < bytes.count, bytes[index] == 0x3A else { return false }
      index += 1
      return true
    }

    mutating func skipWord(_ word: StaticString) -> Bool {
      let count = word.utf8CodeUnitCount
      guard index + count <= bytes.count else { return false }
      for offset in 0..<count where bytes[index + offset] != word.utf8Start[offset] {
        return false
      }
      index += count
      return true
    }

    mutating func skipNumber() -> Bool {
      let start = index
      while index < bytes.count {
        let byte = bytes[index]
        guard
          (0x30...0x39).contains(byte) || byte == 0x2D || byte == 0x2E || byte == 0x65
            || byte == 0x45 || byte == 0x2B
        else { break }
        index += 1
      }
      return index > start
    }

    mutating func run() -> Bool {
      var stack: [UInt8] = []
      stack.reserveCapacity(8)
      var expectValue = true
      while true {
        skipSpace()
        guard index < bytes.count else { return stack.isEmpty && !expectValue }
        let byte = bytes[index]
        if expectValue {
          switch byte {
          case 0x7B, 0x5B:  // { [
            index += 1
            skipSpace()
            let close: UInt8 = byte == 0x7B ? 0x7D : 0x5D
            if index < bytes.count, bytes[index] == close {
              index += 1
              expectValue = false
            } else {
              stack.append(byte)
              if byte == 0x7B, !skipKeyAndColon() { return false }
            }
            continue
          case 0x22: guard skipString() else { return false }
          case 0x74: guard skipWord("true") else { return false }
          case 0x66: guard skipWord("false") else { return false }
          case 0x6E: guard skipWord("null") else { return false }
          default: guard skipNumber() else { return false }
          }
          expectValue = false
        } else {
          guard let open = stack.last else { return false }
          if byte == 0x2C {  // ,
            index += 1
            expectValue = true
            if open == 0x7B, !skipKeyAndColon() { return false }
          } else if (byte == 0x7D && open == 0x7B) || (byte == 0x5D && open == 0x5B) {
            index += 1
            stack.removeLast()
          } else {
            return false
          }
        }
      }
    }
  }

  /// The start time and whether any step was worked, for a well-formed log line.
  static func streakFacts(_ bytes: UnsafeBufferPointer<UInt8>) -> (
    startedAt: Timestamp, didWork: Bool
  )? {
    // These lines only feed the weekly streak, so they are checked for shape (one braced
    // object whose start time parses) rather than validated byte by byte, which would cost
    // most of the time `glide stats` takes over a large log.
    guard let first = bytes.first(where: { $0 != 0x20 && $0 != 0x09 }), first == 0x7B,
      bytes.last(where: { $0 != 0x20 && $0 != 0x09 }) == 0x7D,
      let start = find(Array("\"started_at\":\"".utf8), in: bytes)
    else {
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
