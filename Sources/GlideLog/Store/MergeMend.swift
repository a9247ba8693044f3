import GlideSystem

extension MergeIndex {
  /// How far a session may start before one above it in the log and still count as in
  /// order: sessions that run at once end (and are appended) in either order.
  static let slack: Int64 = 24 * 3_600_000

  /// Reads the whole log under the merge's lock (`lock`, the index file open): the ids it
  /// holds, for the merge to skip; and makes the index describe the log again: ranges that
  /// are not whole lines of it (a kill between noting and appending) are dropped, and
  /// sessions out of order that no range covers (a kill, or an index lost) are added.
  /// Throws when the log cannot be read to the end: a merge on half a log adds twice.
  static func mend(_ log: LogFile, lock: Int32) throws(LogError) -> Set<String> {
    let disk = log.disk
    // A batch noted but cut short by a power cut: its torn last line goes, so the merge
    // adds that session again whole (the ranges past the end are dropped below).
    let size = log.size
    for range in ranges(forLog: log.path, on: disk) where range.contains(size) {
      log.cutTornLine(from: range.lowerBound)
    }
    var known = Set<String>()
    var needed: [Range<Int64>] = []
    let fd = disk.openRegular(log.path)
    if fd < 0 {
      guard SystemError.last == .missing else {
        throw .system("cannot read the session log", log.path)
      }
    } else {
      let handle = LogHandle(fd, disk)
      var newest = Int64.min
      handle.forwards { line, offset in
        guard let line, let record = SessionRecord(jsonLine: trimmed(line)) else { return true }
        known.insert(record.id)
        let started = record.startedAt.milliseconds
        guard started < newest &- slack else {
          newest = max(newest, started)
          return true
        }
        let end = offset + Int64(line.count) + 1
        if let last = needed.last, last.upperBound == offset {
          needed[needed.count - 1] = last.lowerBound..<end
        } else {
          needed.append(offset..<end)
        }
        return true
      }
      if handle.failed { throw .system("cannot read the session log", log.path) }
    }
    let claimed = ranges(forLog: log.path, on: disk)
    var kept = claimed.filter { describes($0, log) == true }
    kept += needed.filter { !covered($0, by: kept) }
    if kept != claimed { rewrite(kept, lock: lock, on: disk) }
    return known
  }

  /// A line without its carriage return.
  private static func trimmed(_ line: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
    guard let last = line.last, last == 0x0D else { return line }
    return UnsafeBufferPointer(rebasing: line.dropLast())
  }

  /// Whether `range` is whole lines of the log; nil when the log cannot be read.
  static func describes(_ range: Range<Int64>, _ log: LogFile) -> Bool? {
    let fd = log.disk.openRegular(log.path)
    guard fd >= 0 else { return nil }
    return describes(range, fd: fd, on: log.disk)
  }

  /// Whether `range` is whole lines of the open log `fd`: it ends in the file, the byte
  /// before it and its last byte are newlines. Closes `fd`.
  static func describes(_ range: Range<Int64>, fd: Int32, on disk: any Disk) -> Bool? {
    defer { disk.close(fd) }
    guard let size = disk.stat(fd)?.size else { return nil }
    return isWholeLines(range, size: size) { offset in
      var byte: UInt8 = 0
      let count = withUnsafeMutableBytes(of: &byte) { disk.read(fd, into: $0, at: offset) }
      return count == 1 ? byte : nil
    }
  }

  /// Whether `range` is whole lines of a file of `size` bytes, reading bytes with `byte`.
  static func isWholeLines(_ range: Range<Int64>, size: Int64, byte: (Int64) -> UInt8?) -> Bool {
    guard range.upperBound <= size, byte(range.upperBound - 1) == 0x0A else { return false }
    return range.lowerBound == 0 || byte(range.lowerBound - 1) == 0x0A
  }

  /// Whether `ranges` together cover all of `range`.
  static func covered(_ range: Range<Int64>, by ranges: [Range<Int64>]) -> Bool {
    var position = range.lowerBound
    while position < range.upperBound {
      guard let next = ranges.first(where: { $0.contains(position) }) else { return false }
      position = next.upperBound
    }
    return true
  }

  /// Drops `range` from the index of the log at `logPath`: its lines never went in.
  static func forget(
    _ range: Range<Int64>, forLog logPath: String, lock: Int32, on disk: any Disk
  ) {
    rewrite(ranges(forLog: logPath, on: disk).filter { $0 != range }, lock: lock, on: disk)
  }

  /// The ranges to follow when reading a log of `size` bytes, with `byte` reading one of
  /// its bytes: the index's, when each is whole lines of it; otherwise the whole log,
  /// since an index that does not describe the log says nothing about where merged
  /// sessions are.
  static func trusted(_ ranges: [Range<Int64>], size: Int64, byte: (Int64) -> UInt8?)
    -> [Range<Int64>]
  {
    ranges.allSatisfy { isWholeLines($0, size: size, byte: byte) } ? ranges : [0..<Int64.max]
  }

  /// Replaces the index's content with `ranges`, in place: the index file is the merge's
  /// lock, which a rename would take from a merge waiting for it. A kill half way loses
  /// ranges, which the next merge finds again.
  static func rewrite(_ ranges: [Range<Int64>], lock: Int32, on disk: any Disk) {
    let text = ranges.map { "\($0.lowerBound) \($0.upperBound)\n" }.joined()
    guard disk.truncate(lock, 0) else { return }
    if disk.writeAll(lock, Array(text.utf8), at: 0) { _ = disk.sync(lock) }
  }
}
