#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Replacing a file whole: written to `PATH.tmp`, synced, then renamed over `PATH`, so a
/// crash leaves the old file or the new one, never half of one.
public enum AtomicFile {
  /// Replaces `path` with `bytes` (created with `mode`). With `synced`, the data and then
  /// the folder's entry are flushed to disk before it returns. Every step goes through
  /// `disk`, so a test can stop or fail any one of them.
  public static func replace(
    _ path: String, with bytes: [UInt8], mode: UInt32 = 0o644, synced: Bool = true,
    disk: any Disk = SystemDisk()
  ) throws(SystemError) {
    let temporary = path + ".tmp"
    let fd = disk.open(temporary, [.writeOnly, .create, .truncate], mode)
    guard fd >= 0 else { throw .last }
    var failure = disk.writeAll(fd, bytes) ? nil : SystemError.last
    if failure == nil && synced && !disk.sync(fd) { failure = .last }
    if !disk.close(fd) && failure == nil { failure = .last }
    if failure == nil && !disk.rename(temporary, path) { failure = .last }
    if let failure {
      _ = disk.unlink(temporary)
      throw failure
    }
    if synced { disk.syncFolder(folder(of: path)) }
  }

  /// The folder holding `path`: the one rule for it, which the log's folder reads too.
  public static func folder(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "." }
    return slash == path.startIndex ? "/" : String(path[..<slash])
  }

  /// Flushes the folder holding `path` so a rename or a new entry in it survives a crash.
  public static func syncFolder(of path: String) {
    let fd = open(folder(of: path), O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard fd >= 0 else { return }
    fsync(fd)
    close(fd)
  }
}
