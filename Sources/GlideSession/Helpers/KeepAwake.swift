/// Asks the system not to sleep while a session runs, so a five-minute hold is not cut by
/// a laptop's idle sleep: systemd-inhibit holds a lock for as long as its child lives.
/// Where there is no systemd-inhibit, or it cannot take the lock, nothing is said.
final class KeepAwake {
  private var pid: Int32?
  private let processes: any ChildProcesses

  init(processes: any ChildProcesses) {
    self.processes = processes
    guard let inhibit = processes.find("systemd-inhibit"), let sleeper = processes.find("sleep")
    else {
      return
    }
    pid = processes.spawn(
      inhibit,
      [
        "--what=idle:sleep", "--who=glide", "--why=A Glide session is running", "--mode=block",
        sleeper, "infinity",
      ], environment: [:])
  }

  /// Notes that a child ended; true when it was the inhibitor (which then gave up).
  func ended(_ child: Int32) -> Bool {
    guard child == pid else { return false }
    pid = nil
    return true
  }

  /// Lets the system sleep again.
  func release() {
    if let pid { processes.stop(pid) }
    pid = nil
  }
}
