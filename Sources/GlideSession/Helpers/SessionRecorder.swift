import GlideCore
import GlideLog

/// Keeps a running session's journal and appends its line to the log when it ends.
public final class SessionRecorder: Recorder {
  let log: LogFile
  let id = SessionRecord.newID()
  let startedAt = Timestamp.now()
  private let journal: Journal
  /// Why the line could not be appended, with the line itself, to print after the session.
  public private(set) var failure: (reason: String, line: String)?
  /// Sessions this ISO week, counted after this one was appended.
  public private(set) var weekCount: Int?

  /// Starts the journal of a new session beside `log`.
  public init(log: LogFile) throws(LogError) {
    self.log = log
    journal = try Journal(log: log, id: id)
  }

  /// Replaces the journal with the progress so far; `synced` at item changes and pauses.
  public func journal(_ summary: Summary, synced: Bool) {
    try? journal.write(
      SessionRecord(summary, id: id, startedAt: startedAt, endedAt: .now()), synced: synced)
  }

  /// Appends the finished session, then removes the journal.
  public func finish(_ summary: Summary) {
    let record = SessionRecord(summary, id: id, startedAt: startedAt, endedAt: .now())
    do {
      try journal.finish(record)
      if var reader = try? LogReader(path: log.path) {
        weekCount = sessionsThisWeek(&reader, now: .now(), time: .system)
      }
    } catch {
      // The journal now holds this final record: the next glide command adds it, once.
      failure = (error.description, record.jsonLine)
    }
  }
}
