import Testing

@testable import GlideCore

@Suite struct DisplayTextTests {
  @Test func plainTextPassesUnchanged() {
    #expect(DisplayText.escaped("Calves · left — 90 s, 深呼吸") == "Calves · left — 90 s, 深呼吸")
  }

  @Test func controlsAreEscapedVisibly() {
    #expect(DisplayText.escaped("a\u{1B}[2Jb") == "a\\u001b[2Jb")
    #expect(DisplayText.escaped("\u{9B}31m") == "\\u009b31m")
    #expect(DisplayText.escaped("x\u{7F}\u{0}") == "x\\u007f\\u0000")
    #expect(DisplayText.escaped("abc\u{202E}def\u{2066}") == "abc\\u202edef\\u2066")
    #expect(DisplayText.escaped("a\nb\tc") == "a\\u000ab\\u0009c")
  }

  @Test func linesAndTabsCanStay() {
    #expect(DisplayText.escapedKeepingLines("a\n\u{1B}b\tc") == "a\n\\u001bb\tc")
  }

  @Test func firstUnsafeNamesTheCodePoint() {
    #expect(DisplayText.firstUnsafe(in: "ok") == nil)
    #expect(DisplayText.firstUnsafe(in: "o\u{202D}k\u{1B}") == "U+202D")
    #expect(DisplayText.firstUnsafe(in: "\u{9B}") == "U+009B")
  }
}
