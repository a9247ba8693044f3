import Foundation
import GlideTestSupport

@testable import GlideLog

#if canImport(Glibc)
  import Glibc
#endif

/// One operation of Glide's, run on a faulty disk for the crash-point test: how its
/// folder starts, what it does, and what must hold once the next commands have run.
struct CrashScenario {
  /// The operation's name in the test's report.
  var name: String
  /// Lays out the folder on the real disk.
  var setUp: (_ log: LogFile) throws -> Void
  /// Does the operation on the faulty disk; the states it made durable, as it goes.
  var run: (_ log: LogFile, _ progress: inout Progress) -> Void
  /// The next command, run twice after the fault, on the real disk.
  var next: (_ log: LogFile) -> Void
  /// Sessions that must each be in the log exactly once, with the oldest state allowed.
  var expected: (_ progress: Progress) -> [String: [SessionRecord]]

  /// How far the operation got before the fault.
  struct Progress {
    /// The disk it runs on.
    let disk: FaultDisk
    /// Whether the session was started (its journal exists).
    var started = false
    /// States written, each with whether the write returned success before a crash, and
    /// whether it was synced.
    var written: [(record: SessionRecord, done: Bool, synced: Bool)] = []

    /// Notes a write's result.
    mutating func note(_ record: SessionRecord, synced: Bool, _ ok: Bool) {
      written.append((record, ok && !disk.crashed, synced))
    }
  }
}

/// A record of session `id` as far as `seconds` in, with `outcome`.
func state(_ id: String, _ seconds: Double, _ outcome: String) -> SessionRecord {
  var record = sampleRecord(id: id, outcome: outcome)
  record.activeSeconds = seconds
  return record
}

extension CrashScenario {
  /// A session from its first journal write to its line in the log.
  nonisolated(unsafe) static let sessionEnd = CrashScenario(
    name: "session end",
    setUp: { log in try log.append(sampleRecord(id: "before")) },
    run: { log, progress in
      let gone = ProcessIdentity(pid: 999_999, start: "1", boot: "gone")
      guard let journal = try? Journal(log: log, id: "s1", owner: gone) else { return }
      progress.started = true
      let states = [
        state("s1", 1, "interrupted"), state("s1", 2, "interrupted"),
        state("s1", 3, "interrupted"),
      ]
      let synced = [true, false, true]
      for (record, sync) in zip(states, synced) {
        progress.note(record, synced: sync, (try? journal.write(record, synced: sync)) != nil)
      }
      let final = state("s1", 4, "stopped")
      progress.note(final, synced: true, (try? journal.finish(final)) != nil)
    },
    next: { log in _ = recoverSettled(into: log) },
    expected: { progress in
      var sessions = ["before": [sampleRecord(id: "before")]]
      if progress.started { sessions["s1"] = allowed(progress) }
      return sessions
    })

  /// The states the log may hold: the last one the disk kept, or any later one; none
  /// (it may or may not be there) when a crash came before the disk kept any.
  static func allowed(_ progress: Progress) -> [SessionRecord] {
    let crashed = progress.disk.crashed
    // Without a crash the operation ran to its end: only the final state will do.
    guard crashed else { return [progress.written.last!.record] }
    let kept = progress.written.lastIndex { write in
      write.done && (write.synced || progress.disk.tear == .keep)
    }
    guard let kept else { return [] }
    return progress.written[kept...].map(\.record)
  }

  /// Recovery of two dead sessions: one whose line never reached the log, one whose line
  /// did before its journal could be removed.
  nonisolated(unsafe) static let recovery = CrashScenario(
    name: "recovery",
    setUp: { log in
      try log.append(sampleRecord(id: "before"))
      try leaveDeadJournal(for: log, state("d1", 5, "interrupted"), logOffset: nil)
      try leaveDeadJournal(for: log, state("d2", 6, "completed"), logOffset: log.size)
      try log.append(state("d2", 6, "completed"))
    },
    run: { log, _ in _ = Journal.recover(into: log) },
    next: { log in _ = recoverSettled(into: log) },
    expected: { _ in
      [
        "before": [sampleRecord(id: "before")], "d1": [state("d1", 5, "interrupted")],
        "d2": [state("d2", 6, "completed")],
      ]
    })

  /// A merge of an older log into one with today's sessions.
  nonisolated(unsafe) static let merge = CrashScenario(
    name: "merge",
    setUp: { log in
      try log.append(mergeRecord("new-1"))
      try log.append(mergeRecord("new-2"))
      let other = ["old-1", "new-2", "old-2", "old-3"].map { mergeRecord($0).jsonLine + "\n" }
      _ = FileManager.default.createFile(
        atPath: mergeSource(log), contents: Data(other.joined().utf8))
    },
    run: { log, _ in _ = try? LogMerge.merge([mergeSource(log)], into: log) },
    next: { log in
      _ = recoverSettled(into: log)
      _ = try? LogMerge.merge([mergeSource(log)], into: log)
    },
    expected: { _ in
      Dictionary(
        uniqueKeysWithValues: ["new-1", "new-2", "old-1", "old-2", "old-3"].map { id in
          (id, [mergeRecord(id)])
        })
    })

  /// A session of the merge: `new-*` this week, `old-*` on another machine in 2025.
  static func mergeRecord(_ id: String) -> SessionRecord {
    sampleRecord(
      id: id,
      started: id.hasPrefix("new") ? "2026-12-0\(id.suffix(1))T07:00:00Z" : "2025-06-01T07:00:00Z")
  }

  /// The other log a merge reads.
  static func mergeSource(_ log: LogFile) -> String {
    LogLocation.directory(of: log.path) + "/other.jsonl"
  }
}

/// Leaves the journal of a session whose process died, as recovery finds it.
func leaveDeadJournal(for log: LogFile, _ record: SessionRecord, logOffset: Int64?) throws {
  let name = JournalName(logPath: log.path)
  let gone = ProcessIdentity(pid: 999_999, start: "1", boot: "gone")
  let file = JournalFile(log: log.path, owner: gone, logOffset: logOffset, record: record)
  try Journal.replace(name.journal(record.id), with: file.bytes, synced: false)
}
