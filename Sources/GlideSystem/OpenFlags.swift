#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// A flock(2) lock operation.
public enum LockOperation: Hashable, Sendable {
  /// Takes the exclusive lock, waiting for it.
  case exclusive
  /// Takes the exclusive lock only if no one holds it (EWOULDBLOCK otherwise).
  case exclusiveNow
  /// Lets it go.
  case unlock
}

/// How a file is opened: for reading, writing or both, and what else open(2) is told.
/// Every descriptor is closed across exec, so a program Glide starts never inherits one.
public struct OpenFlags: OptionSet, Hashable, Sendable {
  /// The open(2) bits.
  public let rawValue: Int32
  /// Flags from open(2)'s bits.
  public init(rawValue: Int32) { self.rawValue = rawValue }

  /// For reading only (no bit: the default).
  public static let readOnly: OpenFlags = []
  /// For writing only.
  public static let writeOnly = OpenFlags(rawValue: O_WRONLY)
  /// For reading and writing.
  public static let readWrite = OpenFlags(rawValue: O_RDWR)
  /// Made when missing, with the mode given.
  public static let create = OpenFlags(rawValue: O_CREAT)
  /// With `create`: never over an existing file (EEXIST then).
  public static let exclusive = OpenFlags(rawValue: O_EXCL)
  /// Emptied first.
  public static let truncate = OpenFlags(rawValue: O_TRUNC)
  /// Every write goes at the end, whatever others wrote meanwhile.
  public static let append = OpenFlags(rawValue: O_APPEND)
  /// Neither the open nor any read or write waits (a FIFO without a writer opens at once).
  public static let nonBlocking = OpenFlags(rawValue: O_NONBLOCK)

  /// Whether these flags may write to the file.
  public var writes: Bool { !isDisjoint(with: [.writeOnly, .readWrite]) }
}

extension Descriptor {
  /// Opens `path` with `flags` (and close-on-exec), creating it with `mode` when `flags`
  /// say so; the descriptor, or -1 with errno set (`SystemError.last`).
  public static func open(_ path: String, _ flags: OpenFlags, mode: UInt32 = 0) -> Int32 {
    systemOpen(path, flags.rawValue | O_CLOEXEC, mode_t(mode))
  }

  /// One flock(2) call on `fd`; false, with errno set, when the lock was not taken (a
  /// signal may interrupt a wait: EINTR).
  public static func flock(_ fd: Int32, _ operation: LockOperation) -> Bool {
    let bits =
      switch operation {
      case .exclusive: LOCK_EX
      case .exclusiveNow: LOCK_EX | LOCK_NB
      case .unlock: LOCK_UN
      }
    return systemFlock(fd, bits) == 0
  }

  /// Cuts the file open as `fd` to `length` bytes; false, with errno set, when it cannot.
  public static func truncate(_ fd: Int32, to length: Int64) -> Bool {
    ftruncate(fd, off_t(length)) == 0
  }

  /// Makes what was written through `fd` durable (fsync); false, with errno set, when the
  /// disk did not take it.
  public static func sync(_ fd: Int32) -> Bool {
    fsync(fd) == 0
  }

  /// Makes `fd` wait again in reads and writes, after a non-blocking open.
  public static func makeBlocking(_ fd: Int32) {
    _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK)
  }
}

/// open(2), named apart from `Descriptor.open`, which would hide it inside the enum.
private func systemOpen(_ path: String, _ flags: Int32, _ mode: mode_t) -> Int32 {
  open(path, flags, mode)
}

/// flock(2), named apart from `Descriptor.flock`.
private func systemFlock(_ fd: Int32, _ operation: Int32) -> Int32 {
  flock(fd, operation)
}
