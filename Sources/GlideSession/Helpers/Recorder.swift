import GlideCore

/// Where a session's progress and its end are written: the journal and the log, or a
/// fake in tests.
public protocol Recorder: AnyObject {
  /// Keeps the progress so far, in case the process is killed: `synced` at item changes,
  /// pause and resume (the power may fail), unsynced on the refreshes between them.
  func journal(_ summary: Summary, synced: Bool)
  /// Adds the finished session to the log.
  func finish(_ summary: Summary)
  /// This ISO week's sessions, once the finished one was added.
  var week: WeekTally? { get }
}
