import GlideSystem

/// What a log's path is on disk, checked before anything opens it: opening a FIFO blocks
/// until a writer comes, and a device such as `/dev/null` swallows every line in silence.
enum LogKind {
  /// Throws when `path` (after symlinks) exists and is not a regular file, saying what it
  /// is; a missing path is fine, it will be created.
  static func check(
    _ path: String, doing what: String, on disk: any LogDisk = SystemDisk()
  ) throws(LogError) {
    guard let info = disk.stat(path) else {
      if SystemError.last == .missing { return }
      throw .system(what, path)
    }
    if let kind = describe(info.kind) {
      throw LogError("\(what) \(path): it is \(kind), not a file")
    }
  }

  /// What a non-regular file is, in words; nil for a regular file.
  static func describe(_ kind: FileKind) -> String? {
    switch kind {
    case .regular: nil
    case .folder: "a folder"
    case .fifo: "a named pipe (FIFO)"
    case .characterDevice: "a character device"
    case .blockDevice: "a block device"
    case .socket: "a socket"
    case .other: "not a regular file"
    }
  }

  /// The first `limit` + 1 bytes of the regular file at `path` (one more than allowed, so
  /// a caller can tell a file that is too large), or nil when it cannot be read: the small
  /// files beside a log (a journal, the merge index) are read whole, but never unbounded.
  static func readSmallFile(
    _ path: String, limit: Int, on disk: any LogDisk = SystemDisk()
  ) -> [UInt8]? {
    let fd = openRegular(path, on: disk)
    guard fd >= 0 else { return nil }
    defer { disk.close(fd) }
    var bytes = [UInt8](repeating: 0, count: limit + 1)
    var filled = 0
    while filled < bytes.count {
      let count = bytes.withUnsafeMutableBytes {
        disk.read(
          fd, into: UnsafeMutableRawBufferPointer(rebasing: $0[filled...]), at: Int64(filled))
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
  static func openRegular(_ path: String, on disk: any LogDisk = SystemDisk()) -> Int32 {
    let fd = disk.open(path, [.readOnly, .nonBlocking], 0)
    guard fd >= 0 else { return -1 }
    guard disk.stat(fd)?.isRegular == true else {
      disk.close(fd)
      SystemError.last = .invalid
      return -1
    }
    Descriptor.makeBlocking(fd)
    return fd
  }
}
