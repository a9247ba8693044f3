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

  /// The error the last failed call left in errno.
  public static var last: SystemError { SystemError(code: errno) }

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
}
