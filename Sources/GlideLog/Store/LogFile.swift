import GlideSystem

/// The session log on disk: one JSON line per session, only ever appended to.
public struct LogFile: Sendable {
  /// The log's path.
  public let path: String
  /// Where its file operations go: the system, or a test's faulty disk.
  public let disk: any Disk

  /// A log at `path`, on `disk`.
  public init(path: String, disk: any Disk = SystemDisk()) {
    self.path = path
    self.disk = disk
  }

  /// Makes sure a session's line can be written, before the session starts: the folder
  /// exists (created 0700), the path is a regular file (not a FIFO, device, socket or
  /// folder) that opens for appending (created 0600), and the disk is not full.
  public func prepare() throws(LogError) {
    try makeDirectories(LogLocation.directory(of: path))
    try LogKind.check(path, doing: "cannot write the session log", on: disk)
    let fd = disk.open(path, [.writeOnly, .append, .create, .nonBlocking], 0o600)
    guard fd >= 0 else { throw .system("cannot write the session log", path) }
    defer { disk.close(fd) }
    if let info = disk.stat(fd), let kind = LogKind.describe(info.kind) {
      throw LogError("cannot write the session log \(path): it is \(kind), not a file")
    }
    if let free = disk.freeBytes(fd), free < 64 * 1024 {
      throw LogError("cannot write the session log \(path): the disk is full")
    }
  }

  /// Appends one record as one line: built whole, written with a single `write` on an
  /// O_APPEND descriptor under an exclusive flock, then fsynced, so concurrent Glide
  /// processes never interleave or tear lines. `beforeWriting` runs under the lock with the
  /// log's size, the offset the line will land at: a journal notes it, so whoever finds
  /// the journal later knows where to look for the line.
  public func append(
    _ record: SessionRecord, replacingTornLineAt torn: Int64? = nil,
    beforeWriting: (_ offset: Int64) -> Void = { _ in }
  ) throws(LogError) {
    try makeDirectories(LogLocation.directory(of: path))
    try LogKind.check(path, doing: "cannot write the session log", on: disk)
    let line = Array((record.jsonLine + "\n").utf8)
    let landed = appendLine(line, replacingTornLineAt: torn) { offset in
      beforeWriting(offset)
      return true
    }
    guard landed else {
      if SystemError.last == .invalid {
        throw LogError("cannot write the session log \(path): it is not a regular file")
      }
      throw .system("cannot write the session log", path)
    }
  }

  /// Appends bytes that end in a newline, whole or not at all: under the log's lock, after
  /// a newline when the log's last line lacks one (a hand edit), so two lines never glue;
  /// a write that fails part way is cut off again. `torn` is where a line that a power
  /// cut may have torn starts (a journal noted it): a fragment of `line` there, alone at
  /// the end, is replaced rather than kept as a broken line. `beforeWriting` gets the
  /// offset the line will start at, and may refuse the write (false, `errno` set). False
  /// on failure, with `errno` set (`EINVAL` when the path is not a regular file).
  public func appendLine(
    _ line: [UInt8], replacingTornLineAt torn: Int64? = nil,
    beforeWriting: (_ offset: Int64) -> Bool = { _ in true }
  ) -> Bool {
    let fd = disk.open(path, [.readWrite, .append, .create, .nonBlocking], 0o600)
    guard fd >= 0 else { return false }
    defer { disk.close(fd) }
    guard let info = disk.stat(fd) else { return false }
    guard info.isRegular else {
      SystemError.last = .invalid
      return false
    }
    // Read and write: the last byte says whether the log ends its last line.
    Descriptor.makeBlocking(fd)
    guard disk.lockWaiting(fd, .exclusive) else { return false }
    defer { _ = disk.lock(fd, .unlock) }
    guard let size = disk.stat(fd)?.size, let end = endLine(fd, size, torn: torn, line: line)
    else { return false }
    let bytes = end.separator ? [0x0A] + line : line
    guard beforeWriting(end.size + (end.separator ? 1 : 0)) else { return false }
    guard disk.writeAll(fd, bytes), disk.sync(fd) else {
      let failure = SystemError.last
      if disk.truncate(fd, end.size) { _ = disk.sync(fd) }
      SystemError.last = failure
      return false
    }
    return true
  }

  /// Where the log's lines end: its size, after cutting a torn fragment of `line` at
  /// `torn`, and whether a newline must come first; nil when the log cannot be read.
  private func endLine(_ fd: Int32, _ size: Int64, torn: Int64?, line: [UInt8])
    -> (size: Int64, separator: Bool)?
  {
    guard size > 0 else { return (0, false) }
    let tail = Int(min(size, Int64(line.count)))
    var bytes = [UInt8](repeating: 0, count: tail)
    let read = bytes.withUnsafeMutableBytes {
      disk.readFully(fd, into: $0, count: tail, at: size - Int64(tail))
    }
    guard read == tail else {
      if SystemError.last == .none { SystemError.last = .inputOutput }
      return nil
    }
    guard bytes.last != 0x0A else { return (size, false) }
    if let torn, torn >= size - Int64(tail), torn < size {
      let fragment = bytes[Int(torn - (size - Int64(tail)))...]
      if !fragment.contains(0x0A), line.starts(with: fragment) {
        guard disk.truncate(fd, torn) else { return nil }
        return (torn, false)
      }
    }
    return (size, true)
  }

  /// Cuts the last line off when the log ends inside it and it starts at or after
  /// `start`: the part of a batch that a power cut let through, which its writer (a merge,
  /// whose index noted where the batch began) will write again whole.
  func cutTornLine(from start: Int64) {
    let fd = disk.open(path, [.readWrite, .nonBlocking], 0)
    guard fd >= 0 else { return }
    defer { disk.close(fd) }
    guard disk.lockWaiting(fd, .exclusive) else { return }
    defer { _ = disk.lock(fd, .unlock) }
    guard let size = disk.stat(fd)?.size, size > start, size - start <= LogHandle.longestLine
    else { return }
    var bytes = [UInt8](repeating: 0, count: Int(size - start))
    let read = bytes.withUnsafeMutableBytes {
      disk.readFully(fd, into: $0, count: $0.count, at: start)
    }
    guard read == bytes.count, bytes.last != 0x0A else { return }
    let lineStart = bytes.lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
    if disk.truncate(fd, start + Int64(lineStart)) { _ = disk.sync(fd) }
  }

  /// The log's size in bytes; 0 when it does not exist yet.
  public var size: Int64 { disk.stat(path)?.size ?? 0 }

  /// The log file's identity (`DEVICE:INODE`); nil when it does not exist yet.
  public var identity: String? { disk.stat(path)?.identity }

  /// Whether a whole line with this record id was appended at or after `offset`; nil
  /// when the log could not be read to the end.
  public func contains(id: String, from offset: Int64) -> Bool? {
    LogScan.contains(id: id, in: path, from: offset, on: disk)
  }

  /// Creates `path` and its missing parents, each 0700.
  func makeDirectories(_ path: String) throws(LogError) {
    if let info = disk.stat(path) {
      guard info.kind == .folder else {
        throw LogError("cannot write the session log: \(path) is not a folder")
      }
      return
    }
    let parent = LogLocation.directory(of: path)
    if parent != path { try makeDirectories(parent) }
    if !disk.makeFolder(path) && !SystemError.last.isExisting {
      throw .system("cannot create the folder for the session log", path)
    }
  }
}
