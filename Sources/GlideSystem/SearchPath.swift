#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Finding a program the way a shell does: the first executable of that name in the
/// folders of `$PATH`.
public enum SearchPath {
  /// The path of the first executable `name` in the folders of `searchPath` (by default
  /// `$PATH`, else /usr/bin:/bin); nil when none has it.
  public static func find(_ name: String, in searchPath: String? = nil) -> String? {
    let path = searchPath ?? Host.variable("PATH") ?? "/usr/bin:/bin"
    // Split on the bytes: a `String`'s split walks grapheme clusters, and a session looks
    // for five programs before its first frame. Empty entries are skipped.
    for folder in path.utf8.split(separator: UInt8(ascii: ":")) {
      let candidate = String(decoding: folder, as: UTF8.self) + "/" + name
      if Files.isExecutable(candidate) { return candidate }
    }
    return nil
  }
}
