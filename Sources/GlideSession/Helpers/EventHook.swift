import GlideCore

/// Runs the person's `--on-event` command with /bin/sh at each step start and end, pause,
/// resume, change of the time left and session end. Each event starts its own process at once, so none is lost
/// and the timer never waits; a failing command is reported once.
final class EventHook {
  private let processes: any ChildProcesses
  /// The events, as GLIDE_EVENT names them.
  enum Kind: String {
    case stepStart = "step_start"
    case stepEnd = "step_end"
    case pause
    case resume
    /// `+`, `-` or `!` changed the time left in the step.
    case lengthChanged = "length_changed"
    case sessionEnd = "session_end"
  }

  let command: String
  private var running: Set<Int32> = []
  /// Events fired so far: each process may run alongside the others, so GLIDE_SEQUENCE
  /// tells the order.
  private var sequence = 0
  /// The first failure, once seen: what the screen and the summary report.
  private(set) var failure: String?
  /// Whether a pause event came last of the two: GLIDE_PAUSED, so a step started while
  /// paused says so.
  private var paused = false

  init(command: String, processes: any ChildProcesses) {
    self.command = command
    self.processes = processes
  }

  /// Starts the command for one event about plan item `index`, with `remaining` left of
  /// it (zero for counted reps) and, for the ends, how it ended.
  func fire(
    _ kind: Kind, plan: Plan, item index: Int, remaining: TimeSpan?, outcome: String = ""
  ) {
    let item = plan.items.indices.contains(index) ? plan.items[index] : nil
    sequence += 1
    if kind == .pause { paused = true }
    if kind == .resume { paused = false }
    let environment = [
      "GLIDE_SEQUENCE": "\(sequence)",
      "GLIDE_EVENT": kind.rawValue,
      "GLIDE_ROUTINE": plan.routineID,
      "GLIDE_STEP": item.map { "\($0.number)" } ?? "",
      "GLIDE_STEP_KIND": item.map(Self.kind) ?? "",
      "GLIDE_TARGET": item?.step.target ?? "",
      "GLIDE_SIDE": item?.side?.rawValue ?? "",
      "GLIDE_REMAINING": "\((remaining ?? .zero).ceilingSeconds)",
      "GLIDE_OUTCOME": outcome,
      "GLIDE_PAUSED": paused ? "1" : "0",
    ]
    if let pid = processes.spawn("/bin/sh", ["-c", command], environment: environment) {
      running.insert(pid)
    } else if failure == nil {
      failure = "the --on-event command could not be started"
    }
  }

  /// GLIDE_STEP_KIND: `lead-in`, `switch-sides`, or the step's technique.
  static func kind(of item: PlanItem) -> String {
    switch item.kind {
    case .leadIn: "lead-in"
    case .switchSides: "switch-sides"
    case .transition: "transition"
    case .step: item.technique.rawValue
    }
  }

  /// Notes that a child ended; true when it was one of the hook's.
  func ended(_ pid: Int32, status: Int32) -> Bool {
    guard running.remove(pid) != nil else { return false }
    if status != 0, failure == nil {
      failure = "the --on-event command failed (exit status \(status)); the session goes on"
    }
    return true
  }
}
