import GlideSystem

/// Names a process so that no other process, now or after a reboot, has the same name:
/// its pid, its start time in clock ticks since boot, and the boot's id. A journal keeps
/// its session's identity, so a session whose lock file was deleted is still known to be
/// alive.
struct ProcessIdentity: Hashable {
  /// The process id.
  var pid: Int32
  /// Field 22 of `/proc/PID/stat`.
  var start: String
  /// `/proc/sys/kernel/random/boot_id`.
  var boot: String

  /// This process.
  static var current: ProcessIdentity? { of(Host.processID) }

  /// The process `pid`, if it is running.
  static func of(_ pid: Int32) -> ProcessIdentity? {
    guard let stat = firstLine("/proc/\(pid)/stat"), let boot = firstLine(bootPath) else {
      return nil
    }
    // The command name in parentheses may hold spaces: fields are counted after it.
    guard let close = stat.lastIndex(of: ")") else { return nil }
    let fields = stat[stat.index(after: close)...].split(separator: " ")
    guard fields.count > 19 else { return nil }
    return ProcessIdentity(pid: pid, start: String(fields[19]), boot: boot)
  }

  /// Whether the process this names is still running.
  var isAlive: Bool { Self.of(pid) == self }

  static let bootPath = "/proc/sys/kernel/random/boot_id"

  private static func firstLine(_ path: String) -> String? {
    guard let bytes = Files.read(path, limit: 1024), !bytes.isEmpty else { return nil }
    return String(decoding: bytes.prefix { $0 != 0x0A }, as: UTF8.self)
  }
}
