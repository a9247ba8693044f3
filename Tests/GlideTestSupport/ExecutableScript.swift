#if canImport(Glibc)
  import Glibc
#endif

/// Writes a shell script for a test to start, in a way no other process can keep it open
/// for writing. A child forked by another test while the script is open (a tmux server
/// never execs) would otherwise hold it "busy", and starting it fails with ETXTBSY.
public enum ExecutableScript {
  /// Writes `text` to `path`, mode 0755, through a descriptor closed on exec.
  public static func write(_ text: String, to path: String) -> Bool {
    unlink(path)
    let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o755)
    guard descriptor >= 0 else { return false }
    defer { close(descriptor) }
    let bytes = Array(text.utf8)
    var sent = 0
    while sent < bytes.count {
      let result = bytes.withUnsafeBytes {
        Glibc.write(descriptor, $0.baseAddress! + sent, bytes.count - sent)
      }
      if result < 0 {
        if errno == EINTR { continue }
        return false
      }
      sent += result
    }
    return true
  }
}
