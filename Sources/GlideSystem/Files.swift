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

  /// Removes the file at `path` (a link itself, not what it points to).
  public static func remove(_ path: String) throws(SystemError) {
    guard unlink(path) == 0 else { throw .last }
  }
}
