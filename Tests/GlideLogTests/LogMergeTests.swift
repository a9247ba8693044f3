import Foundation
import Testing

@testable import GlideLog

/// `glide log merge`: sessions the log lacks are appended by id, exactly once, and
/// nothing already there is touched.
@Suite struct LogMergeTests {
  @Test func mergeAppendsWhatIsMissingOnceAndCountsTheRest() throws {
    let folder = TemporaryFolder()
    let log = LogFile(path: folder.file("log.jsonl"))
    try log.append(sampleRecord(id: "a"))
    try log.append(sampleRecord(id: "b"))
    let before = try Data(contentsOf: URL(fileURLWithPath: log.path))
    let other = [
      sampleRecord(id: "b").jsonLine, "not json", sampleRecord(id: "c").jsonLine,
      String(sampleRecord(id: "d").jsonLine.prefix(40)), sampleRecord(id: "c").jsonLine,
      sampleRecord(id: "e").jsonLine,
    ].joined(separator: "\n")
    folder.write("other.jsonl", Array(other.utf8))
    let report = try LogMerge.merge([folder.file("other.jsonl")], into: log)
    #expect(report == LogMerge.Report(added: 2, skipped: 2, corrupt: 2))
    let after = try Data(contentsOf: URL(fileURLWithPath: log.path))
    #expect(after.prefix(before.count) == before, "only appended")
    var reader = try LogReader(path: log.path)
    var ids: [String] = []
    reader.newestFirst { record, _ in
      ids.append(record.id)
      return true
    }
    #expect(ids == ["e", "c", "b", "a"])
    let again = try LogMerge.merge([folder.file("other.jsonl")], into: log)
    #expect(again == LogMerge.Report(added: 0, skipped: 4, corrupt: 2))
    #expect(
      try Data(contentsOf: URL(fileURLWithPath: log.path)) == after,
      "a second merge changes nothing")
  }

  @Test func aSessionWithoutWorkCountsTowardNoWeek() throws {
    let folder = TemporaryFolder()
    var idle = sampleRecord(id: "idle", started: "2026-11-17T10:00:00Z")
    idle.steps = idle.steps.map {
      var step = $0
      step.outcome = .skipped
      return step
    }
    let text = [sampleRecord(id: "work", started: "2026-11-17T09:00:00Z"), idle]
      .map { $0.jsonLine + "\n" }.joined()
    folder.write("log.jsonl", Array(text.utf8))
    var reader = try LogReader(path: folder.file("log.jsonl"))
    let count = sessionsThisWeek(
      &reader, now: Timestamp("2026-11-19T12:00:00Z")!, time: .fixed(seconds: 0))
    #expect(count == 1)
  }

  @Test func sessionsMergedFromAnOlderLogNeitherEndThisWeekNorHideTheNewest() throws {
    let folder = TemporaryFolder()
    let log = LogFile(path: folder.file("log.jsonl"))
    try log.append(sampleRecord(id: "monday", started: "2026-11-30T07:00:00Z"))
    try log.append(sampleRecord(id: "wednesday", started: "2026-12-02T07:00:00Z"))
    // The laptop's log: a June session, and one from this week the desktop lacks.
    let laptop = [
      sampleRecord(id: "june", started: "2026-06-01T07:00:00Z"),
      sampleRecord(id: "tuesday", started: "2026-12-01T07:00:00Z"),
      sampleRecord(id: "may", started: "2026-05-04T07:00:00Z"),
    ].map(\.jsonLine).joined(separator: "\n")
    folder.write("laptop.jsonl", Array(laptop.utf8))
    #expect(try LogMerge.merge([folder.file("laptop.jsonl")], into: log).added == 3)
    // Then a session on this machine, after the merge.
    try log.append(sampleRecord(id: "thursday", started: "2026-12-03T07:00:00Z"))
    let now = Timestamp("2026-12-03T12:00:00Z")!
    var reader = try LogReader(path: log.path)
    #expect(sessionsThisWeek(&reader, now: now, time: .fixed(seconds: 0)) == 4)
    reader = try LogReader(path: log.path)
    let stats = Stats(reader: &reader, weeks: 8, now: now, time: .fixed(seconds: 0))
    #expect(stats.weeks.last?.sessions == 4)
    reader = try LogReader(path: log.path)
    #expect(
      History.newest(&reader, limit: 3).map(\.record.id) == ["thursday", "wednesday", "tuesday"])
    // Without the index beside the log, the walk would stop at May, the last merged line:
    // the index is what keeps the week whole.
    unlink(MergeIndex.path(forLog: log.path))
    reader = try LogReader(path: log.path)
    #expect(sessionsThisWeek(&reader, now: now, time: .fixed(seconds: 0)) == 1)
  }
}
