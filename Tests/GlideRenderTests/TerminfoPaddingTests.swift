import Testing

@testable import GlideRender

/// Terminfo delays never reach the terminal as text.
@Suite struct TerminfoPaddingTests {
  private func strip(_ text: String) -> String {
    String(decoding: TerminfoPadding.stripped(Array(text.utf8)), as: UTF8.self)
  }

  @Test func vt100sDelaysAreTakenOut() {
    // vt100's clear, cup (formatted), bold and sgr0, as terminfo has them.
    #expect(strip("\u{1B}[H\u{1B}[J$<50>") == "\u{1B}[H\u{1B}[J")
    #expect(strip("\u{1B}[3;5H$<5>") == "\u{1B}[3;5H")
    #expect(strip("\u{1B}[1m$<2>") == "\u{1B}[1m")
    #expect(strip("\u{1B}[m\u{0F}$<2>") == "\u{1B}[m\u{0F}")
  }

  @Test func proportionalMandatoryAndFractionalDelaysAreTakenOut() {
    #expect(strip("a$<2*>b$<10/>c$<1.5*/>d") == "abcd")
  }

  @Test func whatOnlyLooksLikeADelayIsKept() {
    for text in ["$", "$<", "$<>", "$<x>", "$<5", "$5>", "cost $<5 x>", "$<1.2.3>"] {
      #expect(strip(text) == text)
    }
  }

  @Test func stringsWithoutADollarAreReturnedAsTheyAre() {
    #expect(strip("\u{1B}[0;1m") == "\u{1B}[0;1m")
  }
}
