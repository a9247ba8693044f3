#if canImport(Glibc)
  import Glibc
#endif

/// The system's child processes, started with posix_spawn: their output goes to
/// /dev/null so it cannot scribble on the screen, and they are reaped when the run loop
/// next wakes.
public final class SystemProcesses: ChildProcesses {
  /// The system's processes.
  public init() {}

  /// Starts `path` with `arguments`; extra environment variables are added to Glide's own.
  public func spawn(_ path: String, _ arguments: [String], environment extra: [String: String])
    -> Int32?
  {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    // Its own process group: a Ctrl-C meant for Glide is not sent to it, and Glide can
    // stop it and anything it started at once.
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP))
    posix_spawnattr_setpgroup(&attributes, 0)
    var environment: [String] = []
    var pointer = environ
    while let entry = pointer.pointee {
      let text = String(cString: entry)
      let name = text.split(separator: "=", maxSplits: 1).first.map(String.init) ?? ""
      if extra[name] == nil { environment.append(text) }
      pointer += 1
    }
    environment += extra.map { "\($0.key)=\($0.value)" }
    let argv = ([path] + arguments).map { strdup($0) } + [nil]
    let envp = environment.map { strdup($0) } + [nil]
    defer {
      for pointer in argv + envp { free(pointer) }
    }
    var pid: pid_t = 0
    guard posix_spawn(&pid, path, &actions, &attributes, argv, envp) == 0 else { return nil }
    return pid
  }

  /// The children that have ended since the last call, with their exit statuses.
  public func reap() -> [(pid: Int32, status: Int32)] {
    var ended: [(Int32, Int32)] = []
    var status: Int32 = 0
    while true {
      let pid = waitpid(-1, &status, WNOHANG)
      guard pid > 0 else { break }
      let code = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
      ended.append((pid, code))
    }
    return ended
  }

  /// Stops a child and whatever it started.
  public func stop(_ pid: Int32) {
    kill(-pid, SIGTERM)
    kill(pid, SIGTERM)
  }

  /// The full path of `name` on PATH, if it is there and executable.
  public func find(_ name: String) -> String? {
    let path = getenv("PATH").map { String(cString: $0) } ?? "/usr/bin:/bin"
    for folder in path.split(separator: ":") {
      let candidate = "\(folder)/\(name)"
      if access(candidate, X_OK) == 0 { return candidate }
    }
    return nil
  }
}
