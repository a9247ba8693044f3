import GlideConfig
import GlideRender
import Testing

/// Every built-in theme reads on a dark terminal at every colour depth: no text in the
/// background's black, and every colour at least 3:1 against it, as the terminal will
/// draw it (bold showing a bright colour on 8 colours).
@Suite struct ThemeContrastTests {
  @Test(arguments: [8, 16, 256])
  func everyBuiltInThemeReadsOnBlack(colors: Int) {
    #expect(ThemeCatalog.builtins.count == 5)
    for theme in ThemeCatalog.builtins {
      for role in Role.allCases {
        let drawn = theme.color(role).readable(forTerminalColors: colors)
        #expect(drawn.index != 0, "\(theme.name) \(role) at \(colors) colours is black")
        #expect(
          drawn.contrastOnBlack >= TerminalColor.minimumContrast,
          "\(theme.name) \(role) at \(colors) colours: \(drawn) \(drawn.contrastOnBlack)")
      }
    }
  }

  @Test func dimTextOnEightColoursIsTheDefaultColourNotBlack() {
    // bright-black has no 8-colour equal; folding it to black made it invisible.
    #expect(ThemeColor.ansi(8).readable(forTerminalColors: 8) == .terminalDefault)
    #expect(ThemeColor.ansi(8).readable(forTerminalColors: 16) == TerminalColor(index: 8))
    // A bright colour on 8 colours is its normal colour in bold.
    #expect(
      ThemeColor.ansi(9).readable(forTerminalColors: 8) == TerminalColor(index: 1, bold: true))
    // Blue is too dark on black: bright where there is a bright blue, bold where not.
    #expect(ThemeColor.ansi(4).readable(forTerminalColors: 16) == TerminalColor(index: 12))
    #expect(
      ThemeColor.ansi(4).readable(forTerminalColors: 8) == TerminalColor(index: 4, bold: true))
    // Black text is never drawn.
    #expect(ThemeColor.ansi(0).readable(forTerminalColors: 256) == .terminalDefault)
    #expect(ThemeColor.rgb(10, 10, 10).readable(forTerminalColors: 16) != TerminalColor(index: 0))
  }
}
