import Synchronization

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Children started and not yet reaped through `reapEnded()`; never below the true number,
/// as children waited for in other ways are only ever over-counted.
private let unreaped = Atomic<Int>(0)

/// Starting a program with posix_spawn, the one way the app, the benchmark and the tests
/// do it: standard input, output and error from files (/dev/null unless given), an
/// environment, optionally a process group of its own, and no signal held back (a parent
/// that blocks signals in its threads would otherwise pass that on).
public enum ChildProcess {
  /// Starts `path` with `arguments` and exactly `environment` ("NAME=value" entries).
  /// Returns the pid, or nil when it could not start.
  public static func spawn(
    _ path: String, _ arguments: [String], environment: [String],
    input: String = "/dev/null", output: String = "/dev/null", error: String = "/dev/null",
    ownProcessGroup: Bool = false
  ) -> Int32? {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, input, O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    posix_spawn_file_actions_addopen(&actions, 2, error, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var none = sigset_t()
    sigemptyset(&none)
    posix_spawnattr_setsigmask(&attributes, &none)
    var flags = Int32(POSIX_SPAWN_SETSIGMASK)
    if ownProcessGroup {
      flags |= Int32(POSIX_SPAWN_SETPGROUP)
      posix_spawnattr_setpgroup(&attributes, 0)
    }
    posix_spawnattr_setflags(&attributes, Int16(flags))
    var pid: pid_t = 0
    let started = withCStrings([path] + arguments) { argv in
      withCStrings(environment) { envp in
        posix_spawn(&pid, path, &actions, &attributes, argv, envp) == 0
      }
    }
    guard started else { return nil }
    unreaped.add(1, ordering: .relaxed)
    return pid
  }

  /// Reaps every child that has ended, without waiting, with its exit status. With no
  /// child started since the last that ended, it makes no system call at all: the run
  /// loop asks on every wake.
  public static func reapEnded() -> [(pid: Int32, status: Int32)] {
    guard unreaped.load(ordering: .relaxed) > 0 else { return [] }
    var ended: [(Int32, Int32)] = []
    var status: Int32 = 0
    while true {
      let pid = waitpid(-1, &status, WNOHANG)
      if pid < 0 && errno == ECHILD {
        unreaped.store(0, ordering: .relaxed)
        break
      }
      guard pid > 0 else { break }
      unreaped.subtract(1, ordering: .relaxed)
      ended.append((pid, exitStatus(status)))
    }
    return ended
  }

  /// This process's environment with `extra` added (replacing variables of the same name).
  public static func inheritedEnvironment(adding extra: [String: String] = [:]) -> [String] {
    let inherited = Host.environmentEntries.filter { text in
      extra[text.split(separator: "=", maxSplits: 1).first.map(String.init) ?? ""] == nil
    }
    return inherited + extra.map { "\($0.key)=\($0.value)" }
  }

  /// Waits for `pid` to end; its exit status as a shell reports it (128 + n for signal n).
  public static func wait(_ pid: Int32) -> Int32 {
    var status: Int32 = 0
    while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
    return exitStatus(status)
  }

  /// A raw waitpid status as a shell reports it.
  public static func exitStatus(_ status: Int32) -> Int32 {
    (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
  }

  /// The exit status of `pid` (as `exitStatus(_:)` gives it) once it has ended, reaping
  /// it; 0 when it is gone already; nil while it runs. Never blocks.
  public static func endedStatus(_ pid: Int32) -> Int32? {
    var status: Int32 = 0
    let result = waitpid(pid, &status, WNOHANG)
    if result < 0 && errno == ECHILD { return 0 }
    guard result == pid else { return nil }
    return exitStatus(status)
  }

  /// Waits for `pid` to end; its exit status (as `exitStatus(_:)` gives it) and the peak
  /// memory it used, in kilobytes.
  public static func waitWithPeakMemory(_ pid: Int32) -> (status: Int32, kilobytes: Int) {
    var status: Int32 = 0
    var usage = rusage()
    while wait4(pid, &status, 0, &usage) == -1 && errno == EINTR {}
    return (exitStatus(status), Int(usage.ru_maxrss))
  }

  /// Sends `signal` to `pid` (a process group when negative).
  public static func signal(_ pid: Int32, _ signal: Int32) {
    kill(pid, signal)
  }

  /// Stops a child started in its own process group, and whatever it started.
  public static func stop(_ pid: Int32) {
    kill(-pid, SIGTERM)
    kill(pid, SIGTERM)
  }
}
