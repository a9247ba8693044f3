import Foundation
import GlideCore
import Testing

@testable import GlideLog

#if canImport(Glibc)
  import Glibc
#endif

/// The crash marker's promises: a crash credits the step in progress with the time up to
/// it, once; a marker from before the record, or in a file a later write replaced, gives
/// nothing; a marker that does not read is passed over and the session still lands once.
@Suite struct CrashMarkerTests {
  /// The monotonic instant of the record in these journals, in milliseconds.
  private let written: Int64 = 5_000_000

  /// A session in the middle of a 60 s hold, 1 s in (so still `skipped`).
  private func holding(_ id: String) -> SessionRecord {
    sampleRecord(
      id: id, outcome: "interrupted",
      steps: [
        .init(
          technique: "roll", target: "calves", side: "left", plannedSeconds: 60,
          elapsedSeconds: 60, outcome: "done", repsTarget: nil, repsDone: nil),
        .init(
          technique: "hold", target: "hamstrings", side: nil, plannedSeconds: 60,
          elapsedSeconds: 1, outcome: "skipped", repsTarget: nil, repsDone: nil),
      ])
  }

  /// The clock of `holding`'s hold, 59 s left, as a journal write at `at` found it.
  private func clock(at: Int64, scale: Double = 1, left: Int64? = 59_000) -> JournalClock {
    JournalClock(monotonicMilliseconds: at, scale: scale, step: 1, leftMilliseconds: left)
  }

  /// Writes a crash's marker into the journal's slot as the handler would.
  private func crash(_ journal: Journal, at instant: Int64, signal: Int32 = SIGSEGV) throws {
    let slot = try #require(journal.markerSlot)
    CrashMarker.write(instant, signal, descriptor: slot.descriptor, offset: slot.offset)
  }

  private func stored(_ log: LogFile) throws -> [SessionRecord] {
    var reader = try LogReader(path: log.path)
    var records: [SessionRecord] = []
    reader.newestFirst { record, _ in
      records.append(record)
      return true
    }
    return records
  }

  private func glideFiles(_ folder: TemporaryFolder) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: folder.path).filter {
      $0.contains(".glide-")
    }
  }

  @Test func theLineReadsBackAndNoPartOfItDoes() throws {
    let marker = CrashMarker(monotonicMilliseconds: 123_456_789, signal: SIGABRT)
    let line = marker.bytes
    #expect(
      String(decoding: line, as: UTF8.self)
        == "glide crash monotonic_ms=0000000000123456789 signal=006\n")
    #expect(line.count <= CrashMarker.size)
    #expect(CrashMarker(line[...]) == marker)
    #expect(CrashMarker((line + [0, 0, 0])[...]) == marker, "the slot's rest is NUL")
    for cut in 0..<line.count {
      #expect(CrashMarker(line.prefix(cut)) == nil, "cut at \(cut)")
      var torn = line
      torn[cut] = 0
      #expect(CrashMarker(torn[...]) == nil, "NUL at \(cut)")
    }
    var letter = line
    letter[30] = UInt8(ascii: "x")
    #expect(CrashMarker(letter[...]) == nil)
    #expect(CrashMarker([UInt8](repeating: 0, count: CrashMarker.size)[...]) == nil)
  }

  @Test func aCrashCreditsTheStepInProgressUpToItsInstant() throws {
    let folder = TemporaryFolder()
    let log = LogFile(path: folder.file("log.jsonl"))
    let record = holding("crash-1")
    do {
      let journal = try Journal(log: log, id: "crash-1")
      try journal.write(record, synced: true, clock: clock(at: written))
      try crash(journal, at: written + 4_250)
    }  // the process dies of its signal
    var expected = record
    expected.endedAt = Timestamp(milliseconds: record.endedAt.milliseconds + 4_250)
    expected.activeSeconds = record.activeSeconds + 4.25
    expected.steps[1].elapsed = .seconds(5.25)
    expected.steps[1].outcome = .partial
    #expect(recoverSettled(into: log).recovered == [expected])
    #expect(try stored(log) == [expected])
    #expect(recoverSettled(into: log).recovered.isEmpty, "nothing is credited twice")
    #expect(try stored(log) == [expected])
    #expect(try glideFiles(folder).isEmpty)
  }

  @Test func aCrashAfterARefreshCountsFromTheRefresh() throws {
    let folder = TemporaryFolder()
    let log = LogFile(path: folder.file("log.jsonl"))
    var refreshed = holding("crash-2")
    refreshed.steps[1].elapsed = .seconds(11)
    refreshed.steps[1].outcome = .partial
    refreshed.activeSeconds += 10
    do {
      let journal = try Journal(log: log, id: "crash-2")
      try journal.write(holding("crash-2"), synced: true, clock: clock(at: written))
      try journal.write(
        refreshed, synced: false, clock: clock(at: written + 10_000, left: 49_000))
      try crash(journal, at: written + 12_000)
    }
    let recovered = try #require(recoverSettled(into: log).recovered.first)
    #expect(recovered.steps[1].elapsed == .seconds(13))
    #expect(recovered.activeSeconds == refreshed.activeSeconds + 2)
    #expect(recovered.endedAt.milliseconds == refreshed.endedAt.milliseconds + 2_000)
  }

  @Test func theCreditStopsAtTheStepsEndAndFollowsTheTimeScale() throws {
    let folder = TemporaryFolder()
    let log = LogFile(path: folder.file("log.jsonl"))
    let record = holding("crash-3")
    do {
      // At 20 times real time, 2 s real would be 40 s: more than the 5 s left.
      let journal = try Journal(log: log, id: "crash-3")
      try journal.write(
        record, synced: true, clock: clock(at: written, scale: 20, left: 5_000))
      try crash(journal, at: written + 2_000)
    }
    let recovered = try #require(recoverSettled(into: log).recovered.first)
    #expect(recovered.steps[1].elapsed == .seconds(6))
    #expect(recovered.steps[1].outcome == .done, "its time was up")
    #expect(recovered.activeSeconds == record.activeSeconds + 5)
    #expect(recovered.steps[0] == record.steps[0])
  }

  @Test func aMarkerFromBeforeTheRecordGivesNothing() throws {
    let folder = TemporaryFolder()
    let log = LogFile(path: folder.file("log.jsonl"))
    var refreshed = holding("stale-1")
    refreshed.activeSeconds += 10
    do {
      let journal = try Journal(log: log, id: "stale-1")
      try journal.write(holding("stale-1"), synced: true, clock: clock(at: written))
      try crash(journal, at: written + 4_000)
      // A refresh taken after the marked instant: the marker is older than its record.
      try journal.write(refreshed, synced: false, clock: clock(at: written + 6_000))
    }
    #expect(recoverSettled(into: log).recovered == [refreshed])
  }

  @Test func aSyncedWriteAfterTheMarkerLeavesItBehind() throws {
    let folder = TemporaryFolder()
    let log = LogFile(path: folder.file("log.jsonl"))
    var next = holding("stale-2")
    next.steps[1].elapsed = .zero
    do {
      let journal = try Journal(log: log, id: "stale-2")
      try journal.write(holding("stale-2"), synced: true, clock: clock(at: written))
      try crash(journal, at: written + 9_000)
      // A later synced write (its clock read earlier than the marker, so only the new
      // file, not the times, tells the marker is not this record's).
      try journal.write(next, synced: true, clock: clock(at: written + 1_000))
    }
    #expect(recoverSettled(into: log).recovered == [next])
  }

  @Test func aMarkerWhileNoClockRanGivesNothing() throws {
    let folder = TemporaryFolder()
    let log = LogFile(path: folder.file("log.jsonl"))
    let paused = holding("paused-crash")
    do {
      let journal = try Journal(log: log, id: "paused-crash")
      try journal.write(paused, synced: true)
      try crash(journal, at: MonotonicNow.milliseconds + 60_000)
    }
    #expect(recoverSettled(into: log).recovered == [paused])
  }

  @Test func aCrashWhileAskedToEndCreditsNothingAndAfterNoOnlyTheTimeSince() throws {
    // "End session?" 4 s into the hold stops its clock: the session's refresh then names
    // no clock. "No" 20 s later runs it again: the next refresh names it, 55 s left.
    var asked = holding("quit")
    asked.steps[1].elapsed = .seconds(5)
    asked.steps[1].outcome = .partial
    asked.activeSeconds += 4
    asked.endedAt = Timestamp(milliseconds: asked.endedAt.milliseconds + 4_000)
    var resumed = asked
    resumed.pausedSeconds += 20
    resumed.endedAt = Timestamp(milliseconds: asked.endedAt.milliseconds + 20_000)
    for answered in [false, true] {
      let folder = TemporaryFolder()
      let log = LogFile(path: folder.file("log.jsonl"))
      do {
        let journal = try Journal(log: log, id: "quit")
        try journal.write(holding("quit"), synced: true, clock: clock(at: written))
        try journal.write(asked, synced: false)
        if answered {
          try journal.write(
            resumed, synced: false, clock: clock(at: written + 24_000, left: 55_000))
        }
        try crash(journal, at: written + 26_000)
      }
      let recovered = recoverSettled(into: log).recovered
      if answered {
        var expected = resumed
        expected.steps[1].elapsed = .seconds(7)
        expected.activeSeconds += 2
        expected.endedAt = Timestamp(milliseconds: resumed.endedAt.milliseconds + 2_000)
        #expect(recovered == [expected], "only the 2 s since \"no\" are the step's")
      } else {
        #expect(recovered == [asked], "none of the 22 s asked are the step's")
      }
      #expect(try stored(log) == recovered)
      #expect(try glideFiles(folder).isEmpty)
    }
  }

  @Test func aTornOrGarbageMarkerIsPassedOverAndTheSessionLandsOnce() throws {
    let line = CrashMarker(monotonicMilliseconds: written + 4_000, signal: SIGBUS).bytes
    let damaged: [[UInt8]] = [
      Array(line.prefix(30)),
      [UInt8](repeating: 0x7B, count: CrashMarker.size),
      Array(line.prefix(20)) + [UInt8](repeating: 0xFF, count: 44),
    ]
    for (number, bytes) in damaged.enumerated() {
      let folder = TemporaryFolder()
      let log = LogFile(path: folder.file("log.jsonl"))
      let id = "torn-\(number)"
      var refreshed = holding(id)
      refreshed.activeSeconds += 1
      do {
        let journal = try Journal(log: log, id: id)
        try journal.write(holding(id), synced: true, clock: clock(at: written))
        try journal.write(refreshed, synced: false, clock: clock(at: written + 1_000))
        let slot = try #require(journal.markerSlot)
        #expect(pwrite(slot.descriptor, bytes, bytes.count, off_t(slot.offset)) == bytes.count)
      }
      let report = recoverSettled(into: log)
      #expect(report.damaged.isEmpty, "a bad marker is not damage")
      #expect(report.recovered == [refreshed])
      #expect(recoverSettled(into: log).recovered.isEmpty)
      #expect(try stored(log) == [refreshed])
      #expect(try glideFiles(folder).isEmpty)
    }
  }

  @Test func aCrashedSessionWaitingForItsLogIsCreditedOnceWhenItLands() throws {
    let folder = TemporaryFolder()
    let log = LogFile(path: folder.file("log.jsonl"))
    let record = holding("wait-1")
    do {
      let journal = try Journal(log: log, id: "wait-1")
      try journal.write(record, synced: true, clock: clock(at: written))
      try crash(journal, at: written + 3_000)
    }
    // The log takes no line, as a full disk would: the journal and its marker stay.
    #expect(mkfifo(log.path, 0o600) == 0)
    let refused = recoverSettled(into: log)
    #expect(refused.recovered.isEmpty && refused.kept.count == 1)
    unlink(log.path)
    let landed = recoverSettled(into: log).recovered
    #expect(landed.map { $0.steps[1].elapsed } == [.seconds(4)])
    #expect(recoverSettled(into: log).recovered.isEmpty)
    #expect(try stored(log).count == 1)
  }
}

/// CLOCK_MONOTONIC now, as the crash handler reads it.
private enum MonotonicNow {
  static var milliseconds: Int64 {
    var now = timespec()
    clock_gettime(CLOCK_MONOTONIC, &now)
    return Int64(now.tv_sec) * 1000 + Int64(now.tv_nsec) / 1_000_000
  }
}
