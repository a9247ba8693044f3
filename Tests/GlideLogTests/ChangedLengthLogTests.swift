import GlideCore
import GlideTestSupport
import Testing

@testable import GlideLog

/// The log keeps the length `+` and `-` chose: the step's planned time is the chosen one
/// and the length as written rides along in a key older readers pass over.
@Suite struct ChangedLengthLogTests {
  @Test func aRollMadeLongerIsLoggedAtItsNewLengthAndReadBackTheSame() throws {
    let summary = try #require(LengthenedRoll.summary)
    let start = try #require(Timestamp("2026-11-16T07:30:00Z"))
    let record = SessionRecord(
      summary, id: "6f1c2e1a-0000-4000-8000-000000000002", startedAt: start,
      endedAt: Timestamp(milliseconds: start.milliseconds + 75_000))
    let line = record.jsonLine
    #expect(
      line.contains(
        #""side":"left","planned_seconds":75,"elapsed_seconds":64,"outcome":"partial","#))
    #expect(line.contains(#""changed_from_seconds":60"#))
    #expect(line.contains(#""planned_seconds":150,"#), "lead-in, 1:15, the switch and 1:00")
    let back = try #require(SessionRecord(jsonLine: Array(line.utf8)))
    #expect(back.jsonLine == line)
    #expect(back.steps.first?.planned == .seconds(75))
    #expect(back.steps.first?.changedFrom == .seconds(60))
    // A line without the key (an older version's) reads as a length never changed.
    let old = line.replacingOccurrences(of: #","changed_from_seconds":60"#, with: "")
    let oldBack = try #require(SessionRecord(jsonLine: Array(old.utf8)))
    #expect(oldBack.steps.first?.changedFrom == nil)
    #expect(oldBack.steps.first?.planned == .seconds(75))
  }
}
