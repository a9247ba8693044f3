import GlideCore
import Testing

/// Listings fit the terminal: long text wraps at word boundaries with a hanging indent,
/// the columns of a table row stay as they are, and no word is lost.
@Suite struct TextWrapTests {
  @Test func textThatFitsIsLeftAsItIs() {
    #expect("  calves    1:30".wrapped(toColumns: 80) == ["  calves    1:30"])
  }

  @Test func aCueWrapsUnderItselfAtWordBoundaries() {
    let cue = "       Roller across the shoulder blades, hands behind the head; glide slowly"
    let lines = cue.wrapped(toColumns: 40)
    #expect(
      lines == [
        "       Roller across the shoulder",
        "       blades, hands behind the head;",
        "       glide slowly",
      ])
  }

  @Test func aRowKeepsItsColumnsAndItsLastColumnHangs() {
    let row = "   2. reps         upper back   8 × Thoracic extensions over the roller"
    let lines = row.wrapped(toColumns: 60, hangingIndent: 32)
    #expect(lines[0] == "   2. reps         upper back   8 × Thoracic extensions over")
    #expect(lines[1] == String(repeating: " ", count: 32) + "the roller")
  }

  @Test func aWordLongerThanALineIsBrokenNotLost() {
    let id = String(repeating: "abcdefghij", count: 5)
    let lines = ("Name (" + id + ")").wrapped(toColumns: 20)
    #expect(lines.allSatisfy { $0.columns <= 20 }, "\(lines)")
    #expect(String(lines.joined().filter { $0 != " " }) == "Name(" + id + ")")
  }

  @Test(arguments: [20, 33, 40, 80])
  func noLineIsWiderThanAskedAndEveryWordStays(width: Int) {
    let text =
      "Areas     伸展運動 café\u{301} 12 min, upper back 10 min, calves 8 min, "
      + "IT band and TFL 6 min, hamstrings 4 min, quads 2 min"
    let lines = text.wrapped(toColumns: width, hangingIndent: 10)
    #expect(lines.allSatisfy { $0.columns <= width }, "\(lines)")
    #expect(
      lines.joined(separator: " ").split(separator: " ") == text.split(separator: " "),
      "\(lines)")
  }

  @Test func theNameGivesWayFirstAndNeverBelowTheMinimum() {
    #expect(TableColumn.shrunk([31], toFit: 40) == [31])
    #expect(TableColumn.shrunk([31], toFit: 20) == [20])
    #expect(TableColumn.shrunk([31], toFit: 3) == [12])
    #expect(TableColumn.shrunk([20, 31], toFit: 40) == [20, 20])
  }
}
