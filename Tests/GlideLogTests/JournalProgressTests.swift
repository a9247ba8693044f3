import Foundation
import GlideCore
import Testing

@testable import GlideLog

/// The journal's ten-second refresh: a line of digits against the synced record when only
/// time moved, read back by recovery as the record a whole refresh would have given.
@Suite struct JournalProgressTests {
  /// The bytes in the refresh slot, and the journal as recovery reads it.
  private func refreshed(
    _ synced: SessionRecord, then refreshes: [SessionRecord], clock: JournalClock?
  ) throws -> (slot: [UInt8], read: JournalFile?) {
    let folder = TemporaryFolder()
    let log = LogFile(path: folder.file("log.jsonl"))
    let path: String
    do {
      let journal = try Journal(log: log, id: synced.id)
      path = journal.path
      try journal.write(synced, synced: true)
      for record in refreshes { try journal.write(record, synced: false, clock: clock) }
    }
    let bytes = try #require(FileManager.default.contents(atPath: path).map { [UInt8]($0) })
    let gap = try #require(bytes.firstIndex(of: 0))
    let slot = Array(bytes[JournalFile.refreshOffset(afterRecordOf: gap)...].prefix { $0 != 0 })
    guard case .success(let read) = Journal.readJournal(path) else { return (slot, nil) }
    return (slot, read)
  }

  /// What a whole record gives once written and read as JSON.
  private func roundTrip(_ record: SessionRecord) throws -> SessionRecord {
    try #require(SessionRecord(jsonLine: Array(record.jsonLine.utf8)))
  }

  @Test func aRefreshThatOnlyMovesTimeIsALineOfDigitsReadBackAsTheWholeRecord() throws {
    let synced = sampleRecord(id: "6f1c2e1a-0000-4000-8000-00000000000a", outcome: "interrupted")
    var later = synced
    later.endedAt = Timestamp(milliseconds: synced.endedAt.milliseconds + 10_123)
    later.activeSeconds += 10.123
    later.pausedSeconds = 3.25
    later.steps[1].elapsed = .seconds(22.625)
    later.steps[1].outcome = .done
    later.steps[1].repsDone = 10
    let clock = JournalClock(
      monotonicMilliseconds: 1_234_567_890_123, scale: 60, step: 1, leftMilliseconds: 0)
    let (slot, read) = try refreshed(synced, then: [later], clock: clock)
    #expect(slot.starts(with: Array("{\"glide_progress\":1,".utf8)), "no JSON record is built")
    #expect(slot.count < 400)
    #expect(read?.record == (try roundTrip(later)))
    #expect(read?.clock == clock)
    // A pause: no clock runs, and none is kept from the synced write.
    let paused = try refreshed(synced, then: [later], clock: nil)
    #expect(paused.read?.clock == nil)
    #expect(paused.read?.record == (try roundTrip(later)))
  }

  @Test func aRefreshThatChangesMoreThanTimeIsWrittenWhole() throws {
    let synced = sampleRecord(id: "6f1c2e1a-0000-4000-8000-00000000000b", outcome: "interrupted")
    var renamed = synced
    renamed.routineName = "Another name"
    var twoSteps = synced
    twoSteps.steps[0].elapsed = .seconds(1)
    twoSteps.steps[1].elapsed = .seconds(2)
    var answered = synced
    answered.checkIn = CheckIn(areas: ["calves"], before: ["calves": 3], after: [:])
    for record in [renamed, twoSteps, answered] {
      let (slot, read) = try refreshed(synced, then: [record], clock: nil)
      #expect(slot.starts(with: Array("{\"glide_journal\":1,".utf8)))
      #expect(read?.record == (try roundTrip(record)))
    }
    // Back to time only: the progress line pads over the longer whole record.
    var later = synced
    later.activeSeconds += 10
    let (slot, read) = try refreshed(synced, then: [renamed, later], clock: nil)
    #expect(slot.starts(with: Array("{\"glide_progress\":1,".utf8)))
    #expect(slot.last == JournalFile.padding)
    #expect(read?.record == (try roundTrip(later)))
  }
}
