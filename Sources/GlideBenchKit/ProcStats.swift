import GlideSystem

/// What /proc says of a process, summed over all its threads.
public struct ProcStats: Sendable {
  /// CPU time in nanoseconds (schedstat: exact, unlike the 10 ms ticks of /proc/PID/stat).
  public var cpuNanoseconds: Int64
  /// Voluntary plus involuntary context switches: how often the process woke and ran.
  public var contextSwitches: Int64
  /// Voluntary context switches alone: how often the process went to sleep by itself
  /// (once per wake of an event loop), without the preemptions a busy machine adds.
  public var voluntarySwitches: Int64
  /// Peak resident set size in kilobytes (VmHWM).
  public var peakRSSKilobytes: Int64

  /// Reads the stats of a live process; nil once it is gone.
  public static func read(pid: Int32) -> ProcStats? {
    guard let tasks = listDirectory("/proc/\(pid)/task") else { return nil }
    var cpu: Int64 = 0
    var switches: Int64 = 0
    var voluntary: Int64 = 0
    for task in tasks {
      if let schedstat = readText("/proc/\(pid)/task/\(task)/schedstat"),
        let first = schedstat.split(separator: " ").first, let value = Int64(first)
      {
        cpu += value
      }
      if let status = readText("/proc/\(pid)/task/\(task)/status") {
        let own = field(status, "voluntary_ctxt_switches")
        voluntary += own
        switches += own + field(status, "nonvoluntary_ctxt_switches")
      }
    }
    guard let status = readText("/proc/\(pid)/status") else { return nil }
    return ProcStats(
      cpuNanoseconds: cpu, contextSwitches: switches, voluntarySwitches: voluntary,
      peakRSSKilobytes: field(status, "VmHWM"))
  }

  static func field(_ status: String, _ name: String) -> Int64 {
    for line in status.split(separator: "\n") where line.hasPrefix(name + ":") {
      let digits = line.dropFirst(name.count + 1).filter { $0.isNumber }
      return Int64(digits) ?? 0
    }
    return 0
  }
}

/// A file's text, or nil.
func readText(_ path: String) -> String? {
  Files.read(path).map { String(decoding: $0, as: UTF8.self) }
}

/// A folder's entries, or nil.
func listDirectory(_ path: String) -> [String]? {
  Folders.list(path)
}
