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
  /// The device and inode: the file's identity, whatever its name.
  public var device: UInt64
  /// See `device`.
  public var inode: UInt64
  /// How many names it has; 0 once deleted.
  public var links: UInt64

  /// A status as given, for a stand-in disk in tests.
  public init(kind: FileKind, size: Int64, device: UInt64 = 0, inode: UInt64 = 0, links: UInt64 = 1)
  {
    self.kind = kind
    self.size = size
    self.device = device
    self.inode = inode
    self.links = links
  }

  /// Whether it is a regular file.
  public var isRegular: Bool { kind == .regular }

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
    device = UInt64(info.st_dev)
    inode = UInt64(info.st_ino)
    links = UInt64(info.st_nlink)
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

extension FileStatus {
  /// Bytes free for an unprivileged writer on the file system that holds the open file
  /// `fd`; nil when it cannot be known.
  public static func freeBytes(descriptor fd: Int32) -> UInt64? {
    var disk = statvfs()
    guard fstatvfs(fd, &disk) == 0 else { return nil }
    return UInt64(disk.f_bavail) * UInt64(disk.f_bsize)
  }
}

extension SystemError {
  /// Nothing is at the path: it, or a folder on the way to it, is missing.
  public var isMissing: Bool { code == ENOENT || code == ENOTDIR }
}
