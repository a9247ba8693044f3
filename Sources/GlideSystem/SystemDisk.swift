/// File operations as the system does them: one system call each, through the
/// system layer.
public struct SystemDisk: Disk {
  /// The system's disk.
  public init() {}

  /// See `Disk`.
  public func open(_ path: String, _ flags: OpenFlags, _ mode: UInt32) -> Int32 {
    Descriptor.open(path, flags, mode: mode)
  }

  /// See `Disk`.
  @discardableResult
  public func close(_ fd: Int32) -> Bool { Descriptor.close(fd) }

  /// See `Disk`.
  public func write(_ fd: Int32, _ bytes: UnsafeRawBufferPointer, at offset: Int64?) -> Int {
    guard let offset else { return Descriptor.writeOnce(fd, bytes) }
    return Descriptor.writeOnce(fd, bytes, at: offset)
  }

  /// See `Disk`.
  public func read(_ fd: Int32, into buffer: UnsafeMutableRawBufferPointer, at offset: Int64)
    -> Int
  {
    guard let base = buffer.baseAddress else { return 0 }
    return Descriptor.readAt(fd, into: base, count: buffer.count, offset: offset)
  }

  /// See `Disk`.
  public func truncate(_ fd: Int32, _ length: Int64) -> Bool {
    Descriptor.truncate(fd, to: length)
  }

  /// See `Disk`.
  public func sync(_ fd: Int32) -> Bool { Descriptor.sync(fd) }

  /// See `Disk`.
  public func syncFolder(_ folder: String) {
    AtomicFile.syncFolder(of: folder + "/.")
  }

  /// See `Disk`.
  public func rename(_ from: String, _ to: String) -> Bool {
    failing { () throws(SystemError) in try Files.rename(from, to: to) }
  }

  /// See `Disk`.
  public func unlink(_ path: String) -> Bool {
    failing { () throws(SystemError) in try Files.remove(path) }
  }

  /// See `Disk`.
  public func makeFolder(_ path: String) -> Bool {
    failing { () throws(SystemError) in try Folders.make(path, mode: 0o700, parents: false) }
  }

  /// See `Disk`.
  public func lock(_ fd: Int32, _ operation: LockOperation) -> Bool {
    Descriptor.flock(fd, operation)
  }

  /// See `Disk`.
  public func stat(_ path: String) -> FileStatus? {
    var status: FileStatus?
    _ = failing { () throws(SystemError) in status = try FileStatus(of: path) }
    return status
  }

  /// See `Disk`.
  public func stat(_ fd: Int32) -> FileStatus? {
    var status: FileStatus?
    _ = failing { () throws(SystemError) in status = try FileStatus(descriptor: fd) }
    return status
  }

  /// See `Disk`.
  public func freeBytes(_ fd: Int32) -> UInt64? {
    FileStatus.freeBytes(descriptor: fd)
  }

  /// See `Disk`.
  public func list(_ folder: String) -> [String] {
    Folders.list(folder) ?? []
  }

  /// Runs `call` in a system call's manner: true when it worked, else false with its
  /// error left in errno, where the log reads it.
  private func failing(_ call: () throws(SystemError) -> Void) -> Bool {
    do {
      try call()
      return true
    } catch {
      SystemError.last = error
      return false
    }
  }
}
