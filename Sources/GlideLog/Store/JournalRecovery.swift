import GlideSystem

/// What `Journal.recover(into:)` did, for the person to be told.
public struct JournalRecovery: Sendable {
  /// Sessions added to the log.
  public var recovered: [SessionRecord] = []
  /// Journals that could not be read, each moved aside: where to, and what was wrong.
  public var damaged: [(path: String, reason: String)] = []
  /// Journals kept for next time because the log could not be written, with why.
  public var kept: [String] = []
  /// Journals whose session is in the log but that could not be removed (a read-only
  /// folder), each told once: the journal's path and why.
  public var stuck: [(path: String, reason: String)] = []
}

extension Journal {
  /// The largest journal read: a session's record is a few kilobytes.
  static let largestJournal = 4 << 20

  /// Moves every journal that a dead session left for this log into it, exactly once,
  /// with the outcome the journal holds (`interrupted`, or the final one when the log could
  /// not be written at the end), carried on to the crash when a crash marked its instant;
  /// journals of other logs and of live sessions stay. A
  /// damaged journal is moved to `NAME.damaged`, and stray locks are removed.
  public static func recover(into log: LogFile) -> JournalRecovery {
    let name = JournalName(logPath: log.path)
    var report = JournalRecovery()
    var journals: Set<String> = []
    var locks: Set<String> = []
    for file in log.disk.list(name.folder) {
      guard let parsed = name.parse(file) else { continue }
      if parsed.kind == "journal" { journals.insert(parsed.id) } else { locks.insert(parsed.id) }
    }
    for id in journals.sorted() {
      recoverOne(id, name: name, into: log, report: &report)
    }
    for id in locks.subtracting(journals).sorted() {
      removeStrayLock(id, name: name, on: log.disk)
    }
    return report
  }

  private static func recoverOne(
    _ id: String, name: JournalName, into log: LogFile, report: inout JournalRecovery
  ) {
    let disk = log.disk
    let path = name.journal(id)
    let lockPath = name.lock(id)
    guard let lock = lockDead(lockPath, journal: path, on: disk) else { return }
    defer { disk.close(lock) }
    switch readJournal(path, on: disk) {
    case .failure(let damage) where damage == .unreadable:
      // Gone: another command recovered it meanwhile.
      if SystemError.last == .missing {
        _ = disk.unlink(lockPath)
        return
      }
      // Not damage: the disk failed the read. The journal waits for a later command.
      report.kept.append(
        "cannot read the session journal \(path): \(SystemError.last.reason)")
    case .failure(let damage):
      if let aside = moveAside(path, on: disk) { report.damaged.append((aside, damage.reason)) }
      _ = disk.unlink(path + ".tmp")
      _ = disk.unlink(lockPath)
    case .success(var file):
      // A crash's time is credited before the record goes anywhere: the journal noted
      // below holds the credited record without its clock, so it is credited only once.
      file.record = file.recordAtCrash
      file.clock = nil
      switch isInLog(file, log) {
      case nil:
        report.kept.append(
          "cannot read the session log \(log.path): \(SystemError.last.reason)")
        return
      case true?: break
      case false?:
        guard land(&file, path: path, into: log, report: &report) else { return }
      }
      guard disk.unlink(path) else {
        // A read-only folder: the session is in the log, and stays there once. Said once.
        if !file.reported {
          report.stuck.append((path, SystemError.last.reason))
          file.reported = true
          _ = noteInPlace(file, path: path, on: disk)
        }
        return
      }
      _ = disk.unlink(path + ".tmp")
      _ = disk.unlink(lockPath)
    }
  }

  /// Whether the journal's session already has its line in the log, looking from where
  /// the journal says it went (or, without that, from the log's size when the session
  /// started; or from the start, when the log is another file now); nil when the log could
  /// not be read.
  private static func isInLog(_ file: JournalFile, _ log: LogFile) -> Bool? {
    let identity = log.identity
    let sameLog = file.logIdentity == nil || identity == nil || file.logIdentity == identity
    guard let from = sameLog ? (file.logOffset ?? file.logStart) : 0 else { return false }
    return log.contains(id: file.record.id, from: from)
  }

  /// Appends the journal's record, noting first in the journal where it goes; false when
  /// the log could not be written (the journal is kept, and said so).
  private static func land(
    _ file: inout JournalFile, path: String, into log: LogFile, report: inout JournalRecovery
  ) -> Bool {
    let torn = file.logOffset
    do {
      var noted = file
      try log.append(file.record, replacingTornLineAt: torn) { offset in
        noted.logOffset = offset
        if !noteInPlace(noted, path: path, on: log.disk) {
          try? replace(path, with: noted.bytes, synced: true, on: log.disk)
        }
      }
      file = noted
      report.recovered.append(file.record)
      return true
    } catch {
      report.kept.append(error.description)
      return false
    }
  }

  /// Writes `file` into the journal at `path` in place, in its refresh slot, and syncs it:
  /// no new file, so it works in a folder that became read-only. Pads over a longer
  /// refresh before it.
  static func noteInPlace(_ file: JournalFile, path: String, on disk: any Disk) -> Bool {
    guard let bytes = disk.readSmallFile(path, limit: largestJournal) else {
      return false
    }
    let record = bytes.firstIndex(of: 0) ?? bytes.count
    let start = JournalFile.refreshOffset(afterRecordOf: record)
    var used = bytes.count
    while used > start, bytes[used - 1] == 0 { used -= 1 }
    var line = file.bytes
    if line.count < used - start {
      line += [UInt8](repeating: JournalFile.padding, count: used - start - line.count)
    }
    let fd = disk.open(path, .writeOnly, 0)
    guard fd >= 0 else { return false }
    defer { disk.close(fd) }
    return disk.writeAll(fd, line, at: Int64(start)) && disk.sync(fd)
  }

  /// The lock of a dead session's journal, held; nil when the session is alive or another
  /// command is recovering it.
  private static func lockDead(_ lockPath: String, journal: String, on disk: any Disk)
    -> Int32?
  {
    var fd = disk.open(lockPath, .readWrite, 0)
    if fd < 0 {
      guard SystemError.last == .missing else { return nil }
      // No lock file: someone deleted it. The journal's owner says whether it lives.
      if case .success(let file) = readJournal(journal, on: disk), file.owner?.isAlive == true {
        return nil
      }
      fd = disk.open(lockPath, [.readWrite, .create, .exclusive], 0o600)
      guard fd >= 0 else { return nil }
    }
    guard disk.lock(fd, .exclusiveNow), sameFile(fd, lockPath, on: disk) else {
      disk.close(fd)
      return nil
    }
    return fd
  }

  /// Removes the lock of a session that died after removing its journal.
  private static func removeStrayLock(_ id: String, name: JournalName, on disk: any Disk) {
    let lockPath = name.lock(id)
    let fd = disk.open(lockPath, .readWrite, 0)
    guard fd >= 0 else { return }
    defer { disk.close(fd) }
    guard disk.lock(fd, .exclusiveNow), sameFile(fd, lockPath, on: disk),
      disk.stat(name.journal(id)) == nil
    else { return }
    _ = disk.unlink(name.journal(id) + ".tmp")
    _ = disk.unlink(lockPath)
  }

  /// Whether the open file `fd` is still the one at `path` (not deleted or replaced).
  private static func sameFile(_ fd: Int32, _ path: String, on disk: any Disk) -> Bool {
    guard let open = disk.stat(fd), let named = disk.stat(path) else { return false }
    return open.identity == named.identity
  }

  /// A journal's content, or why it is damaged.
  static func readJournal(_ path: String, on disk: any Disk = SystemDisk())
    -> Result<JournalFile, JournalFile.Damage>
  {
    guard let bytes = disk.readSmallFile(path, limit: largestJournal) else {
      return .failure(.unreadable)
    }
    guard bytes.count <= largestJournal else { return .failure(.init("it is too large")) }
    return JournalFile.decode(bytes)
  }

  /// Renames a damaged journal to `NAME.damaged` (or `NAME.damaged-2`, … when taken);
  /// returns the new path.
  private static func moveAside(_ path: String, on disk: any Disk) -> String? {
    for attempt in 1...100 {
      let aside = path + ".damaged" + (attempt == 1 ? "" : "-\(attempt)")
      guard disk.stat(aside) == nil else { continue }
      return disk.rename(path, aside) ? aside : nil
    }
    return nil
  }
}
