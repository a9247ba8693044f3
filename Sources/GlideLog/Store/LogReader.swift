import GlideSystem

/// Reads the session log without ever writing it, and never whole: lines are read a chunk
/// at a time from the end backwards, newest first, for as far as a query needs, so memory
/// stays the same for a log of a hundred sessions or a million.
public struct LogReader {
  /// The log's path.
  public let path: String
  private let handle: LogHandle?
  /// Lines read that were not a readable record.
  public private(set) var skipped = 0
  /// The byte offset of the oldest unreadable line read.
  private var oldestSkippedOffset: Int64?
  /// Where `glide log merge` appended older sessions after newer ones: in these ranges a
  /// visitor's "no further" does not end the walk (see `MergeIndex`).
  private let merged: [Range<Int64>]

  /// Opens the log at `path`; a missing log reads as empty. A path that is not a regular
  /// file (a FIFO would block) is refused.
  public init(path: String, disk: any Disk = SystemDisk()) throws(LogError) {
    self.path = path
    try LogKind.check(path, doing: "cannot read the session log", on: disk)
    let ranges = MergeIndex.ranges(forLog: path, on: disk)
    let fd = disk.openRegular(path)
    if fd < 0 {
      if SystemError.last == .missing {
        handle = nil
        merged = []
        return
      }
      throw LogError.system("cannot read the session log", path)
    }
    let handle = LogHandle(fd, disk)
    self.handle = handle
    merged = MergeIndex.trusted(ranges, size: handle.size) { offset in
      var byte: UInt8 = 0
      let count = withUnsafeMutableBytes(of: &byte) { handle.read(into: $0, count: 1, at: offset) }
      return count == 1 ? byte : nil
    }
  }

  /// Visits records newest first (from the end of the file) until `visit` returns false,
  /// with each record's stored line (without its newline).
  public mutating func newestFirst(
    _ visit: (SessionRecord, _ raw: UnsafeBufferPointer<UInt8>) -> Bool
  ) {
    newestLines { line in
      guard let record = SessionRecord(jsonLine: line) else { return nil }
      return visit(record, line)
    }
  }

  /// Visits the readable records' stored lines newest first, every one, building no record:
  /// a line is checked as it lies (`RecordCheck`), parsed only when the check cannot tell.
  public mutating func newestReadableLines(_ visit: (UnsafeBufferPointer<UInt8>) -> Void) {
    newestLines { line in
      guard RecordCheck.isReadable(line) ?? (SessionRecord(jsonLine: line) != nil) else {
        return nil
      }
      visit(line)
      return true
    }
  }

  /// Visits lines newest first: those `full` accepts are parsed whole and passed to
  /// `record`; older ones are skimmed for their start time and whether work was done and
  /// passed to `skim`. Either visitor stops the walk by returning false. Once a line is
  /// too old for `full`, later ones are skimmed first and parsed only if `full` takes
  /// them after all (merged sessions come out of order).
  public mutating func newestFirst(
    parseWhile full: (Timestamp) -> Bool,
    record: (SessionRecord) -> Bool,
    skim: (Timestamp, Bool) -> Bool
  ) {
    var parsing = true
    newestLines { line in
      if parsing {
        guard let parsed = SessionRecord(jsonLine: line) else { return nil }
        if full(parsed.startedAt) { return record(parsed) }
        parsing = false
        return skim(parsed.startedAt, parsed.didWork)
      }
      guard let facts = JSONSkim.streakFacts(line) else { return nil }
      if full(facts.startedAt) {
        guard let parsed = SessionRecord(jsonLine: line) else { return nil }
        return record(parsed)
      }
      return skim(facts.startedAt, facts.didWork)
    }
  }

  /// Visits the log's non-blank lines newest first, each without its line ending, until
  /// `visit` returns false for a line outside the merged ranges; a line it returns nil for
  /// is counted as unreadable.
  mutating func newestLines(_ visit: (UnsafeBufferPointer<UInt8>) -> Bool?) {
    guard let handle else { return }
    var skipped = 0
    var oldest: Int64?
    handle.backwards { line, offset in
      // A line longer than any record could be is unreadable, and never held in memory.
      guard let line else {
        skipped += 1
        oldest = offset
        return true
      }
      var end = line.count
      if end > 0, line[end - 1] == 0x0D { end -= 1 }
      let trimmed = UnsafeBufferPointer(rebasing: line[..<end])
      if trimmed.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { return true }
      guard let goOn = visit(trimmed) else {
        skipped += 1
        oldest = offset
        return true
      }
      return goOn || merged.contains { $0.contains(offset) }
    }
    self.skipped += skipped
    if let oldest { oldestSkippedOffset = oldest }
  }

  /// "skipped N unreadable lines in PATH (first: line L)", when any were skipped.
  public var skippedMessage: String? {
    guard skipped > 0, let offset = oldestSkippedOffset else { return nil }
    let first = (handle?.newlines(before: offset) ?? 0) + 1
    return
      "skipped \(skipped) unreadable line\(skipped == 1 ? "" : "s") in \(path) (first: line \(first))"
  }
}

/// An open log file, read in chunks.
final class LogHandle {
  /// Bytes read at a time.
  static let chunkSize = 1 << 18
  /// The longest line kept whole: far beyond any real record, so a corrupt log of one
  /// endless line costs bounded memory.
  static let longestLine = 16 << 20

  let fd: Int32
  let disk: any Disk

  init(_ fd: Int32, _ disk: any Disk) {
    self.fd = fd
    self.disk = disk
  }

  deinit { disk.close(fd) }

  /// The file's size now.
  var size: Int64 { disk.stat(fd)?.size ?? 0 }

  /// Whether a read failed (rather than met the end): what was read is not the whole.
  private(set) var failed = false

  /// Reads `count` bytes at `offset` into `buffer`; how many were read.
  func read(into buffer: UnsafeMutableRawBufferPointer, count: Int, at offset: Int64) -> Int {
    var filled = 0
    while filled < count {
      let result = disk.read(
        fd, into: UnsafeMutableRawBufferPointer(rebasing: buffer[filled..<count]),
        at: offset + Int64(filled))
      if result < 0 && SystemError.last == .interrupted { continue }
      if result < 0 { failed = true }
      guard result > 0 else { break }
      filled += result
    }
    return filled
  }

  /// Visits every line from the last to the first, without its newline, with the offset
  /// it starts at; nil for a line over `longestLine`. Stops when `visit` returns false.
  func backwards(_ visit: (UnsafeBufferPointer<UInt8>?, Int64) -> Bool) {
    var end = size
    guard end > 0 else { return }
    let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: Self.chunkSize, alignment: 1)
    defer { buffer.deallocate() }
    // The end part of a line that began in an earlier chunk, in file order.
    var carry: [UInt8] = []
    var carryTooLong = false
    var newlines: [Int] = []
    // The file's last byte is normally a newline: it ends the last line, it does not
    // start an empty one.
    var skipFinalNewline = true
    while end > 0 {
      let start = max(0, end - Int64(Self.chunkSize))
      let count = read(into: buffer, count: Int(end - start), at: start)
      guard count == Int(end - start) else {
        failed = true
        return
      }
      let bytes = UnsafeBufferPointer(
        start: buffer.baseAddress!.assumingMemoryBound(to: UInt8.self), count: count)
      var lineEnd = count
      if skipFinalNewline {
        skipFinalNewline = false
        if bytes[count - 1] == 0x0A { lineEnd = count - 1 }
      }
      // Newlines are found forwards at memory speed (ByteSearch), then visited backwards.
      newlines.removeAll(keepingCapacity: true)
      var from = 0
      while let at = ByteSearch.index(of: 0x0A, in: bytes, from: from, to: lineEnd) {
        newlines.append(at)
        from = at + 1
      }
      for index in newlines.reversed() {
        let offset = start + Int64(index + 1)
        let keepGoing: Bool
        if carryTooLong {
          keepGoing = visit(nil, offset)
        } else if carry.isEmpty {
          keepGoing = visit(UnsafeBufferPointer(rebasing: bytes[(index + 1)..<lineEnd]), offset)
        } else {
          let whole = Array(bytes[(index + 1)..<lineEnd]) + carry
          keepGoing = whole.withUnsafeBufferPointer { visit($0, offset) }
        }
        carry.removeAll(keepingCapacity: false)
        carryTooLong = false
        if !keepGoing { return }
        lineEnd = index
      }
      if !carryTooLong {
        if carry.count + lineEnd > Self.longestLine {
          carry.removeAll(keepingCapacity: false)
          carryTooLong = true
        } else {
          carry = Array(bytes[0..<lineEnd]) + carry
        }
      }
      end = start
    }
    if carryTooLong {
      _ = visit(nil, 0)
    } else {
      _ = carry.withUnsafeBufferPointer { visit($0, 0) }
    }
  }

  /// How many newlines the file holds before `offset`, counted a chunk at a time.
  func newlines(before offset: Int64) -> Int {
    let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: Self.chunkSize, alignment: 1)
    defer { buffer.deallocate() }
    var position: Int64 = 0
    var count = 0
    while position < offset {
      let want = Int(min(Int64(Self.chunkSize), offset - position))
      let got = read(into: buffer, count: want, at: position)
      guard got > 0 else { break }
      for byte in buffer[..<got] where byte == 0x0A { count += 1 }
      position += Int64(got)
    }
    return count
  }
}
