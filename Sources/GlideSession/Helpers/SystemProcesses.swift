import GlideSystem

/// The system's child processes, started with posix_spawn: their output goes to
/// /dev/null so it cannot scribble on the screen, and they are reaped when the run loop
/// next wakes.
public final class SystemProcesses: ChildProcesses {
  /// The system's processes.
  public init() {}

  /// Starts `path` with `arguments`; extra environment variables are added to Glide's own.
  /// Its own process group: a Ctrl-C meant for Glide is not sent to it, and Glide can stop
  /// it and anything it started at once.
  public func spawn(_ path: String, _ arguments: [String], environment extra: [String: String])
    -> Int32?
  {
    ChildProcess.spawn(
      path, arguments, environment: ChildProcess.inheritedEnvironment(adding: extra),
      ownProcessGroup: true)
  }

  /// The children that have ended since the last call, with their exit statuses.
  public func reap() -> [(pid: Int32, status: Int32)] { ChildProcess.reapEnded() }

  /// Stops a child and whatever it started.
  public func stop(_ pid: Int32) { ChildProcess.stop(pid) }

  /// The full path of `name` on PATH, if it is there and executable.
  public func find(_ name: String) -> String? { SearchPath.find(name) }
}
