#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Other processes on this machine, by id (children this one started are `ChildProcess`'s).
public enum Processes {
  /// Whether a process `pid` exists, also when it belongs to someone else (the check sends
  /// signal 0, which delivers nothing).
  public static func exists(_ pid: Int32) -> Bool {
    pid > 0 && (kill(pid, 0) == 0 || errno == EPERM)
  }
}
