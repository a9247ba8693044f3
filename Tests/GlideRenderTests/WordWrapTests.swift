import Testing

@testable import GlideRender

/// Text broken into lines at word boundaries.
@Suite struct WordWrapTests {
  @Test func breaksAtSpacesWithinTheWidth() {
    #expect("glide slowly, breathe out".wrapped(12) == ["glide", "slowly,", "breathe out"])
  }

  @Test func cutsOnlyTheLastAllowedLine() {
    #expect("one two three four".wrapped(8, maxLines: 2) == ["one two", "three f…"])
  }

  @Test func aWordLongerThanALineIsCut() {
    #expect("unbreakableword".wrapped(6) == ["unbre…"])
  }
}

/// The summary copy for the scrollback.
@Suite struct SummaryWrapTests {
  @Test func labelledLinesWrapUnderTheirText() {
    let line = "Worked    calves 2:00, quads 1:00, upper back 3:00"
    #expect(
      SummaryText.wrapped([line], width: 32) == [
        "Worked    calves 2:00, quads", "          1:00, upper back 3:00",
      ])
  }

  @Test func shortLinesStayAsTheyAre() {
    #expect(SummaryText.wrapped(["Steps     3 done"], width: 40) == ["Steps     3 done"])
  }
}
