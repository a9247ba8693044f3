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

  /// "skipped N unreadable lines in PATH (first: line L)", when any were skipped.
  public var skippedMessage: String? {
    guard skipped > 0, let first = firstSkippedLine else { return nil }
    return
      "skipped \(skipped) unreadable line\(skipped == 1 ? "" : "s") in \(path) (first: line \(first))"
  }
}
