#if canImport(Glibc)
  import Glibc
#endif

/// Private temporary folders named after the process that made them
/// (`PREFIX-PID-XXXXXX`, mode 0700, made by `mkdtemp`, so no one can put a link in their
/// place), so that a later run can remove those a killed process left behind.
public enum PrivateFolders {
  /// Makes a fresh private folder for this process under `base`; its path, or nil with
  /// errno set.
  public static func make(under base: String, prefix: String) -> String? {
    Folders.makeTemporary(under: base, prefix: "\(prefix)-\(getpid())")
  }

  /// Removes the folders under `base` that `make` made with `prefix` for a process that
  /// is gone: only real folders (never a link), owned by this user; how many were
  /// removed. A process id in use again keeps its folder until that process is gone too.
  @discardableResult
  public static func removeOrphans(under base: String, prefix: String) -> Int {
    var removed = 0
    for name in Folders.list(base) ?? [] {
      guard let pid = owner(of: name, prefix: prefix), pid != getpid() else { continue }
      let path = base + "/" + name
      var info = stat()
      guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR,
        info.st_uid == getuid()
      else { continue }
      // Gone: no such process. EPERM means someone's process holds the id: keep it.
      guard kill(pid, 0) != 0, errno == ESRCH else { continue }
      if Folders.removeTree(path) { removed += 1 }
    }
    return removed
  }

  /// The process id in a name `make` gives (`PREFIX-PID-XXXXXX`), or nil for any other.
  static func owner(of name: String, prefix: String) -> Int32? {
    guard name.hasPrefix(prefix + "-") else { return nil }
    let parts = name.dropFirst(prefix.count + 1).split(separator: "-")
    guard parts.count == 2, parts[1].count == 6, let pid = Int32(parts[0]), pid > 0 else {
      return nil
    }
    return pid
  }
}
