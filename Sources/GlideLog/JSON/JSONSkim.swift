/// Reads just enough of a log line to count it in a weekly streak, without building any
/// values: its start time and whether any step was worked are found by scanning.
/// `glide stats` reads lines older than its window this way, which keeps it fast over
/// 100,000 sessions.
enum JSONSkim {
  /// The start time and whether any step was worked, for a log line of the right shape.
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
