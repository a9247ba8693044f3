/// Starting and stopping the helper programs a session uses (speech, the event hook, the
/// sleep inhibitor), never waiting for them: the system's, or a fake in tests.
public protocol ChildProcesses: AnyObject {
  /// Starts `path` with `arguments`, output discarded, in a process group of its own;
  /// `environment` is added to Glide's own. The pid, or nil when it could not start.
  func spawn(_ path: String, _ arguments: [String], environment: [String: String]) -> Int32?
  /// The children that have ended since the last call, with their exit statuses.
  func reap() -> [(pid: Int32, status: Int32)]
  /// Stops a child and whatever it started.
  func stop(_ pid: Int32)
  /// The full path of `name` on PATH, if it is there and executable.
  func find(_ name: String) -> String?
}
