#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Single files on disk: whether one is there, removing one.
public enum Files {
  /// Whether something exists at `path` (following links).
  public static func exists(_ path: String) -> Bool {
    var info = stat()
    return stat(path, &info) == 0
  }

  /// Renames `from` to `to` atomically, replacing what `to` named.
  public static func rename(_ from: String, to: String) throws(SystemError) {
    guard systemRename(from, to) == 0 else { throw .last }
  }

  /// Removes the file at `path` (a link itself, not what it points to).
  public static func remove(_ path: String) throws(SystemError) {
    guard unlink(path) == 0 else { throw .last }
  }
}

extension Files {
  /// Writes `bytes` to a new file at `path` with `mode`; with `exclusive`, never over an
  /// existing file (`.exists` then), else replacing what was there in place.
  public static func write(
    _ path: String, _ bytes: [UInt8], mode: UInt32 = 0o644, exclusive: Bool = false
  ) throws(SystemError) {
    let flags = O_WRONLY | O_CREAT | O_CLOEXEC | (exclusive ? O_EXCL : O_TRUNC)
    let fd = open(path, flags, mode_t(mode))
    guard fd >= 0 else { throw .last }
    let written = Descriptor.writeAll(fd, bytes)
    let failure = written ? nil : SystemError.last
    if close(fd) != 0 && failure == nil { throw .last }
    if let failure { throw failure }
  }
}

extension Files {
  /// The first `limit` bytes of the file at `path` (all of it by default); nil when it
  /// cannot be read.
  public static func read(_ path: String, limit: Int = .max) -> [UInt8]? {
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { return nil }
    defer { close(fd) }
    var bytes: [UInt8] = []
    while bytes.count < limit {
      guard let chunk = Descriptor.readPrefix(fd, limit: min(limit - bytes.count, 65536)) else {
        return nil
      }
      if chunk.isEmpty { break }
      bytes += chunk
    }
    return bytes
  }
}

extension Files {
  /// The size in bytes of the file at `path` (following links); nil when there is none.
  public static func size(_ path: String) -> Int64? {
    var info = stat()
    guard stat(path, &info) == 0 else { return nil }
    return Int64(info.st_size)
  }

  /// Whether this process may run the file at `path`.
  public static func isExecutable(_ path: String) -> Bool {
    access(path, X_OK) == 0
  }

  /// `path` made absolute with every link and `.`/`..` resolved; nil when it does not exist.
  public static func resolve(_ path: String) -> String? {
    guard let resolved = realpath(path, nil) else { return nil }
    defer { free(resolved) }
    return String(cString: resolved)
  }
}

extension Files {
  /// Appends `bytes` to the file at `path`, creating it with `mode`, and syncs it to disk;
  /// false when some could not be written or synced.
  public static func append(_ path: String, _ bytes: [UInt8], mode: UInt32 = 0o600) -> Bool {
    let fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, mode_t(mode))
    guard fd >= 0 else { return false }
    defer { close(fd) }
    return Descriptor.writeAll(fd, bytes) && fsync(fd) == 0
  }
}

/// rename(2), named apart from `Files.rename`, which would hide it inside the enum.
private func systemRename(_ from: String, _ to: String) -> Int32 {
  rename(from, to)
}
