import GlideSystem

#if canImport(Glibc)
  import Glibc
#endif

/// A running session's progress, kept beside its log so a killed session is not lost.
///
/// Each session has its own journal file, named after the log it belongs to, and a lock
/// file it holds an exclusive flock on for as long as it lives. A synced write replaces
/// the journal atomically (write a temporary file, sync, rename). A refresh between them
/// is written in place into the same file, a page past the synced record (see
/// `JournalFile`): one `pwrite`, no new file and no rename, because a rename over a file
/// makes the file system flush it, and the timer would wait on the disk every ten seconds.
/// The same open file takes a crash's instant (`CrashMarker`), so a crash whose handler
/// runs loses none of the time since the last write.
/// A journal whose lock can be taken, and whose process is gone, belongs to a dead
/// session; `recover(into:)` moves it into its log.
public final class Journal {
  /// The journal's path.
  public let path: String
  private let lockPath: String
  private var lockDescriptor: Int32
  private let log: LogFile
  private let owner: ProcessIdentity?
  /// The journal file as last replaced, open for refreshes; -1 before the first write.
  private var refreshDescriptor: Int32 = -1
  /// Where refreshes go: the page after the synced record, past the crash marker's slot.
  private var refreshOffset: Int64 = 0
  /// The crash marker's slot this journal armed; 0 for none.
  private var armed: UInt64 = 0
  /// The length of the last refresh, which a shorter one pads to with spaces.
  private var refreshLength = 0

  /// Starts a journal for the session `id`, beside `log`.
  public init(log: LogFile, id: String) throws(LogError) {
    let name = JournalName(logPath: log.path)
    self.log = log
    path = name.journal(id)
    lockPath = name.lock(id)
    owner = .current
    lockDescriptor = -1
    lockDescriptor = try Self.takeLock(lockPath)
    CrashMarker.prepare()
  }

  deinit {
    CrashMarker.disarm(armed)
    if lockDescriptor >= 0 { close(lockDescriptor) }
    if refreshDescriptor >= 0 { close(refreshDescriptor) }
  }

  /// Keeps this record in the journal. `synced` replaces the journal and writes it to the
  /// disk before going on (item changes, pause, resume); otherwise it is refreshed in
  /// place, which a kill cannot undo and only a power loss can take, back to the last
  /// synced write. `clock` is the clock that ran when the record was taken, if one did: a
  /// crash before the next write credits it the time up to the crash.
  public func write(
    _ record: SessionRecord, synced: Bool, clock: JournalClock? = nil
  ) throws(LogError) {
    try write(
      JournalFile(log: log.path, owner: owner, logOffset: nil, record: record, clock: clock),
      synced)
  }

  /// Where a crash's marker goes: the journal file, open, and the slot's offset; nil
  /// before the first write and after the last.
  var markerSlot: (descriptor: Int32, offset: Int64)? {
    refreshDescriptor < 0
      ? nil : (refreshDescriptor, refreshOffset - Int64(CrashMarker.size))
  }

  /// Appends the session's final record to the log and removes the journal. The journal
  /// first notes where in the log the line goes, so a kill between the two never adds it
  /// twice; when the log cannot be written, the journal keeps the final record (what the
  /// screen showed), and the next command adds it, once, even if the printed line was
  /// added by hand meanwhile.
  public func finish(_ record: SessionRecord) throws(LogError) {
    var offset: Int64?
    do {
      try log.append(record) { size in
        offset = size
        try? self.write(
          JournalFile(log: self.log.path, owner: self.owner, logOffset: size, record: record), true)
      }
    } catch {
      let final = JournalFile(
        log: log.path, owner: owner, logOffset: offset ?? log.size, record: record)
      try? write(final, true)
      throw error
    }
    remove()
  }

  /// Removes the journal and its lock: the session's line is in the log.
  func remove() {
    CrashMarker.disarm(armed)
    armed = 0
    unlink(path)
    unlink(path + ".tmp")
    unlink(lockPath)
    if lockDescriptor >= 0 {
      close(lockDescriptor)
      lockDescriptor = -1
    }
    if refreshDescriptor >= 0 {
      close(refreshDescriptor)
      refreshDescriptor = -1
    }
  }

  private func write(_ file: JournalFile, _ synced: Bool) throws(LogError) {
    keepLock()
    var bytes = file.bytes
    if !synced, refreshDescriptor >= 0 {
      if bytes.count < refreshLength {
        bytes += [UInt8](repeating: JournalFile.padding, count: refreshLength - bytes.count)
      }
      if Descriptor.writeAll(refreshDescriptor, bytes, at: refreshOffset) {
        refreshLength = bytes.count
        return
      }
      // The slot could not be written: replace the whole file instead.
    }
    try Self.replace(path, with: bytes, synced: synced)
    // The new file is armed before the old one is closed, so a crash never writes into a
    // descriptor that is closed or already reused.
    let previous = refreshDescriptor
    refreshDescriptor = open(path, O_WRONLY | O_CLOEXEC)
    refreshOffset = Int64(JournalFile.refreshOffset(afterRecordOf: bytes.count))
    refreshLength = 0
    if let slot = markerSlot {
      armed = CrashMarker.arm(descriptor: slot.descriptor, offset: slot.offset)
    } else {
      CrashMarker.disarm(armed)
      armed = 0
    }
    if previous >= 0 { close(previous) }
  }

  /// Puts the lock back if someone deleted its file, so no later command takes this live
  /// session for a dead one.
  private func keepLock() {
    var info = stat()
    guard lockDescriptor >= 0, fstat(lockDescriptor, &info) == 0, info.st_nlink == 0 else {
      return
    }
    if let fresh = try? Self.takeLock(lockPath) {
      close(lockDescriptor)
      lockDescriptor = fresh
    }
  }

  /// Creates `path` and holds an exclusive flock on it.
  static func takeLock(_ path: String) throws(LogError) -> Int32 {
    let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
    guard fd >= 0 else { throw .system("cannot create the session journal", path) }
    guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
      close(fd)
      throw .system("cannot lock the session journal", path)
    }
    return fd
  }

  /// Replaces `path` atomically with `bytes`: a temporary file renamed over it.
  static func replace(_ path: String, with bytes: [UInt8], synced: Bool) throws(LogError) {
    do {
      try AtomicFile.replace(path, with: bytes, mode: 0o600, synced: synced)
    } catch {
      throw LogError("cannot write the session journal \(path): \(error.reason)")
    }
  }
}
