import GlideSystem

#if canImport(Glibc)
  import Glibc
#endif

/// The session log on disk: one JSON line per session, only ever appended to.
public struct LogFile: Sendable {
  /// The log's path.
  public let path: String

  /// A log at `path`.
  public init(path: String) {
    self.path = path
  }

  /// Makes sure a session's line can be written, before the session starts: the folder
  /// exists (created 0700), the path is a regular file (not a FIFO, device, socket or
  /// folder) that opens for appending (created 0600), and the disk is not full.
  public func prepare() throws(LogError) {
    try Self.makeDirectories(LogLocation.directory(of: path))
    try LogKind.check(path, doing: "cannot write the session log")
    let fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC | O_NONBLOCK, 0o600)
    guard fd >= 0 else { throw .system("cannot write the session log", path) }
    defer { close(fd) }
    if let status = try? FileStatus(descriptor: fd), let kind = LogKind.describe(status.kind) {
      throw LogError("cannot write the session log \(path): it is \(kind), not a file")
    }
    var disk = statvfs()
    if fstatvfs(fd, &disk) == 0, UInt64(disk.f_bavail) * UInt64(disk.f_bsize) < 64 * 1024 {
      throw LogError("cannot write the session log \(path): the disk is full")
    }
  }

  /// Appends one record as one line: built whole, written with a single `write` on an
  /// O_APPEND descriptor under an exclusive flock, then fsynced, so concurrent Glide
  /// processes never interleave or tear lines. `beforeWriting` runs under the lock with the
  /// log's size, the offset the line will land at: a journal notes it, so whoever finds
  /// the journal later knows where to look for the line.
  public func append(
    _ record: SessionRecord, beforeWriting: (_ offset: Int64) -> Void = { _ in }
  ) throws(LogError) {
    try Self.makeDirectories(LogLocation.directory(of: path))
    try LogKind.check(path, doing: "cannot write the session log")
    let line = Array((record.jsonLine + "\n").utf8)
    guard appendLine(line, beforeWriting: beforeWriting) else {
      if errno == EINVAL {
        throw LogError("cannot write the session log \(path): it is not a regular file")
      }
      throw .system("cannot write the session log", path)
    }
  }

  /// Appends bytes that end in a newline, with system calls only (no allocation), so it
  /// is also safe in a forked child; false on failure, with `errno` set (`EINVAL` when the
  /// path is not a regular file).
  public func appendLine(
    _ line: [UInt8], beforeWriting: (_ offset: Int64) -> Void = { _ in }
  ) -> Bool {
    let fd = path.withCString {
      open($0, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC | O_NONBLOCK, 0o600)
    }
    guard fd >= 0 else { return false }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0 else { return false }
    guard (info.st_mode & S_IFMT) == S_IFREG else {
      errno = EINVAL
      return false
    }
    _ = fcntl(fd, F_SETFL, O_APPEND)
    guard flock(fd, LOCK_EX) == 0 else { return false }
    defer { flock(fd, LOCK_UN) }
    guard fstat(fd, &info) == 0 else { return false }
    beforeWriting(Int64(info.st_size))
    return Descriptor.writeAll(fd, line) && fsync(fd) == 0
  }

  /// The log's size in bytes; 0 when it does not exist yet.
  public var size: Int64 {
    var info = stat()
    guard stat(path, &info) == 0 else { return 0 }
    return Int64(info.st_size)
  }

  /// Whether a line with this record id was appended at or after `offset`.
  public func contains(id: String, from offset: Int64) -> Bool {
    LogScan.contains(id: id, in: path, from: offset)
  }

  /// Creates `path` and its missing parents, each 0700.
  static func makeDirectories(_ path: String) throws(LogError) {
    do {
      try Folders.make(path, mode: 0o700)
    } catch let error where error == .notFolder {
      throw LogError("cannot write the session log: \(path) is not a folder")
    } catch {
      throw LogError("cannot create the folder for the session log \(path): \(error.reason)")
    }
  }
}
