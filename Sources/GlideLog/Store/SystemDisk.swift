import GlideSystem

#if canImport(Glibc)
  import Glibc
#endif

/// The log's file operations as the system does them: one system call each, through the
/// system layer where it has the call.
public struct SystemDisk: LogDisk {
  /// The system's disk.
  public init() {}

  /// See `LogDisk`.
  public func open(_ path: String, _ flags: Int32, _ mode: mode_t) -> Int32 {
    Descriptor.open(path, OpenFlags(rawValue: flags & ~O_CLOEXEC), mode: UInt32(mode))
  }

  /// See `LogDisk`.
  public func close(_ fd: Int32) { Descriptor.close(fd) }

  /// See `LogDisk`.
  public func write(_ fd: Int32, _ bytes: UnsafeRawBufferPointer, at offset: Int64?) -> Int {
    guard let offset else { return Glibc.write(fd, bytes.baseAddress, bytes.count) }
    return pwrite(fd, bytes.baseAddress, bytes.count, off_t(offset))
  }

  /// See `LogDisk`.
  public func read(_ fd: Int32, into buffer: UnsafeMutableRawBufferPointer, at offset: Int64)
    -> Int
  {
    guard let base = buffer.baseAddress else { return 0 }
    return Descriptor.readAt(fd, into: base, count: buffer.count, offset: offset)
  }

  /// See `LogDisk`.
  public func truncate(_ fd: Int32, _ length: Int64) -> Bool {
    Descriptor.truncate(fd, to: length)
  }

  /// See `LogDisk`.
  public func sync(_ fd: Int32) -> Bool { Descriptor.sync(fd) }

  /// See `LogDisk`.
  public func syncFolder(_ folder: String) {
    AtomicFile.syncFolder(of: folder + "/.")
  }

  /// See `LogDisk`.
  public func rename(_ from: String, _ to: String) -> Bool {
    (try? Files.rename(from, to: to)) != nil
  }

  /// See `LogDisk`.
  public func unlink(_ path: String) -> Bool { (try? Files.remove(path)) != nil }

  /// See `LogDisk`.
  public func makeFolder(_ path: String) -> Bool { mkdir(path, 0o700) == 0 }

  /// See `LogDisk`.
  public func lock(_ fd: Int32, _ operation: Int32) -> Bool {
    let named: LockOperation =
      operation & LOCK_UN != 0 ? .unlock : operation & LOCK_NB != 0 ? .exclusiveNow : .exclusive
    return Descriptor.flock(fd, named)
  }

  /// See `LogDisk`.
  public func stat(_ path: String) -> FileFacts? {
    factsOf(path)
  }

  /// See `LogDisk`.
  public func stat(_ fd: Int32) -> FileFacts? {
    var info = Glibc.stat()
    return fstat(fd, &info) == 0 ? FileFacts(info) : nil
  }

  /// See `LogDisk`.
  public func freeBytes(_ fd: Int32) -> UInt64? {
    FileStatus.freeBytes(descriptor: fd)
  }

  /// See `LogDisk`.
  public func list(_ folder: String) -> [String] {
    Folders.list(folder) ?? []
  }
}

/// `stat(2)` of a path, outside `SystemDisk`, whose own `stat` hides the system's.
private func factsOf(_ path: String) -> FileFacts? {
  var info = stat()
  return stat(path, &info) == 0 ? FileFacts(info) : nil
}
