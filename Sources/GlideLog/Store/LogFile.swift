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
  /// exists (created 0700), the path is a file that opens for appending (created 0600),
  /// and the disk is not full.
  public func prepare() throws(LogError) {
    try Self.makeDirectories(LogLocation.directory(of: path))
    var info = stat()
    if stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR {
      throw LogError("cannot write the session log \(path): it is a directory")
    }
    let fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
    guard fd >= 0 else { throw .system("cannot write the session log", path) }
    defer { close(fd) }
    var disk = statvfs()
    if fstatvfs(fd, &disk) == 0, UInt64(disk.f_bavail) * UInt64(disk.f_bsize) < 64 * 1024 {
      throw LogError("cannot write the session log \(path): the disk is full")
    }
  }

  /// Appends one record as one line: built whole, written with a single `write` on an
  /// O_APPEND descriptor under an exclusive flock, then fsynced, so concurrent Glide
  /// processes never interleave or tear lines.
  public func append(_ record: SessionRecord) throws(LogError) {
    try Self.makeDirectories(LogLocation.directory(of: path))
    let line = Array((record.jsonLine + "\n").utf8)
    guard appendLine(line) else { throw .system("cannot write the session log", path) }
  }

  /// Appends bytes that end in a newline, with system calls only (no allocation), so it
  /// is also safe in a forked child; false on failure, with `errno` set.
  public func appendLine(_ line: [UInt8]) -> Bool {
    let fd = path.withCString { open($0, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o600) }
    guard fd >= 0 else { return false }
    defer { close(fd) }
    guard flock(fd, LOCK_EX) == 0 else { return false }
    defer { flock(fd, LOCK_UN) }
    var written = 0
    while written < line.count {
      let result = line.withUnsafeBytes { buffer in
        write(fd, buffer.baseAddress! + written, buffer.count - written)
      }
      if result < 0 {
        if errno == EINTR { continue }
        return false
      }
      written += result
    }
    return fsync(fd) == 0
  }

  /// Whether the last `window` bytes of the log hold a line with this record id.
  public func tailContains(id: String, window: Int = 1 << 20) -> Bool {
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { return false }
    defer { close(fd) }
    let size = lseek(fd, 0, SEEK_END)
    guard size > 0 else { return false }
    let start = max(0, Int(size) - window)
    var bytes = [UInt8](repeating: 0, count: Int(size) - start)
    let count = bytes.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, off_t(start)) }
    guard count > 0 else { return false }
    let needle = Array("\"id\":\(JSONWriter.string(id))".utf8)
    return bytes[..<count].firstRange(of: needle) != nil
  }

  /// Creates `path` and its missing parents, each 0700.
  static func makeDirectories(_ path: String) throws(LogError) {
    var info = stat()
    if stat(path, &info) == 0 {
      guard (info.st_mode & S_IFMT) == S_IFDIR else {
        throw LogError("cannot write the session log: \(path) is not a folder")
      }
      return
    }
    let parent = LogLocation.directory(of: path)
    if parent != path { try makeDirectories(parent) }
    if mkdir(path, 0o700) != 0 && errno != EEXIST {
      throw .system("cannot create the folder for the session log", path)
    }
  }
}
