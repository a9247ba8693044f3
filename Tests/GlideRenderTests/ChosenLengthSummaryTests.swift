import GlideCore
import GlideRender
import GlideTestSupport
import Testing

/// The summary measures a step against the length `+` or `-` chose for it.
@Suite struct ChosenLengthSummaryTests {
  @Test func aRollMadeLongerIsShownAgainstItsNewLength() throws {
    let lines = SummaryText.lines(try #require(LengthenedRoll.summary))
    let row = try #require(lines.first { $0.contains("partial roll") }, "\(lines)")
    #expect(row.hasSuffix("1:04 of 1:15"), "\(row)")
    #expect(lines.contains { $0.hasPrefix("Time      1:15 active of 2:30 planned") }, "\(lines)")
  }
}
