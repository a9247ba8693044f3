import Foundation
import Testing

@testable import GlideLog

#if canImport(Glibc)
  import Glibc
#endif

/// The journal's promises: it belongs to its log, it survives any kill with what the
/// screen showed, it reaches the log exactly once, and nothing in it is lost silently.
@Suite struct JournalTests {
  /// Writes a journal as a dead session would have left it: no lock held, a process that
  /// is gone.
  private func leaveDeadJournal(
    for log: LogFile, _ record: SessionRecord, logOffset: Int64? = nil
  ) throws {
    let name = JournalName(logPath: log.path)
    let gone = ProcessIdentity(pid: 999_999, start: "1", boot: "another-boot")
    let file = JournalFile(log: log.path, owner: gone, logOffset: logOffset, record: record)
    try Journal.replace(name.journal(record.id), with: file.bytes, synced: false)
  }

  private func ids(_ log: LogFile) throws -> [String] {
    try newestIDs(log.path).ids.reversed()
  }

  private func glideFiles(_ folder: TemporaryFolder) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: folder.path).filter {
      $0.contains(".glide-")
    }.sorted()
  }

  @Test func aJournalIsRecoveredOnlyIntoItsOwnLog() throws {
    let folder = TemporaryFolder()
    let a = LogFile(path: folder.file("a.jsonl"))
    let b = LogFile(path: folder.file("b.jsonl"))
    do {
      let journal = try Journal(log: a, id: "dead-a")
      try journal.write(sampleRecord(id: "dead-a", outcome: "interrupted"), synced: true)
      // While the session lives, recovery leaves its journal alone.
      #expect(recoverSettled(into: a).recovered.isEmpty)
      #expect(FileManager.default.fileExists(atPath: journal.path))
    }  // the session dies: its lock is released, its journal stays
    #expect(recoverSettled(into: b).recovered.isEmpty, "another log's command leaves it")
    #expect(try ids(b).isEmpty)
    let recovered = recoverSettled(into: a).recovered
    #expect(recovered.map(\.id) == ["dead-a"])
    #expect(recovered.first?.outcome == "interrupted")
    #expect(recoverSettled(into: a).recovered.isEmpty, "nothing is counted twice")
    #expect(try ids(a) == ["dead-a"])
    #expect(try glideFiles(folder).isEmpty)
  }

  @Test func aPausedSessionIsRecoveredWithItsPause() throws {
    let folder = TemporaryFolder()
    let log = LogFile(path: folder.file("log.jsonl"))
    var paused = sampleRecord(id: "paused-1", outcome: "interrupted")
    paused.pausedSeconds = 42.5
    paused.activeSeconds = 61
    do {
      let journal = try Journal(log: log, id: "paused-1")
      try journal.write(sampleRecord(id: "paused-1", outcome: "interrupted"), synced: false)
      try journal.write(paused, synced: true)
    }
    #expect(recoverSettled(into: log).recovered == [paused])
    var reader = try LogReader(path: log.path)
    var stored: [SessionRecord] = []
    reader.newestFirst { record, _ in
      stored.append(record)
      return true
    }
    #expect(stored == [paused])
  }

  @Test func aRefreshIsWrittenInPlaceAPageAfterTheSyncedRecordAndWinsOnRecovery() throws {
    let folder = TemporaryFolder()
    let log = LogFile(path: folder.file("log.jsonl"))
    var longer = sampleRecord(id: "fresh-1", outcome: "interrupted")
    longer.routineName = String(repeating: "long name ", count: 20)
    var latest = sampleRecord(id: "fresh-1", outcome: "interrupted")
    latest.activeSeconds = 123
    let synced = sampleRecord(id: "fresh-1", outcome: "interrupted")
    let path: String
    var inode: UInt = 0
    do {
      let journal = try Journal(log: log, id: "fresh-1")
      path = journal.path
      try journal.write(synced, synced: true)
      var info = stat()
      #expect(stat(path, &info) == 0)
      inode = UInt(info.st_ino)
      try journal.write(longer, synced: false)
      try journal.write(latest, synced: false)
      #expect(stat(path, &info) == 0)
      #expect(UInt(info.st_ino) == inode, "refreshed in place: no new file, no rename")
      #expect(!FileManager.default.fileExists(atPath: path + ".tmp"))
    }
    let bytes = try #require(FileManager.default.contents(atPath: path).map { [UInt8]($0) })
    let syncedLength = try #require(bytes.firstIndex(of: 0), "a gap after the synced record")
    let page = JournalFile.markerOffset(afterRecordOf: syncedLength)
    let slot = JournalFile.refreshOffset(afterRecordOf: syncedLength)
    #expect(page % 4096 == 0 && page > syncedLength, "the refresh has a page of its own")
    #expect(slot == page + CrashMarker.size, "after the crash marker's slot")
    #expect(bytes[syncedLength..<slot].allSatisfy { $0 == 0 }, "no crash, no marker")
    #expect(bytes.count > slot && bytes[slot] == UInt8(ascii: "{"))
    let used = try #require(bytes.lastIndex { $0 != 0 }, "room is kept after the refresh")
    #expect(bytes[used] == JournalFile.padding, "a shorter refresh pads over the longer one")
    #expect(bytes.count >= slot + (syncedLength + 1024), "room for a final record as long")
    guard case .success(let read) = Journal.readJournal(path) else {
      Issue.record("the refreshed journal must read")
      return
    }
    #expect(read.record == latest)
    #expect(recoverSettled(into: log).recovered == [latest])
  }

  @Test func aTornRefreshFallsBackToTheSyncedRecordWithoutCallingItDamage() throws {
    let folder = TemporaryFolder()
    let log = LogFile(path: folder.file("log.jsonl"))
    let synced = sampleRecord(id: "torn-1", outcome: "interrupted")
    let base = JournalFile(log: log.path, owner: nil, logOffset: nil, record: synced).bytes
    let gap = [UInt8](
      repeating: 0, count: JournalFile.refreshOffset(afterRecordOf: base.count) - base.count)
    var other = sampleRecord(id: "someone-else", outcome: "interrupted")
    other.activeSeconds = 1
    let foreign = JournalFile(log: log.path, owner: nil, logOffset: nil, record: other).bytes
    for slot in [Array(foreign.prefix(100)), foreign, [UInt8](repeating: 0x7B, count: 9)] {
      guard case .success(let read) = JournalFile.decode(base + gap + slot) else {
        Issue.record("a bad refresh slot must not make the journal damaged")
        continue
      }
      #expect(read.record == synced)
    }
  }

  @Test func whenTheLogCannotBeWrittenTheJournalKeepsTheFinalStateAndLandsOnce() throws {
    let folder = TemporaryFolder()
    let log = LogFile(path: folder.file("log.jsonl"))
    let final = sampleRecord(id: "full-1", outcome: "stopped")
    let journalPath = JournalName(logPath: log.path).journal("full-1")
    do {
      let journal = try Journal(log: log, id: "full-1")
      try journal.write(sampleRecord(id: "full-1", outcome: "interrupted"), synced: true)
      // The log turns into something that takes no line, as a full disk would.
      #expect(mkfifo(log.path, 0o600) == 0)
      #expect(throws: LogError.self) { try journal.finish(final) }
      #expect(recoverSettled(into: log).recovered.isEmpty, "not while the session lives")
    }
    guard case .success(let kept) = Journal.readJournal(journalPath) else {
      Issue.record("the journal must stay")
      return
    }
    #expect(kept.record == final, "the journal holds what the screen showed")
    // Space comes back; the person adds the printed line by hand, then runs glide.
    unlink(log.path)
    try log.append(sampleRecord(id: "other-1"))
    #expect(log.appendLine(Array((final.jsonLine + "\n").utf8)))
    #expect(recoverSettled(into: log).recovered.isEmpty)
    #expect(try ids(log) == ["other-1", "full-1"])
    #expect(try glideFiles(folder).isEmpty)
  }

  @Test func theFinalStateLandsWhenNobodyAddedItByHand() throws {
    let folder = TemporaryFolder()
    let log = LogFile(path: folder.file("log.jsonl"))
    let final = sampleRecord(id: "full-2", outcome: "completed")
    do {
      let journal = try Journal(log: log, id: "full-2")
      try journal.write(sampleRecord(id: "full-2", outcome: "interrupted"), synced: true)
      #expect(mkfifo(log.path, 0o600) == 0)
      #expect(throws: LogError.self) { try journal.finish(final) }
      #expect(recoverSettled(into: log).recovered.isEmpty, "not while the session lives")
    }
    unlink(log.path)
    #expect(recoverSettled(into: log).recovered == [final])
    #expect(try ids(log) == ["full-2"])
  }

  @Test func exactlyOnceAcrossAGapOfTwoMebibytes() throws {
    let folder = TemporaryFolder()
    let log = LogFile(path: folder.file("log.jsonl"))
    let record = sampleRecord(id: "gap-1", outcome: "completed")
    // Killed after its line reached the log, before the journal was removed.
    try log.append(sampleRecord(id: "before-1"))
    try leaveDeadJournal(for: log, record, logOffset: log.size)
    try log.append(record)
    let filler = Array((sampleRecord(id: "filler").jsonLine + "\n").utf8)
    let gap = Array(repeating: filler, count: (2 << 20) / filler.count + 1).flatMap { $0 }
    #expect(log.appendLine(gap))
    let before = log.size
    #expect(recoverSettled(into: log).recovered.isEmpty)
    #expect(log.size == before)
    #expect(try glideFiles(folder).isEmpty)
    // The same kill before the line reached the log: it is added, once.
    let other = sampleRecord(id: "gap-2", outcome: "completed")
    try leaveDeadJournal(for: log, other, logOffset: log.size)
    for _ in 0..<10 { #expect(log.appendLine(filler)) }
    #expect(recoverSettled(into: log).recovered == [other])
    #expect(recoverSettled(into: log).recovered.isEmpty)
    #expect(try ids(log).filter { $0 != "filler" } == ["before-1", "gap-1", "gap-2"])
  }

  @Test func aDamagedJournalIsKeptAsideAndReported() throws {
    let folder = TemporaryFolder()
    let log = LogFile(path: folder.file("log.jsonl"))
    let name = JournalName(logPath: log.path)
    let whole = JournalFile(
      log: log.path, owner: nil, logOffset: nil, record: sampleRecord(id: "x")
    ).bytes
    let cases: [(id: String, bytes: [UInt8], reason: String)] = [
      ("empty", [], "it is empty"),
      ("cut", Array(whole.dropLast(30)), "it is cut short"),
      ("text", Array("not json\n".utf8), "it is not a Glide journal"),
      (
        "record", Array(whole.prefix { $0 != 0x0A }) + Array("\n{\"v\":1}\n".utf8),
        "its session record is unreadable"
      ),
    ]
    for item in cases {
      folder.write(String(name.journal(item.id).split(separator: "/").last!), item.bytes)
      folder.write(String(name.lock(item.id).split(separator: "/").last!), [])
    }
    let report = recoverSettled(into: log)
    #expect(report.recovered.isEmpty)
    #expect(
      report.damaged.map(\.reason).sorted() == cases.map(\.reason).sorted())
    for item in cases {
      let aside = name.journal(item.id) + ".damaged"
      #expect(report.damaged.contains { $0.path == aside })
      #expect(FileManager.default.contents(atPath: aside) == Data(item.bytes), "kept as it was")
      #expect(!FileManager.default.fileExists(atPath: name.lock(item.id)))
    }
    #expect(recoverSettled(into: log).damaged.isEmpty, "reported once")
    #expect(try ids(log).isEmpty)
  }

  @Test func strayLocksGoAndALiveSessionsLockIsNeverTaken() throws {
    let folder = TemporaryFolder()
    let log = LogFile(path: folder.file("log.jsonl"))
    let name = JournalName(logPath: log.path)
    // A session killed between removing its journal and its lock.
    folder.write(String(name.lock("stray").split(separator: "/").last!), [])
    let live = try Journal(log: log, id: "live-1")
    try live.write(sampleRecord(id: "live-1", outcome: "interrupted"), synced: true)
    #expect(recoverSettled(into: log).recovered.isEmpty)
    #expect(!FileManager.default.fileExists(atPath: name.lock("stray")))
    #expect(FileManager.default.fileExists(atPath: name.lock("live-1")))
    // Someone deletes the live session's lock: its journal still names a live process.
    unlink(name.lock("live-1"))
    #expect(recoverSettled(into: log).recovered.isEmpty)
    #expect(FileManager.default.fileExists(atPath: live.path))
    // Its next write puts the lock back, so it stays protected.
    try live.write(sampleRecord(id: "live-1", outcome: "interrupted"), synced: false)
    #expect(FileManager.default.fileExists(atPath: name.lock("live-1")))
    try live.finish(sampleRecord(id: "live-1", outcome: "completed"))
    #expect(try ids(log) == ["live-1"])
    #expect(try glideFiles(folder).isEmpty)
  }

  @Test func journalsOfALongLogNameFitAFileName() {
    let long = String(repeating: "n", count: 250) + ".jsonl"
    let name = JournalName(logPath: "/tmp/" + long)
    let file = String(name.journal(SessionRecord.newID()).split(separator: "/").last!)
    #expect(file.utf8.count < 255)
    #expect(name.parse(file)?.kind == "journal")
    #expect(JournalName(logPath: "/tmp/a.jsonl").parse(file) == nil)
  }
}
