import Foundation
import GlideSystem
import GlideTestSupport
import Testing

@testable import GlideLog

#if canImport(Glibc)
  import Glibc
#endif

/// The faults people met, each once: a folder that turns read-only, a full disk, a log
/// edited by hand, a merge killed at its first sync.
@Suite struct ExactlyOnceTests {
  let gone = ProcessIdentity(pid: 999_999, start: "1", boot: "gone")

  /// The ids in the log, in file order, and whether every line read.
  func lines(_ path: String) -> (ids: [String], whole: Bool) {
    let bytes = FaultDisk.contents(path) ?? []
    let records = bytes.split(separator: 0x0A).map { SessionRecord(jsonLine: Array($0)) }
    return (records.compactMap { $0?.id }, !records.contains(nil) && bytes.last == 0x0A)
  }

  @Test func aFolderTurnedReadOnlyLandsTheSessionOnceAndSaysSoOnce() throws {
    let folder = CrashFolder()
    let disk = FaultDisk()
    let log = LogFile(path: folder.log, disk: disk)
    try log.append(sampleRecord(id: "before"))
    do {
      let journal = try Journal(log: log, id: "ro-1", owner: gone)
      try journal.write(state("ro-1", 1, "interrupted"), synced: true)
      disk.readOnlyFolders = true
      try journal.finish(state("ro-1", 2, "completed"))
    }
    var told: [String] = []
    for _ in 1...4 {
      let report = recoverSettled(into: log)
      #expect(report.recovered.isEmpty)
      told += report.stuck.map(\.path)
    }
    #expect(lines(folder.log).ids == ["before", "ro-1"], "one copy after four commands")
    #expect(told.count == 1, "said once")
    disk.readOnlyFolders = false
    #expect(recoverSettled(into: log).stuck.isEmpty)
    #expect(lines(folder.log).ids == ["before", "ro-1"])
    #expect(!SystemDisk().list(folder.path).contains { $0.hasSuffix(".journal") })
  }

  @Test func aSessionWhoseJournalLostItsOffsetIsFoundFromWhereItStarted() throws {
    let folder = CrashFolder()
    let log = LogFile(path: folder.log)
    try log.append(sampleRecord(id: "before"))
    let start = log.size
    // An older journal: the line went in, but the note of where never reached the disk.
    let record = state("s-2", 3, "stopped")
    var file = JournalFile(log: log.path, owner: gone, logOffset: nil, record: record)
    file.logStart = start
    file.logIdentity = log.identity
    try Journal.replace(
      JournalName(logPath: log.path).journal("s-2"), with: file.bytes, synced: true)
    try log.append(record)
    #expect(recoverSettled(into: log).recovered.isEmpty)
    #expect(lines(folder.log).ids == ["before", "s-2"])
  }

  @Test func aFullDiskKeepsTheFinalStateNotTheStaleOne() throws {
    let folder = CrashFolder()
    let disk = FaultDisk()
    let log = LogFile(path: folder.log, disk: disk)
    try log.append(sampleRecord(id: "before"))
    let final = state("full-3", 1.565, "stopped")
    do {
      let journal = try Journal(log: log, id: "full-3", owner: gone)
      try journal.write(state("full-3", 0.049, "interrupted"), synced: true)
      disk.full = true
      #expect(throws: LogError.self) { try journal.finish(final) }
    }
    disk.full = false
    #expect(recoverSettled(into: log).recovered == [final])
    let records = (FaultDisk.contents(folder.log) ?? []).split(separator: 0x0A).compactMap {
      SessionRecord(jsonLine: Array($0))
    }
    #expect(records.last == final, "the line printed for the person, not the journal's")
  }

  @Test func aLogEditedByHandWithoutItsLastNewlineGetsOneBeforeTheNextLine() throws {
    let folder = CrashFolder()
    let log = LogFile(path: folder.log)
    let edited = sampleRecord(id: "hand").jsonLine
    _ = FileManager.default.createFile(atPath: folder.log, contents: Data(edited.utf8))
    try log.append(sampleRecord(id: "run-1"))
    #expect(lines(folder.log) == (["hand", "run-1"], true))
    // Again, for a merge.
    _ = FileManager.default.createFile(atPath: folder.log, contents: Data(edited.utf8))
    let other = folder.path + "/other.jsonl"
    let merged = [sampleRecord(id: "m-1").jsonLine, sampleRecord(id: "m-2").jsonLine]
    _ = FileManager.default.createFile(
      atPath: other, contents: Data(merged.joined(separator: "\n").utf8))
    let report = try LogMerge.merge([other], into: log)
    #expect(report.added == 2)
    #expect(lines(folder.log) == (["hand", "m-1", "m-2"], true))
  }

  @Test func aMergeKilledAtItsFirstSyncLeavesNoHoleInTheIndex() throws {
    let folder = CrashFolder()
    let log = LogFile(path: folder.log)
    try CrashScenario.merge.setUp(log)
    let counting = FaultDisk()
    _ = try LogMerge.merge(
      [CrashScenario.mergeSource(log)], into: LogFile(path: folder.log, disk: counting))
    let firstSync = counting.kinds.firstIndex(of: "sync")! + 1
    let again = CrashFolder()
    let real = LogFile(path: again.log)
    try CrashScenario.merge.setUp(real)
    let disk = FaultDisk(.crash(at: firstSync))
    _ = try? LogMerge.merge(
      [CrashScenario.mergeSource(real)], into: LogFile(path: again.log, disk: disk))
    _ = try LogMerge.merge([CrashScenario.mergeSource(real)], into: real)
    try real.append(sampleRecord(id: "today", started: "2026-12-07T07:00:00Z"))
    #expect(try newest(again.log, since: "2026-12-01T00:00:00Z") == ["today", "new-2", "new-1"])
  }

  @Test func aMergeMendsAnIndexThatLostARange() throws {
    let folder = CrashFolder()
    let log = LogFile(path: folder.log)
    try CrashScenario.merge.setUp(log)
    _ = try LogMerge.merge([CrashScenario.mergeSource(log)], into: log)
    try log.append(sampleRecord(id: "today", started: "2026-12-07T07:00:00Z"))
    // A kill between the lines and their note, in an older Glide.
    unlink(MergeIndex.path(forLog: log.path))
    #expect(try newest(folder.log, since: "2026-12-01T00:00:00Z") == ["today"])
    _ = try LogMerge.merge([CrashScenario.mergeSource(log)], into: log)
    #expect(try newest(folder.log, since: "2026-12-01T00:00:00Z") == ["today", "new-2", "new-1"])
  }

  @Test func aReaderDoesNotTrustAnIndexThatDoesNotDescribeTheLog() throws {
    let folder = CrashFolder()
    let log = LogFile(path: folder.log)
    try CrashScenario.merge.setUp(log)
    _ = try LogMerge.merge([CrashScenario.mergeSource(log)], into: log)
    try log.append(sampleRecord(id: "today", started: "2026-12-07T07:00:00Z"))
    let index = MergeIndex.path(forLog: log.path)
    _ = FileManager.default.createFile(atPath: index, contents: Data("0 10\n".utf8))
    #expect(try newest(folder.log, since: "2026-12-01T00:00:00Z") == ["today", "new-2", "new-1"])
  }

  /// Ids newest first of sessions started since `since`, stopping at the first older one
  /// outside merged ranges, as `history` and `next` read.
  func newest(_ path: String, since: String) throws -> [String] {
    let cutoff = Timestamp(since)!
    var reader = try LogReader(path: path)
    var ids: [String] = []
    reader.newestFirst { record, _ in
      guard record.startedAt >= cutoff else { return false }
      ids.append(record.id)
      return true
    }
    return ids
  }
}
