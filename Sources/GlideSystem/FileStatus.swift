#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// What kind of thing a path names.
public enum FileKind: Hashable, Sendable {
  /// A regular file.
  case regular
  /// A folder.
  case folder
  /// A named pipe: opening it blocks until a writer comes.
  case fifo
  /// A character device such as `/dev/null`.
  case characterDevice
  /// A block device.
  case blockDevice
  /// A Unix socket.
  case socket
  /// A symbolic link (only from `lstat`), or anything else.
  case other
}

/// What `stat` says of a path: its kind and size.
public struct FileStatus: Hashable, Sendable {
  /// What kind of thing it is.
  public var kind: FileKind
  /// Its size in bytes.
  public var size: Int64

  /// The status of `path`, following links.
  public init(of path: String) throws(SystemError) {
    var info = stat()
    guard stat(path, &info) == 0 else { throw .last }
    self.init(info)
  }

  /// The status of the open file `fd`.
  public init(descriptor fd: Int32) throws(SystemError) {
    var info = stat()
    guard fstat(fd, &info) == 0 else { throw .last }
    self.init(info)
  }

  init(_ info: stat) {
    size = Int64(info.st_size)
    kind =
      switch info.st_mode & S_IFMT {
      case S_IFREG: .regular
      case S_IFDIR: .folder
      case S_IFIFO: .fifo
      case S_IFCHR: .characterDevice
      case S_IFBLK: .blockDevice
      case S_IFSOCK: .socket
      default: .other
      }
  }
}

extension SystemError {
  /// Nothing is at the path: it, or a folder on the way to it, is missing.
  public var isMissing: Bool { code == ENOENT || code == ENOTDIR }
}
