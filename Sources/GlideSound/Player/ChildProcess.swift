#if canImport(Glibc)
  import Glibc
#endif

/// The few process calls the player needs: start a program with no terminal, check
/// whether it ended without waiting, stop it.
enum ChildProcess {
  /// Starts `path` with `arguments` and Glide's environment; stdin, stdout and stderr go
  /// to /dev/null so a player's messages cannot scribble on the screen. Its own process
  /// group, so it can be stopped with anything it started. Nil when it could not start.
  static func spawn(_ path: String, _ arguments: [String]) -> Int32? {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP))
    posix_spawnattr_setpgroup(&attributes, 0)
    let argv = ([path] + arguments).map { strdup($0) } + [nil]
    defer { for argument in argv { free(argument) } }
    var pid: pid_t = 0
    guard posix_spawn(&pid, path, &actions, &attributes, argv, environ) == 0 else { return nil }
    return pid
  }

  /// The exit code (or 128 + the signal) of `pid` once it has ended, reaping it; 0 when it
  /// is gone already; nil while it runs. Never blocks.
  static func exitStatus(_ pid: Int32) -> Int32? {
    var status: Int32 = 0
    let result = waitpid(pid, &status, WNOHANG)
    if result < 0 && errno == ECHILD { return 0 }
    guard result == pid else { return nil }
    return (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
  }

  /// Stops a child and whatever it started.
  static func stop(_ pid: Int32) {
    kill(-pid, SIGTERM)
    kill(pid, SIGTERM)
  }
}
