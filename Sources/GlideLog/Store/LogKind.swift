import GlideSystem

/// What a log's path is on disk, checked before anything opens it: opening a FIFO blocks
/// until a writer comes, and a device such as `/dev/null` swallows every line in silence.
enum LogKind {
  /// Throws when `path` (after symlinks) exists and is not a regular file, saying what it
  /// is; a missing path is fine, it will be created.
  static func check(
    _ path: String, doing what: String, on disk: any Disk = SystemDisk()
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
}
