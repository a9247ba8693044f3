#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Folders on disk: making them with their parents, listing one, removing one whole.
public enum Folders {
  /// `mkdir -p`: creates `path` and the folders above it that are missing, each with `mode`.
  /// Succeeds when `path` is a folder already; `.notFolder` when something else is there.
  /// Without `parents`, only `path` itself is made: a folder above it that is missing (one
  /// the system should have made, such as `$XDG_RUNTIME_DIR`) is an error.
  public static func make(
    _ path: String, mode: UInt32 = 0o755, parents: Bool = true
  ) throws(SystemError) {
    if parents {
      var prefix = path.hasPrefix("/") ? "" : "."
      for part in path.split(separator: "/") {
        prefix += "/" + part
        if mkdir(prefix, mode_t(mode)) != 0 && errno != EEXIST { throw .last }
      }
    } else if mkdir(path, mode_t(mode)) != 0 && errno != EEXIST {
      throw .last
    }
    guard isFolder(path) else { throw .notFolder }
  }

  /// Whether `path` is a folder (following a symbolic link).
  public static func isFolder(_ path: String) -> Bool {
    var info = stat()
    return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
  }

  /// The names in folder `path` (without "." and ".."), in the order the system gives them;
  /// nil when it cannot be opened.
  public static func list(_ path: String) -> [String]? {
    guard let folder = opendir(path) else { return nil }
    defer { closedir(folder) }
    var names: [String] = []
    while let entry = readdir(folder) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        String(cString: raw.bindMemory(to: CChar.self).baseAddress!)
      }
      if name != "." && name != ".." { names.append(name) }
    }
    return names
  }

  /// Removes `path` and all it holds, never following a symbolic link out of it; false when
  /// something could not be removed.
  @discardableResult
  public static func removeTree(_ path: String) -> Bool {
    var info = stat()
    guard lstat(path, &info) == 0 else { return errno == ENOENT }
    guard (info.st_mode & S_IFMT) == S_IFDIR else { return unlink(path) == 0 }
    var removed = true
    for name in list(path) ?? [] where !removeTree(path + "/" + name) {
      removed = false
    }
    return rmdir(path) == 0 && removed
  }

  /// Makes a fresh folder, mode 0700, named `prefix` and six random characters under
  /// `base`; its path, or nil with errno set.
  public static func makeTemporary(under base: String, prefix: String) -> String? {
    var template = Array("\(base)/\(prefix)-XXXXXX".utf8CString)
    guard template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) != nil else {
      return nil
    }
    return template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
  }
}
