import Foundation
import Testing

@testable import GlideLog

/// The log is read a chunk at a time from the end, and only as far as a query needs.
@Suite struct LogReaderTests {
  @Test func linesAcrossChunkBoundariesReadWholeNewestFirst() throws {
    let folder = TemporaryFolder()
    var bytes: [UInt8] = []
    var expected: [String] = []
    // Lines of varied length, so chunk edges fall everywhere inside them; some CRLF.
    for index in 0..<6000 {
      var record = sampleRecord(id: "id-\(index)")
      record.routineName = String(repeating: "x", count: index % 997)
      bytes += Array(record.jsonLine.utf8) + (index % 7 == 0 ? [0x0D, 0x0A] : [0x0A])
      expected.append(record.id)
    }
    bytes.removeLast()  // no final newline
    #expect(bytes.count > 3 * LogHandle.chunkSize)
    folder.write("log.jsonl", bytes)
    let (ids, reader) = try newestIDs(folder.file("log.jsonl"))
    #expect(ids == expected.reversed())
    #expect(reader.skipped == 0)
  }

  @Test func anEndlessLineIsSkippedWithoutBeingHeld() throws {
    let folder = TemporaryFolder()
    var bytes = Array((sampleRecord(id: "old").jsonLine + "\n").utf8)
    bytes += [UInt8](repeating: 0x61, count: LogHandle.longestLine + 10) + [0x0A]
    bytes += Array((sampleRecord(id: "new").jsonLine + "\n").utf8)
    folder.write("log.jsonl", bytes)
    let (ids, reader) = try newestIDs(folder.file("log.jsonl"))
    #expect(ids == ["new", "old"])
    #expect(reader.skipped == 1)
    #expect(reader.skippedMessage?.hasSuffix("(first: line 2)") == true)
  }

  @Test func theWeekCountStopsAtThisWeeksMonday() throws {
    let folder = TemporaryFolder()
    // Saturday 2026-11-14 is before the week of Thursday 2026-11-19; a broken line sits
    // before it, and a reader that went past Monday would count it.
    var text = "broken\n"
    text += sampleRecord(id: "sun", started: "2026-11-14T10:00:00Z").jsonLine + "\n"
    text += sampleRecord(id: "mon", started: "2026-11-16T10:00:00Z").jsonLine + "\n"
    text += sampleRecord(id: "thu", started: "2026-11-19T10:00:00Z").jsonLine + "\n"
    folder.write("log.jsonl", Array(text.utf8))
    var reader = try LogReader(path: folder.file("log.jsonl"))
    let count = sessionsThisWeek(
      &reader, now: Timestamp("2026-11-19T12:00:00Z")!, time: .fixed(seconds: 0))
    #expect(count == 2)
    #expect(reader.skipped == 0, "never read back to the broken line")
  }

  @Test func historyStreamsEverySessionOrTheLimit() throws {
    let folder = TemporaryFolder()
    let text = (0..<50).map { sampleRecord(id: "s\($0)").jsonLine + "\n" }.joined()
    folder.write("log.jsonl", Array(text.utf8))
    var reader = try LogReader(path: folder.file("log.jsonl"))
    var lines: [String] = []
    History.each(&reader, limit: nil) { _, raw in lines.append(String(decoding: raw, as: UTF8.self))
    }
    #expect(lines.count == 50)
    #expect(lines.first == sampleRecord(id: "s49").jsonLine)
    var limited = try LogReader(path: folder.file("log.jsonl"))
    var count = 0
    History.each(&limited, limit: 3) { _, _ in count += 1 }
    #expect(count == 3)
  }

  @Test func statsStopReadingWhereTheStreakEnds() throws {
    let folder = TemporaryFolder()
    var text = "broken\n"
    for day in ["2026-10-13", "2026-10-14", "2026-11-10", "2026-11-11", "2026-11-16", "2026-11-17"]
    {
      text += sampleRecord(id: day, started: day + "T10:00:00Z").jsonLine + "\n"
    }
    folder.write("log.jsonl", Array(text.utf8))
    var reader = try LogReader(path: folder.file("log.jsonl"))
    let stats = Stats(
      reader: &reader, weeks: 1, now: Timestamp("2026-11-19T12:00:00Z")!, time: .fixed(seconds: 0))
    #expect(stats.streak == 2)
    #expect(reader.skipped == 0, "the weeks before the gap are never read")
  }
}
