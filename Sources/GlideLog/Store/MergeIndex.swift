import GlideSystem

/// Where in a log `glide log merge` appended sessions of another log, kept beside it
/// (`.sessions.jsonl.glide-merged`, a line `START END` of byte offsets per batch).
///
/// A log is otherwise in the order its sessions ended, and every reader walks it backwards
/// and stops at the first session older than it needs. A merge appends another machine's
/// older sessions after this one's newer ones, only ever appending: in those ranges a
/// reader must not stop, or this week would end at the first merged session from June.
/// Everything appended after a merge is newer than what it merged, so outside the ranges
/// the order still holds. Losing the file loses no session, only that knowledge.
enum MergeIndex {
  /// The largest index read: sixteen bytes or so a merge batch.
  static let largest = 1 << 20

  /// The index file of the log at `logPath`.
  static func path(forLog logPath: String) -> String {
    let name = JournalName(logPath: logPath)
    return "\(name.folder)/\(name.prefix)merged"
  }

  /// The merged byte ranges of the log at `logPath`, in the order they were appended.
  static func ranges(forLog logPath: String, on disk: any Disk) -> [Range<Int64>] {
    ranges(at: path(forLog: logPath), on: disk)
  }

  /// The ranges in the index file at `path`.
  static func ranges(at path: String, on disk: any Disk) -> [Range<Int64>] {
    guard let bytes = disk.readSmallFile(path, limit: largest)
    else {
      return []
    }
    // Past the limit, only whole lines: a cut one could read as another range.
    let whole =
      bytes.count > largest ? bytes[..<(bytes[..<largest].lastIndex(of: 0x0A) ?? 0)] : bytes[...]
    return whole.split(separator: 0x0A).compactMap { line in
      let numbers = line.split(separator: 0x20).compactMap {
        Int64(String(decoding: $0, as: UTF8.self))
      }
      guard numbers.count == 2, numbers[0] >= 0, numbers[0] < numbers[1] else { return nil }
      return numbers[0]..<numbers[1]
    }
  }

  /// Notes that `range` of the log at `logPath` holds merged sessions; false when the
  /// index could not be written (the sessions are in the log all the same).
  @discardableResult
  static func note(_ range: Range<Int64>, forLog logPath: String, on disk: any Disk) -> Bool {
    let fd = disk.open(path(forLog: logPath), [.readWrite, .append, .create], 0o600)
    guard fd >= 0 else { return false }
    defer { disk.close(fd) }
    var line = Array("\(range.lowerBound) \(range.upperBound)\n".utf8)
    // A line a power cut tore must not glue to this one.
    if let size = disk.stat(fd)?.size, size > 0 {
      var last: UInt8 = 0
      let read = withUnsafeMutableBytes(of: &last) { disk.read(fd, into: $0, at: size - 1) }
      guard read == 1 else { return false }
      if last != 0x0A { line.insert(0x0A, at: 0) }
    }
    return disk.writeAll(fd, line) && disk.sync(fd)
  }
}
