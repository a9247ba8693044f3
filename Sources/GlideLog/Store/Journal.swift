#if canImport(Glibc)
  import Glibc
#endif

/// A running session's progress, kept beside the log so a killed session is not lost.
///
/// Each session has its own journal file, replaced atomically (write a temporary file,
/// fsync, rename), and a lock file it holds an exclusive flock on for as long as it
/// lives. A journal whose lock can be taken belongs to a dead session.
public final class Journal {
  /// The journal's path.
  public let path: String
  private let lockPath: String
  private var lockDescriptor: Int32

  /// Starts a journal for the session `id`, beside the log at `logPath`.
  public init(logPath: String, id: String) throws(LogError) {
    let folder = LogLocation.directory(of: logPath)
    path = "\(folder)/.glide-\(id).journal"
    lockPath = "\(folder)/.glide-\(id).lock"
    lockDescriptor = open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
    guard lockDescriptor >= 0 else { throw .system("cannot create the session journal", lockPath) }
    guard flock(lockDescriptor, LOCK_EX | LOCK_NB) == 0 else {
      close(lockDescriptor)
      throw .system("cannot lock the session journal", lockPath)
    }
  }

  deinit {
    if lockDescriptor >= 0 { close(lockDescriptor) }
  }

  /// Replaces the journal with this record.
  public func write(_ record: SessionRecord) throws(LogError) {
    let temporary = path + ".tmp"
    let bytes = Array((record.jsonLine + "\n").utf8)
    let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
    guard fd >= 0 else { throw .system("cannot write the session journal", temporary) }
    let written = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
    let synced = fsync(fd) == 0
    close(fd)
    guard written == bytes.count, synced, rename(temporary, path) == 0 else {
      unlink(temporary)
      throw .system("cannot write the session journal", path)
    }
  }

  /// Removes the journal: the session's line is in the log.
  public func finish() {
    unlink(path)
    unlink(path + ".tmp")
    unlink(lockPath)
    if lockDescriptor >= 0 {
      close(lockDescriptor)
      lockDescriptor = -1
    }
  }

  /// Moves every journal left by a dead session into the log as `interrupted`, once:
  /// a journal whose line already reached the log is only removed. Returns what it added.
  public static func recover(into log: LogFile) -> [SessionRecord] {
    let folder = LogLocation.directory(of: log.path)
    guard let directory = opendir(folder) else { return [] }
    var names: [String] = []
    while let entry = readdir(directory) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
      }
      if name.hasPrefix(".glide-") && name.hasSuffix(".journal") { names.append(name) }
    }
    closedir(directory)
    var recovered: [SessionRecord] = []
    for name in names.sorted() {
      let journalPath = "\(folder)/\(name)"
      let lockPath = String(journalPath.dropLast(".journal".count)) + ".lock"
      let lock = open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
      guard lock >= 0 else { continue }
      defer { close(lock) }
      guard flock(lock, LOCK_EX | LOCK_NB) == 0 else { continue }  // its session is alive
      guard let bytes = readAll(journalPath) else { continue }
      let line = bytes.last == 0x0A ? Array(bytes.dropLast()) : bytes
      if var record = SessionRecord(jsonLine: line) {
        record.outcome = "interrupted"
        if !log.tailContains(id: record.id) {
          do {
            try log.append(record)
            recovered.append(record)
          } catch {
            continue  // keep the journal for the next try
          }
        }
      }
      unlink(journalPath)
      unlink(journalPath + ".tmp")
      unlink(lockPath)
    }
    return recovered
  }
}

/// The whole content of a file, or nil when it cannot be read.
func readAll(_ path: String) -> [UInt8]? {
  let fd = open(path, O_RDONLY | O_CLOEXEC)
  guard fd >= 0 else { return nil }
  defer { close(fd) }
  var info = stat()
  guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
  let size = Int(info.st_size)
  // Read straight into uninitialised storage: no zero-filling 60 MB before reading it.
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
