import GlideSystem

#if canImport(Glibc)
  import Glibc
#endif

/// A disk that works like the system's until a chosen operation, in the manner of SQLite's
/// crash-test VFS: there it stops "the process" (that operation and every later one has
/// no effect; `settle` then decides what a power cut kept of what was not synced), or
/// fails that operation with an errno, or writes only part of it.
///
/// Operations are counted from 1, every call but `close` (and an unlock: a dead process's
/// locks go with it). Used from one test at a time.
public final class FaultDisk: Disk, @unchecked Sendable {
  /// What happens at the chosen operation.
  public enum Fault: Equatable, CustomStringConvertible {
    /// The process stops before this operation.
    case crash(at: Int)
    /// This operation fails with `errno`.
    case fail(at: Int, errno: Int32)
    /// Every operation from this one on fails with `errno`, until `heal`.
    case failFrom(Int, errno: Int32)
    /// This write writes half its bytes, and the next write fails with ENOSPC.
    case shortWrite(at: Int)

    /// The fault and its operation, as a failing trial names it.
    public var description: String {
      switch self {
      case .crash(let at): "crash at \(at)"
      case .fail(let at, let code): "\(String(cString: strerror(code))) at \(at)"
      case .failFrom(let at, let code): "\(String(cString: strerror(code))) from \(at)"
      case .shortWrite(let at): "short write at \(at)"
      }
    }
  }

  /// What a power cut keeps of the bytes written since a file's last sync.
  public enum Tear: CaseIterable {
    /// All of them (a kill: the page cache survives).
    case keep
    /// None: the file is as it was last synced.
    case lose
    /// Half of what changed.
    case half
  }

  /// The faults a crash-point test tries at each operation: a kill keeping, losing or
  /// tearing what was not synced (the tear), then each errno a full, read-only, forbidden
  /// or failing disk gives, then a short write.
  nonisolated(unsafe) public static let faults: [(tear: Tear?, at: (Int) -> Fault)] = [
    (.keep, { .crash(at: $0) }), (.lose, { .crash(at: $0) }), (.half, { .crash(at: $0) }),
    (nil, { .fail(at: $0, errno: ENOSPC) }), (nil, { .fail(at: $0, errno: EROFS) }),
    (nil, { .fail(at: $0, errno: EACCES) }), (nil, { .fail(at: $0, errno: EIO) }),
    (nil, { .shortWrite(at: $0) }),
  ]

  private let real = SystemDisk()
  /// What happens, and at which operation; nil: nothing does.
  public var fault: Fault?
  /// What a crash keeps of unsynced writes (see `settle`).
  public var tear = Tear.keep
  /// The folders' names cannot change (a read-only folder): no file is created, renamed
  /// or removed there, while files already there stay writable.
  public var readOnlyFolders = false
  /// The disk is full: nothing grows, though bytes already allocated can be rewritten.
  public var full = false
  /// Operations so far.
  public private(set) var count = 0
  /// Each operation's kind, in order.
  public private(set) var kinds: [String] = []
  /// Whether the process has stopped.
  public private(set) var crashed = false
  /// Which path each open descriptor writes.
  private var paths: [Int32: String] = [:]
  /// Each file written since its last sync, with its content at that sync.
  private var unsynced: [String: [UInt8]] = [:]
  private var shortWritten = false

  /// A disk that meets `fault`, or none.
  public init(_ fault: Fault? = nil) { self.fault = fault }

  /// Ends a `failFrom`: the disk has room again.
  public func heal() { fault = nil }

  /// Counts an operation; false when it must not happen, with `errno` set.
  private func allow(_ kind: String) -> Bool {
    count += 1
    kinds.append(kind)
    if crashed {
      errno = EIO
      return false
    }
    switch fault {
    case .crash(let at) where at == count:
      crashed = true
      errno = EIO
      return false
    case .fail(let at, let code) where at == count:
      errno = code
      return false
    case .failFrom(let from, let code) where count >= from:
      errno = code
      return false
    default:
      if shortWritten, kind == "write" {
        shortWritten = false
        errno = ENOSPC
        return false
      }
      return true
    }
  }

  private var isShortWrite: Bool {
    if case .shortWrite(let at) = fault, at == count { return true }
    return false
  }

  /// Notes `path`'s content before its first change since it was synced.
  private func remember(_ path: String) {
    guard unsynced[path] == nil else { return }
    unsynced[path] = Self.contents(path) ?? []
  }

  /// See `Disk`.
  public func open(_ path: String, _ flags: OpenFlags, _ mode: UInt32) -> Int32 {
    guard allow("open") else { return -1 }
    let existed = real.stat(path) != nil
    if !existed, flags.contains(.create), readOnlyFolders || full {
      errno = full ? ENOSPC : EACCES
      return -1
    }
    if flags.writes, !existed || flags.contains(.truncate) { remember(path) }
    let fd = real.open(path, flags, mode)
    if fd >= 0 { paths[fd] = path }
    return fd
  }

  /// See `Disk`.
  @discardableResult
  public func close(_ fd: Int32) -> Bool {
    paths[fd] = nil
    return real.close(fd)
  }

  /// See `Disk`.
  public func write(_ fd: Int32, _ bytes: UnsafeRawBufferPointer, at offset: Int64?) -> Int {
    guard allow("write") else { return -1 }
    if full {
      let size = real.stat(fd)?.size ?? 0
      if offset == nil || offset! + Int64(bytes.count) > size {
        errno = ENOSPC
        return -1
      }
    }
    if let path = paths[fd] { remember(path) }
    guard isShortWrite, bytes.count > 1 else { return real.write(fd, bytes, at: offset) }
    shortWritten = true
    return real.write(fd, UnsafeRawBufferPointer(rebasing: bytes[..<(bytes.count / 2)]), at: offset)
  }

  /// See `Disk`.
  public func read(_ fd: Int32, into buffer: UnsafeMutableRawBufferPointer, at offset: Int64) -> Int
  {
    guard allow("read") else { return -1 }
    return real.read(fd, into: buffer, at: offset)
  }

  /// See `Disk`.
  public func truncate(_ fd: Int32, _ length: Int64) -> Bool {
    guard allow("truncate") else { return false }
    if let path = paths[fd] { remember(path) }
    return real.truncate(fd, length)
  }

  /// See `Disk`.
  public func sync(_ fd: Int32) -> Bool {
    guard allow("sync") else { return false }
    guard real.sync(fd) else { return false }
    if let path = paths[fd] { unsynced[path] = nil }
    return true
  }

  /// See `Disk`.
  public func syncFolder(_ folder: String) {
    guard allow("syncFolder") else { return }
    real.syncFolder(folder)
  }

  /// See `Disk`.
  public func rename(_ from: String, _ to: String) -> Bool {
    guard allow("rename") else { return false }
    if readOnlyFolders {
      errno = EACCES
      return false
    }
    guard real.rename(from, to) else { return false }
    // What was not synced moves with the file; the file it replaced is gone.
    unsynced[to] = unsynced.removeValue(forKey: from)
    for (fd, path) in paths where path == to { paths[fd] = "(deleted)" }
    for (fd, path) in paths where path == from { paths[fd] = to }
    return true
  }

  /// See `Disk`.
  public func unlink(_ path: String) -> Bool {
    guard allow("unlink") else { return false }
    if readOnlyFolders {
      errno = EACCES
      return false
    }
    guard real.unlink(path) else { return false }
    unsynced[path] = nil
    for (fd, open) in paths where open == path { paths[fd] = "(deleted)" }
    return true
  }

  /// See `Disk`.
  public func makeFolder(_ path: String) -> Bool {
    guard allow("makeFolder") else { return false }
    return real.makeFolder(path)
  }

  /// See `Disk`.
  public func lock(_ fd: Int32, _ operation: LockOperation) -> Bool {
    // Unlocking always works: a dead process's locks go with it.
    if operation == .unlock { return real.lock(fd, operation) }
    guard allow("lock") else { return false }
    return real.lock(fd, operation)
  }

  /// See `Disk`.
  public func stat(_ path: String) -> FileStatus? {
    guard allow("stat") else { return nil }
    return real.stat(path)
  }

  /// See `Disk`.
  public func stat(_ fd: Int32) -> FileStatus? {
    guard allow("stat") else { return nil }
    return real.stat(fd)
  }

  /// See `Disk`.
  public func freeBytes(_ fd: Int32) -> UInt64? {
    guard allow("freeBytes") else { return nil }
    return real.freeBytes(fd)
  }

  /// See `Disk`.
  public func list(_ folder: String) -> [String] {
    guard allow("list") else { return [] }
    return real.list(folder)
  }

  /// After a crash, leaves each file written since its last sync as a power cut would.
  public func settle() {
    for (path, synced) in unsynced {
      guard let now = Self.contents(path) else { continue }
      switch tear {
      case .keep: continue
      case .lose: Self.overwrite(path, synced)
      case .half:
        let same = zip(now, synced).prefix { $0 == $1 }.count
        let cut = same + (now.count - same) / 2
        Self.overwrite(path, Array(now.prefix(cut)) + synced.dropFirst(cut))
      }
    }
    unsynced = [:]
  }

  /// What the file at `path` holds now (up to a mebibyte), on the real disk.
  public static func contents(_ path: String) -> [UInt8]? {
    SystemDisk().readSmallFile(path, limit: 1 << 20)
  }

  /// Rewrites the file at `path` with `bytes`, on the real disk, as a power cut left it.
  public static func overwrite(_ path: String, _ bytes: [UInt8]) {
    let fd = Glibc.open(path, O_WRONLY | O_TRUNC | O_CLOEXEC)
    guard fd >= 0 else { return }
    _ = SystemDisk().writeAll(fd, bytes)
    Glibc.close(fd)
  }
}
