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
  /// the folder's entry are flushed to disk before it returns.
  public static func replace(
    _ path: String, with bytes: [UInt8], mode: UInt32 = 0o644, synced: Bool = true
  ) throws(SystemError) {
    let temporary = path + ".tmp"
    let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode_t(mode))
    guard fd >= 0 else { throw .last }
    let written = Descriptor.writeAll(fd, bytes)
    var failure = written ? nil : SystemError.last
    if failure == nil && synced && fsync(fd) != 0 { failure = .last }
    if close(fd) != 0 && failure == nil { failure = .last }
    if failure == nil && rename(temporary, path) != 0 { failure = .last }
    if let failure {
      unlink(temporary)
      throw failure
    }
    if synced { syncFolder(of: path) }
  }

  /// Flushes the folder holding `path` so a rename or a new entry in it survives a crash.
  public static func syncFolder(of path: String) {
    let folder: String
    if let slash = path.lastIndex(of: "/") {
      folder = slash == path.startIndex ? "/" : String(path[..<slash])
    } else {
      folder = "."
    }
    let fd = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard fd >= 0 else { return }
    fsync(fd)
    close(fd)
  }
}
