import GlideCore
import GlideSystem

/// Keeps a running session's status file: written when a step starts, at a pause and a
/// resumption, and when `+`, `-` or `!` change the step's length; removed at the end. Between those the file's deadline says it all.
final class StatusKeeper {
  private let folder: String
  private let pid = Host.processID
  private let scale: Double

  /// A keeper, when there is a runtime folder to keep the file in.
  init?(scale: Double) {
    guard let folder = StatusFile.folder() else { return nil }
    self.folder = folder
    self.scale = scale
  }

  /// Writes where `state` is, with `remaining` left of its item now (nil for reps counted
  /// by key).
  func update(_ state: SessionState, remaining: TimeSpan?) {
    guard let item = state.item, !state.isFinished else { return remove() }
    let paused: Bool
    if case .paused = state.mode { paused = true } else { paused = false }
    let left = remaining.map { Double($0.ceilingSeconds) }
    let status = SessionStatus(
      pid: pid, routine: state.plan.routineName, what: WindowTitle.what(state), paused: paused,
      ends: paused ? nil : left.map { SystemClock.realtimeSeconds() + $0 / scale },
      remaining: paused ? left : nil,
      length: left == nil ? nil : Double(state.planned(state.index).ceilingSeconds),
      scale: scale, step: item.number, steps: state.plan.stepCount)
    StatusFile.write(status, in: folder)
  }

  /// Removes the file: the session is over.
  func remove() {
    StatusFile.remove(in: folder, pid: pid)
  }
}
