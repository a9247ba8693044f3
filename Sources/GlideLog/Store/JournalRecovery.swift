#if canImport(Glibc)
  import Glibc
#endif

/// What `Journal.recover(into:)` did, for the person to be told.
public struct JournalRecovery: Sendable {
  /// Sessions added to the log.
  public var recovered: [SessionRecord] = []
  /// Journals that could not be read, each moved aside: where to, and what was wrong.
  public var damaged: [(path: String, reason: String)] = []
  /// Journals kept for next time because the log could not be written, with why.
  public var kept: [String] = []
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
    for file in listFolder(name.folder) {
      guard let parsed = name.parse(file) else { continue }
      if parsed.kind == "journal" { journals.insert(parsed.id) } else { locks.insert(parsed.id) }
    }
    for id in journals.sorted() {
      recoverOne(id, name: name, into: log, report: &report)
    }
    for id in locks.subtracting(journals).sorted() {
      removeStrayLock(id, name: name)
    }
    return report
  }

  private static func recoverOne(
    _ id: String, name: JournalName, into log: LogFile, report: inout JournalRecovery
  ) {
    let path = name.journal(id)
    let lockPath = name.lock(id)
    guard let lock = lockDead(lockPath, journal: path) else { return }
    defer { close(lock) }
    switch readJournal(path) {
    case .failure(let damage):
      if let aside = moveAside(path) { report.damaged.append((aside, damage.reason)) }
      unlink(path + ".tmp")
      unlink(lockPath)
      return
    case .success(var file):
      // A crash's time is credited before the record goes anywhere: the journal replaced
      // below holds the credited record without its clock, so it is credited only once.
      file.record = file.recordAtCrash
      file.clock = nil
      if file.logOffset == nil || !log.contains(id: file.record.id, from: file.logOffset!) {
        do {
          try log.append(file.record) { offset in
            file.logOffset = file.logOffset ?? offset
            try? replace(path, with: file.bytes, synced: true)
          }
          report.recovered.append(file.record)
        } catch {
          report.kept.append(error.description)
          return
        }
      }
      unlink(path)
      unlink(path + ".tmp")
      unlink(lockPath)
    }
  }

  /// The lock of a dead session's journal, held; nil when the session is alive or another
  /// command is recovering it.
  private static func lockDead(_ lockPath: String, journal: String) -> Int32? {
    var fd = open(lockPath, O_RDWR | O_CLOEXEC)
    if fd < 0 {
      guard errno == ENOENT else { return nil }
      // No lock file: someone deleted it. The journal's owner says whether it lives.
      if case .success(let file) = readJournal(journal), file.owner?.isAlive == true {
        return nil
      }
      fd = open(lockPath, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
      guard fd >= 0 else { return nil }
    }
    guard flock(fd, LOCK_EX | LOCK_NB) == 0, sameFile(fd, lockPath) else {
      close(fd)
      return nil
    }
    return fd
  }

  /// Removes the lock of a session that died after removing its journal.
  private static func removeStrayLock(_ id: String, name: JournalName) {
    let lockPath = name.lock(id)
    let fd = open(lockPath, O_RDWR | O_CLOEXEC)
    guard fd >= 0 else { return }
    defer { close(fd) }
    guard flock(fd, LOCK_EX | LOCK_NB) == 0, sameFile(fd, lockPath),
      access(name.journal(id), F_OK) != 0
    else { return }
    unlink(name.journal(id) + ".tmp")
    unlink(lockPath)
  }

  /// Whether the open file `fd` is still the one at `path` (not deleted or replaced).
  private static func sameFile(_ fd: Int32, _ path: String) -> Bool {
    var open = stat()
    var named = stat()
    return fstat(fd, &open) == 0 && stat(path, &named) == 0 && open.st_ino == named.st_ino
      && open.st_dev == named.st_dev
  }

  /// A journal's content, or why it is damaged.
  static func readJournal(_ path: String) -> Result<JournalFile, JournalFile.Damage> {
    guard let bytes = LogKind.readSmallFile(path, limit: largestJournal) else {
      return .failure(.init("it cannot be read"))
    }
    guard bytes.count <= largestJournal else { return .failure(.init("it is too large")) }
    return JournalFile.decode(bytes)
  }

  /// Renames a damaged journal to `NAME.damaged` (or `NAME.damaged-2`, … when taken);
  /// returns the new path.
  private static func moveAside(_ path: String) -> String? {
    for attempt in 1...100 {
      let aside = path + ".damaged" + (attempt == 1 ? "" : "-\(attempt)")
      guard access(aside, F_OK) != 0 else { continue }
      return rename(path, aside) == 0 ? aside : nil
    }
    return nil
  }

  /// The names in a folder.
  static func listFolder(_ folder: String) -> [String] {
    guard let directory = opendir(folder) else { return [] }
    defer { closedir(directory) }
    var names: [String] = []
    while let entry = readdir(directory) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
      }
      names.append(name)
    }
    return names
  }
}
