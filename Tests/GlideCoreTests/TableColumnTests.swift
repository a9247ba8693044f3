import GlideCore
import Testing

/// The one rule for names in tables: cut at a display width with `…`, whole characters only.
@Suite struct TableColumnTests {
  @Test func aShortNameIsPaddedNotCut() {
    #expect("calves".column(8) == "calves  ")
  }

  @Test func aLongNameIsCutToTheWidthEndingInAnEllipsis() {
    let cut = "a-very-long-routine-id".cut(toColumns: 10)
    #expect(cut == "a-very-lo…")
    #expect(cut.columns == 10)
  }

  @Test func aWideCharacterIsNeverSplitAcrossTheLimit() {
    // Four two-column characters in five columns: two fit beside the ellipsis, the third
    // would need a half cell.
    let cut = "伸展運動x".cut(toColumns: 6)
    #expect(cut == "伸展…")
    #expect(cut.columns <= 6)
    #expect("伸展運動x".column(6).columns == 6)
  }

  @Test func combiningMarksStayWithTheirLetter() {
    let name = "cafe\u{301}-cafe\u{301}-cafe\u{301}"
    #expect(name.cut(toColumns: 5) == "cafe\u{301}…")
  }

  @Test func controlCharactersAreMeasuredAsShown() {
    let cut = "a\u{1B}[31mred-and-more".cut(toColumns: 8)
    #expect(!cut.unicodeScalars.contains("\u{1B}"))
    #expect(cut.columns == 8)
  }

  @Test func aColumnIsAsWideAsItsWidestEntryWithinTheLimit() {
    #expect(TableColumn.width(["ab", "abcd"], atLeast: 3) == 4)
    #expect(TableColumn.width(["ab"], atLeast: 7) == 7)
    #expect(TableColumn.width([String(repeating: "x", count: 90)]) == TableColumn.nameLimit)
  }
}
