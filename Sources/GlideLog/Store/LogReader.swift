#if canImport(Glibc)
  import Glibc
#endif

/// Reads the session log without ever writing it: lines are split once, and parsed only
/// as far back as a query needs.
public struct LogReader {
  /// The log's path.
  public let path: String
  private let bytes: [UInt8]
  private let lineStarts: [Int]
  /// Lines read that were not a readable record.
  public private(set) var skipped = 0
  /// The first (lowest-numbered) unreadable line read.
  public private(set) var firstSkippedLine: Int?

  /// Opens the log at `path`; a missing log reads as empty.
  public init(path: String) throws(LogError) {
    self.path = path
    try LogKind.check(path, doing: "cannot read the session log")
    if let bytes = readAll(path) {
      self.bytes = bytes
    } else {
      var info = stat()
      if stat(path, &info) == 0 {
        throw LogError.system("cannot read the session log", path)
      }
      bytes = []
    }
    var starts = [0]
    bytes.withUnsafeBufferPointer { buffer in
      for index in buffer.indices where buffer[index] == 0x0A { starts.append(index + 1) }
    }
    lineStarts = starts
  }

  /// How many lines the log has (a final line without newline counts).
  public var lineCount: Int {
    lineStarts.last == bytes.count ? lineStarts.count - 1 : lineStarts.count
  }

  /// Visits records newest first (from the end of the file) until `visit` returns false.
  public mutating func newestFirst(
    _ visit: (SessionRecord, _ line: Int, _ raw: ArraySlice<UInt8>) -> Bool
  ) {
    var line = lineCount
    while line >= 1 {
      let start = lineStarts[line - 1]
      var end = line < lineStarts.count ? lineStarts[line] : bytes.count
      if end > start, bytes[end - 1] == 0x0A { end -= 1 }
      if end > start, bytes[end - 1] == 0x0D { end -= 1 }
      let raw = bytes[start..<end]
      if !raw.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) {
        if let record = SessionRecord(jsonLine: raw) {
          if !visit(record, line, raw) { return }
        } else {
          skipped += 1
          firstSkippedLine = line
        }
      }
      line -= 1
    }
  }

  /// The line numbers of the log from newest to oldest, with each line's bytes.
  func line(_ number: Int) -> Range<Int> {
    let start = lineStarts[number - 1]
    var end = number < lineStarts.count ? lineStarts[number] : bytes.count
    if end > start, bytes[end - 1] == 0x0A { end -= 1 }
    if end > start, bytes[end - 1] == 0x0D { end -= 1 }
    return start..<end
  }

  /// Visits lines newest first: those `full` accepts are parsed whole and passed to
  /// `record`; older ones are skimmed for their start time and whether work was done and
  /// passed to `skim`. Either visitor stops the walk by returning false.
  public mutating func newestFirst(
    parseWhile full: (Timestamp) -> Bool,
    record: (SessionRecord) -> Bool,
    skim: (Timestamp, Bool) -> Bool
  ) {
    var number = lineCount
    var parsing = true
    while number >= 1 {
      let range = line(number)
      let visit: Bool? = bytes.withUnsafeBufferPointer { buffer in
        let slice = UnsafeBufferPointer(rebasing: buffer[range])
        if slice.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { return true }
        if parsing {
          if let parsed = SessionRecord(jsonLine: slice) {
            if full(parsed.startedAt) { return record(parsed) }
            parsing = false
            return skim(parsed.startedAt, parsed.didWork)
          }
          return nil
        }
        guard let facts = JSONSkim.streakFacts(slice) else { return nil }
        return skim(facts.startedAt, facts.didWork)
      }
      switch visit {
      case nil:
        skipped += 1
        firstSkippedLine = number
      case false?:
        return
      case true?:
        break
      }
      number -= 1
    }
  }

  /// "skipped N unreadable lines in PATH (first: line L)", when any were skipped.
  public var skippedMessage: String? {
    guard skipped > 0, let first = firstSkippedLine else { return nil }
    return
      "skipped \(skipped) unreadable line\(skipped == 1 ? "" : "s") in \(path) (first: line \(first))"
  }
}

/// The whole content of a file, or nil when it cannot be read.
func readAll(_ path: String) -> [UInt8]? {
  let fd = LogKind.openRegular(path)
  guard fd >= 0 else { return nil }
  defer { close(fd) }
  var info = stat()
  guard fstat(fd, &info) == 0 else { return nil }
  let size = Int(info.st_size)
  return [UInt8](unsafeUninitializedCapacity: size) { buffer, initialized in
    var filled = 0
    while filled < size {
      let count = read(fd, buffer.baseAddress! + filled, size - filled)
      if count < 0 && errno == EINTR { continue }
      guard count > 0 else { break }
      filled += count
    }
    initialized = filled
  }
}
