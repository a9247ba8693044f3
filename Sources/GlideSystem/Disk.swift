/// Every file operation the log, its journals, its merge index and the files replaced
/// whole (`AtomicFile`, the active program) are made of, in one small interface: the
/// system's own (`SystemDisk`) in use, and in tests one that stops "the process" at a
/// chosen operation or fails it, to prove that nothing a person did is lost or counted
/// twice whatever operation a kill or a full disk lands on.
///
/// Calls follow the system's conventions: -1 or false on failure with errno set (read it
/// as `SystemError.last`), so callers keep their one error path. A crash handler does not
/// come here: it may only make async-signal-safe system calls (see GlideLog's
/// `CrashMarker`).
public protocol Disk: Sendable {
  /// Opens `path` with `flags` (closed across exec), made with `mode` when created; the
  /// descriptor, or -1.
  func open(_ path: String, _ flags: OpenFlags, _ mode: UInt32) -> Int32
  /// Closes a descriptor this disk opened; false when the close reported an error (a
  /// write not yet reported, on some file systems), with errno set.
  @discardableResult
  func close(_ fd: Int32) -> Bool
  /// Writes `bytes` at `offset`, or at the end of an O_APPEND descriptor when nil; the
  /// count written (possibly short), or -1.
  func write(_ fd: Int32, _ bytes: UnsafeRawBufferPointer, at offset: Int64?) -> Int
  /// Reads up to `buffer.count` bytes at `offset`; the count read, 0 at the end, or -1.
  func read(_ fd: Int32, into buffer: UnsafeMutableRawBufferPointer, at offset: Int64) -> Int
  /// Cuts the file open as `fd` to `length` bytes.
  func truncate(_ fd: Int32, _ length: Int64) -> Bool
  /// Makes what was written through `fd` durable.
  func sync(_ fd: Int32) -> Bool
  /// Makes the names in `folder` (a rename, a new file) durable.
  func syncFolder(_ folder: String)
  /// Renames atomically, replacing `to`.
  func rename(_ from: String, _ to: String) -> Bool
  /// Removes a name.
  func unlink(_ path: String) -> Bool
  /// Creates a folder with mode 0700.
  func makeFolder(_ path: String) -> Bool
  /// One `flock(2)`: take the exclusive lock (waiting or not), or let it go.
  func lock(_ fd: Int32, _ operation: LockOperation) -> Bool
  /// What `path` is (after symlinks); nil with errno set when it cannot be found.
  func stat(_ path: String) -> FileStatus?
  /// What the open file `fd` is.
  func stat(_ fd: Int32) -> FileStatus?
  /// Bytes free for an unprivileged writer on the file system of `fd`; nil if unknown.
  func freeBytes(_ fd: Int32) -> UInt64?
  /// The names in `folder`; empty when it cannot be read.
  func list(_ folder: String) -> [String]
}

extension FileStatus {
  /// `DEVICE:INODE`, as a journal notes its log.
  public var identity: String { "\(device):\(inode)" }
}

extension Disk {
  /// Writes all of `bytes` (at `offset`, or appending when nil), retrying short writes
  /// and EINTR; false when some could not be written, with errno set.
  public func writeAll(_ fd: Int32, _ bytes: [UInt8], at offset: Int64? = nil) -> Bool {
    var written = 0
    while written < bytes.count {
      let count = bytes.withUnsafeBytes { raw in
        write(
          fd, UnsafeRawBufferPointer(rebasing: raw[written...]),
          at: offset.map { $0 + Int64(written) })
      }
      if count < 0 && SystemError.last == .interrupted { continue }
      guard count > 0 else {
        if count == 0 { SystemError.last = .noSpace }
        return false
      }
      written += count
    }
    return true
  }

  /// Reads `count` bytes at `offset` into `buffer`, retrying EINTR; how many were read.
  public func readFully(
    _ fd: Int32, into buffer: UnsafeMutableRawBufferPointer, count: Int, at offset: Int64
  ) -> Int {
    var filled = 0
    while filled < count {
      let result = read(
        fd, into: UnsafeMutableRawBufferPointer(rebasing: buffer[filled..<count]),
        at: offset + Int64(filled))
      if result < 0 && SystemError.last == .interrupted { continue }
      guard result > 0 else { break }
      filled += result
    }
    return filled
  }

  /// Takes a lock, waiting through signals; false on another failure.
  public func lockWaiting(_ fd: Int32, _ operation: LockOperation) -> Bool {
    while !lock(fd, operation) {
      guard SystemError.last == .interrupted else { return false }
    }
    return true
  }

  /// The first `limit` + 1 bytes of the regular file at `path` (one more than allowed, so
  /// a caller can tell a file that is too large), or nil when it cannot be read: the small
  /// files beside a log (a journal, the merge index) and the state files are read whole,
  /// but never unbounded.
  public func readSmallFile(_ path: String, limit: Int) -> [UInt8]? {
    let fd = openRegular(path)
    guard fd >= 0 else { return nil }
    defer { close(fd) }
    // Sized by the file, not the limit: zero-filling a 4 MiB buffer for a journal of a
    // few hundred bytes cost more than the rest of a recovery. A file that grows while it
    // is read gets a larger buffer, never past the limit.
    let wanted = limit + 1
    let size = Int(clamping: stat(fd)?.size ?? 0)
    var bytes = [UInt8](repeating: 0, count: Swift.min(wanted, Swift.max(size + 1, 512)))
    var filled = 0
    while filled < wanted {
      if filled == bytes.count {
        bytes += [UInt8](repeating: 0, count: Swift.min(wanted, 2 * bytes.count) - bytes.count)
      }
      let count = bytes.withUnsafeMutableBytes {
        read(fd, into: UnsafeMutableRawBufferPointer(rebasing: $0[filled...]), at: Int64(filled))
      }
      if count < 0 && SystemError.last == .interrupted { continue }
      // A failed read is not the end of the file: half a file read whole is damage.
      if count < 0 { return nil }
      guard count > 0 else { break }
      filled += count
    }
    bytes.removeSubrange(filled...)
    return bytes
  }

  /// Opens `path` read-only without ever blocking on a FIFO, and only when it is a
  /// regular file; -1 with errno set otherwise (`SystemError.invalid` for the wrong kind).
  public func openRegular(_ path: String) -> Int32 {
    let fd = open(path, [.readOnly, .nonBlocking], 0)
    guard fd >= 0 else { return -1 }
    guard stat(fd)?.isRegular == true else {
      close(fd)
      SystemError.last = .invalid
      return -1
    }
    Descriptor.makeBlocking(fd)
    return fd
  }
}
