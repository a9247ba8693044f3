import GlideCore
import GlideLog

/// Keeps a running session's journal and appends its line to the log when it ends.
final class SessionRecorder {
  let log: LogFile
  let id = SessionRecord.newID()
  let startedAt = Timestamp.now()
  private let journal: Journal
  /// Why the line could not be appended, with the line itself, to print after the session.
  private(set) var failure: (reason: String, line: String)?
  /// Sessions this ISO week, counted after this one was appended.
  private(set) var weekCount: Int?

  init(log: LogFile) throws(LogError) {
    self.log = log
    journal = try Journal(log: log, id: id)
  }

  /// Replaces the journal with the progress so far; `synced` at item changes and pauses.
  func journal(_ summary: Summary, synced: Bool) {
    try? journal.write(
      SessionRecord(summary, id: id, startedAt: startedAt, endedAt: .now()), synced: synced)
  }

  /// Appends the finished session, then removes the journal.
  func finish(_ summary: Summary) {
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
