import GlideSystem

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
  /// The record as last written whole (the journal's synced part): what a progress line
  /// is written against.
  private var syncedRecord: SessionRecord?
  /// The progress line's bytes, kept to be rewritten without a new allocation.
  private var progressBytes: [UInt8] = []
  /// The log's size and identity when the session started (see `JournalFile`).
  private let logStart: (size: Int64, identity: String?)

  /// Starts a journal for the session `id`, beside `log`, for the process `owner`.
  public convenience init(log: LogFile, id: String) throws(LogError) {
    try self.init(log: log, id: id, owner: .current)
  }

  init(log: LogFile, id: String, owner: ProcessIdentity?) throws(LogError) {
    let name = JournalName(logPath: log.path)
    self.log = log
    path = name.journal(id)
    lockPath = name.lock(id)
    self.owner = owner
    lockDescriptor = -1
    let facts = log.disk.stat(log.path)
    logStart = (facts?.size ?? 0, facts?.identity)
    lockDescriptor = try Self.takeLock(lockPath, on: log.disk)
    CrashMarker.prepare()
  }

  /// The journal's content for `record`.
  private func file(_ record: SessionRecord, logOffset: Int64? = nil, clock: JournalClock? = nil)
    -> JournalFile
  {
    JournalFile(
      log: log.path, owner: owner, logOffset: logOffset, logStart: logStart.size,
      logIdentity: logStart.identity, record: record, clock: clock)
  }

  deinit {
    CrashMarker.disarm(armed)
    if lockDescriptor >= 0 { log.disk.close(lockDescriptor) }
    if refreshDescriptor >= 0 { log.disk.close(refreshDescriptor) }
  }

  private var disk: any Disk { log.disk }

  /// Keeps this record in the journal. `synced` replaces the journal and writes it to the
  /// disk before going on (item changes, pause, resume); otherwise it is refreshed in
  /// place, which a kill cannot undo and only a power loss can take, back to the last
  /// synced write. `clock` is the clock that ran when the record was taken, if one did: a
  /// crash before the next write credits it the time up to the crash.
  /// A refresh that only moves time is written as a progress line of digits against the
  /// record last synced (see `JournalProgress`), with no JSON text built.
  public func write(
    _ record: SessionRecord, synced: Bool, clock: JournalClock? = nil
  ) throws(LogError) {
    if !synced, refreshDescriptor >= 0, let base = syncedRecord,
      let progress = JournalProgress(from: base, to: record, clock: clock)
    {
      progressBytes.removeAll(keepingCapacity: true)
      progress.write(into: &progressBytes)
      if refreshInPlace(&progressBytes, synced: false) { return }
    }
    try write(file(record, clock: clock), synced)
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
  /// The final record goes into the journal in place (room for it was written with the
  /// synced record), so a full disk or a read-only folder cannot keep a stale state.
  public func finish(_ record: SessionRecord) throws(LogError) {
    var offset: Int64?
    var noted = false
    do {
      try log.append(record) { size in
        offset = size
        noted = (try? self.write(self.file(record, logOffset: size), true, inPlace: true)) != nil
      }
    } catch {
      if !noted { try? write(file(record, logOffset: offset ?? log.size), true, inPlace: true) }
      throw error
    }
    remove()
  }

  /// Removes the journal and its lock: the session's line is in the log.
  func remove() {
    CrashMarker.disarm(armed)
    armed = 0
    _ = disk.unlink(path)
    _ = disk.unlink(path + ".tmp")
    _ = disk.unlink(lockPath)
    if lockDescriptor >= 0 {
      disk.close(lockDescriptor)
      lockDescriptor = -1
    }
    if refreshDescriptor >= 0 {
      disk.close(refreshDescriptor)
      refreshDescriptor = -1
    }
  }

  /// Writes `file`: in place when not `synced` or when `inPlace` (then synced there), else
  /// as a new file; in place falls back to a new file when the slot cannot be written.
  private func write(_ file: JournalFile, _ synced: Bool, inPlace: Bool = false)
    throws(LogError)
  {
    var bytes = file.bytes
    if !synced || inPlace, refreshDescriptor >= 0 {
      var padded = bytes
      if refreshInPlace(&padded, synced: synced) { return }
      // The slot could not be written: replace the whole file instead.
    } else {
      keepLock()
    }
    let record = bytes.count
    // Room for a refresh as long as the record, and some: a final record written in place
    // then needs no new block on a full disk.
    bytes += [UInt8](
      repeating: 0, count: JournalFile.refreshOffset(afterRecordOf: record) + record + 1024 - record
    )
    try Self.replace(path, with: bytes, synced: synced, on: disk)
    syncedRecord = file.record
    // The new file is armed before the old one is closed, so a crash never writes into a
    // descriptor that is closed or already reused.
    let previous = refreshDescriptor
    refreshDescriptor = disk.open(path, .writeOnly, 0)
    refreshOffset = Int64(JournalFile.refreshOffset(afterRecordOf: record))
    refreshLength = 0
    if let slot = markerSlot {
      armed = CrashMarker.arm(descriptor: slot.descriptor, offset: slot.offset)
    } else {
      CrashMarker.disarm(armed)
      armed = 0
    }
    if previous >= 0 { disk.close(previous) }
  }

  /// Writes `bytes`, padded over a longer refresh before it, into the refresh slot (and
  /// syncs it when `synced`); false when the slot could not be written.
  private func refreshInPlace(_ bytes: inout [UInt8], synced: Bool) -> Bool {
    keepLock()
    let length = bytes.count
    if length < refreshLength {
      bytes.append(contentsOf: repeatElement(JournalFile.padding, count: refreshLength - length))
    }
    guard disk.writeAll(refreshDescriptor, bytes, at: refreshOffset),
      !synced || disk.sync(refreshDescriptor)
    else { return false }
    refreshLength = bytes.count
    return true
  }

  /// Puts the lock back if someone deleted its file, so no later command takes this live
  /// session for a dead one.
  private func keepLock() {
    guard lockDescriptor >= 0, disk.stat(lockDescriptor)?.links == 0 else { return }
    if let fresh = try? Self.takeLock(lockPath, on: disk) {
      disk.close(lockDescriptor)
      lockDescriptor = fresh
    }
  }

  /// Creates `path` and holds an exclusive flock on it.
  static func takeLock(_ path: String, on disk: any Disk) throws(LogError) -> Int32 {
    let fd = disk.open(path, [.readWrite, .create], 0o600)
    guard fd >= 0 else { throw .system("cannot create the session journal", path) }
    guard disk.lock(fd, .exclusiveNow) else {
      disk.close(fd)
      throw .system("cannot lock the session journal", path)
    }
    return fd
  }

  /// Replaces `path` atomically with `bytes`: a temporary file renamed over it.
  static func replace(
    _ path: String, with bytes: [UInt8], synced: Bool, on disk: any Disk = SystemDisk()
  ) throws(LogError) {
    do {
      try AtomicFile.replace(path, with: bytes, mode: 0o600, synced: synced, disk: disk)
    } catch {
      throw LogError("cannot write the session journal \(path): \(error.reason)")
    }
  }
}
