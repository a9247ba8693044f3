import GlideSystem

/// What a log's path is on disk, checked before anything opens it: opening a FIFO blocks
/// until a writer comes, and a device such as `/dev/null` swallows every line in silence.
enum LogKind {
  /// Throws when `path` (after symlinks) exists and is not a regular file, saying what it
  /// is; a missing path is fine, it will be created.
  static func check(_ path: String, doing what: String) throws(LogError) {
    let status: FileStatus
    do {
      status = try FileStatus(of: path)
    } catch {
      if error.code == SystemError.missing.code { return }
      throw LogError("\(what) \(path): \(error.reason)")
    }
    if let kind = describe(status.kind) {
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
  static func readSmallFile(_ path: String, limit: Int) -> [UInt8]? {
    let fd = openRegular(path)
    guard fd >= 0 else { return nil }
    defer { Descriptor.close(fd) }
    var bytes: [UInt8] = []
    while bytes.count <= limit {
      guard let chunk = Descriptor.readPrefix(fd, limit: min(limit + 1 - bytes.count, 65536)),
        !chunk.isEmpty
      else { break }
      bytes += chunk
    }
    return bytes
  }

  /// Opens `path` read-only without ever blocking on a FIFO, and only when it is a
  /// regular file; -1 with `errno` set otherwise (`EINVAL` for the wrong kind).
  static func openRegular(_ path: String) -> Int32 {
    Descriptor.openRegular(path)
  }
}
