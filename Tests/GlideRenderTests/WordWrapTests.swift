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
