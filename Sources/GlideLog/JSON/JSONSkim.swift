import GlideSystem

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
      let start = find(startedAtKey, in: bytes)
    else {
      return nil
    }
    var end = start
    while end < bytes.count, bytes[end] != UInt8(ascii: "\"") { end += 1 }
    guard
      let timestamp = Timestamp(utf8: UnsafeBufferPointer(rebasing: bytes[start..<end]))
    else { return nil }
    // Step outcomes are done, partial or skipped; a session's are never done or partial,
    // and a quote inside a string is escaped, so these bytes can only be a step's outcome.
    let worked = find(doneKey, in: bytes) != nil || find(partialKey, in: bytes) != nil
    return (timestamp, worked)
  }

  static let startedAtKey = Array("\"started_at\":\"".utf8)
  static let doneKey = Array("\"outcome\":\"done\"".utf8)
  static let partialKey = Array("\"outcome\":\"partial\"".utf8)

  /// The index just past the first occurrence of `needle`.
  static func find(_ needle: [UInt8], in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    ByteSearch.end(of: needle, in: bytes)
  }
}
