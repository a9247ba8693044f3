#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// A system call that failed, with its errno, so each caller words its own line around the
/// C library's reason.
public struct SystemError: Error, Equatable, Sendable {
  /// The errno the call left.
  public let code: Int32

  /// An error for `code`.
  public init(code: Int32) { self.code = code }

  /// The error the last failed call left in errno; set, it is what the next reader of
  /// errno finds (a layer that fails in a call's manner, or one that keeps errno across
  /// a clean-up).
  public static var last: SystemError {
    get { SystemError(code: errno) }
    set { errno = newValue.code }
  }

  /// The C library's words for the error ("No such file or directory").
  public var reason: String { String(cString: strerror(code)) }

  /// Not a folder: something else is where a folder must be.
  public static let notFolder = SystemError(code: ENOTDIR)

  /// No such file or folder.
  public static let missing = SystemError(code: ENOENT)

  /// The path already exists.
  public static let exists = SystemError(code: EEXIST)

  /// Whether errno says the path is there already.
  public var isExisting: Bool { code == EEXIST }

  /// Whether a signal interrupted the call before it did anything.
  public var isInterrupted: Bool { code == EINTR }

  /// Interrupted by a signal (EINTR).
  public static let interrupted = SystemError(code: EINTR)

  /// Not the right kind of thing, or a value out of range (EINVAL).
  public static let invalid = SystemError(code: EINVAL)

  /// The device failed, or the file went away under the call (EIO).
  public static let inputOutput = SystemError(code: EIO)

  /// No space left on the device (ENOSPC).
  public static let noSpace = SystemError(code: ENOSPC)

  /// No error: errno as a call that worked may leave it.
  public static let none = SystemError(code: 0)
}
