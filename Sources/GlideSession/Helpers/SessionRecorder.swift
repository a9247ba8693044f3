import GlideCore
import GlideLog

/// Keeps a running session's journal and appends its line to the log when it ends.
public final class SessionRecorder: Recorder {
  let log: LogFile
  let id = SessionRecord.newID()
  let startedAt = Timestamp.now()
  private let journal: Journal
  /// Session seconds per real second, for the time a crash marker credits.
  private let timeScale: Double
  /// Why the line could not be appended, with the line itself, to print after the session.
  public private(set) var failure: (reason: String, line: String)?
  /// Sessions this ISO week, counted after this one was appended.
  public private(set) var week: WeekTally?
  /// The week of the active program this session belongs to, read once it was logged;
  /// nil, or giving nil, when it belongs to none.
  public var programWeek: (() -> ProgramWeekCount?)?

  /// Starts the journal of a new session beside `log`, whose clock runs `timeScale` times
  /// faster than real time.
  public init(log: LogFile, timeScale: Double = 1) throws(LogError) {
    self.log = log
    self.timeScale = timeScale
    journal = try Journal(log: log, id: id)
  }

  /// Keeps the progress so far in the journal: `synced` at item changes, pause and resume;
  /// otherwise written in place (the ten-second refresh, the quit question and its "no").
  /// A running clock is noted with the monotonic instant, which a crash marker is
  /// measured against.
  public func journal(_ summary: Summary, synced: Bool) {
    let clock = summary.running.map { running in
      JournalClock(
        monotonicMilliseconds: MonotonicClock.monotonicNanoseconds() / 1_000_000,
        scale: timeScale, step: running.step,
        leftMilliseconds: running.left.map { $0.nanoseconds / 1_000_000 })
    }
    try? journal.write(
      SessionRecord(summary, id: id, startedAt: startedAt, endedAt: .now()), synced: synced,
      clock: clock)
  }

  /// Appends the finished session, then removes the journal.
  public func finish(_ summary: Summary) {
    let record = SessionRecord(summary, id: id, startedAt: startedAt, endedAt: .now())
    do {
      try journal.finish(record)
      if var reader = try? LogReader(path: log.path) {
        week = WeekTally(
          sessions: sessionsThisWeek(&reader, now: .now(), time: .system),
          program: programWeek?())
      }
    } catch {
      // The journal now holds this final record: the next glide command adds it, once.
      failure = (error.description, record.jsonLine)
    }
  }
}
