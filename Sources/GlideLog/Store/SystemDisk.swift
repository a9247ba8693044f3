#if canImport(Glibc)
  import Glibc
#endif

/// The log's file operations as the system does them: one system call each.
public struct SystemDisk: LogDisk {
  /// The system's disk.
  public init() {}

  /// See `LogDisk`.
  public func open(_ path: String, _ flags: Int32, _ mode: mode_t) -> Int32 {
    Glibc.open(path, flags, mode)
  }

  /// See `LogDisk`.
  public func close(_ fd: Int32) { _ = Glibc.close(fd) }

  /// See `LogDisk`.
  public func write(_ fd: Int32, _ bytes: UnsafeRawBufferPointer, at offset: Int64?) -> Int {
    guard let offset else { return Glibc.write(fd, bytes.baseAddress, bytes.count) }
    return pwrite(fd, bytes.baseAddress, bytes.count, off_t(offset))
  }

  /// See `LogDisk`.
  public func read(_ fd: Int32, into buffer: UnsafeMutableRawBufferPointer, at offset: Int64)
    -> Int
  {
    pread(fd, buffer.baseAddress, buffer.count, off_t(offset))
  }

  /// See `LogDisk`.
  public func truncate(_ fd: Int32, _ length: Int64) -> Bool { ftruncate(fd, off_t(length)) == 0 }

  /// See `LogDisk`.
  public func sync(_ fd: Int32) -> Bool { fsync(fd) == 0 }

  /// See `LogDisk`.
  public func syncFolder(_ folder: String) {
    let fd = Glibc.open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard fd >= 0 else { return }
    fsync(fd)
    Glibc.close(fd)
  }

  /// See `LogDisk`.
  public func rename(_ from: String, _ to: String) -> Bool { Glibc.rename(from, to) == 0 }

  /// See `LogDisk`.
  public func unlink(_ path: String) -> Bool { Glibc.unlink(path) == 0 }

  /// See `LogDisk`.
  public func makeFolder(_ path: String) -> Bool { mkdir(path, 0o700) == 0 }

  /// See `LogDisk`.
  public func lock(_ fd: Int32, _ operation: Int32) -> Bool { flock(fd, operation) == 0 }

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
    var disk = statvfs()
    guard fstatvfs(fd, &disk) == 0 else { return nil }
    return UInt64(disk.f_bavail) * UInt64(disk.f_bsize)
  }

  /// See `LogDisk`.
  public func list(_ folder: String) -> [String] {
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

/// `stat(2)` of a path, outside `SystemDisk`, whose own `stat` hides the system's.
private func factsOf(_ path: String) -> FileFacts? {
  var info = stat()
  return stat(path, &info) == 0 ? FileFacts(info) : nil
}
