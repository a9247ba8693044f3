import GlideCore
import Testing

/// Each target's table, exactly: what JSON, TOML and the terminal escape, and how.
@Suite struct TextEscaperTests {
  static let sample = "a\"b\\c\nd\te\u{1B}f\u{7F}g\u{9B}h\u{2028}i\u{202E}j é"

  @Test func jsonEscapesItsOwnSetAndNamesTheCommonOnes() {
    #expect(
      TextEscaper.json.quoted(Self.sample)
        == "\"a\\\"b\\\\c\\nd\\te\\u001bf\u{7F}g\u{9B}h\\u2028i\u{202E}j é\"")
  }

  @Test func tomlEscapesControlsAndDelInUpperCaseHex() {
    #expect(
      TextEscaper.toml.quoted(Self.sample)
        == "\"a\\\"b\\\\c\\u000Ad\\u0009e\\u001Bf\\u007Fg\u{9B}h\u{2028}i\u{202E}j é\"")
  }

  @Test func theTerminalSeesEveryUnsafeScalarAsAVisibleEscape() {
    #expect(
      TextEscaper.display.escaped(Self.sample)
        == "a\"b\\c\\u000ad\\u0009e\\u001bf\\u007fg\\u009bh\\u2028i\\u202ej é")
    #expect(DisplayText.escaped(Self.sample) == TextEscaper.display.escaped(Self.sample))
    #expect(
      TextEscaper.jsonForTerminal.escaped("{\"a\":\"\t\u{9B}\"}") == "{\"a\":\"\t\\u009b\"}")
  }

  @Test func textWithNothingToEscapeComesBackAsItIs() {
    for escaper in [TextEscaper.json, .toml, .display, .jsonForTerminal, .markup, .html] {
      #expect(escaper.escaped("plain é 日本") == "plain é 日本")
    }
  }

  @Test func markupShowsTagsAsTextAndHTMLAlsoTheApostrophe() {
    let name = "<b class=\"x\">Tom's & Jerry's</b>"
    #expect(
      TextEscaper.markup.escaped(name)
        == "&lt;b class=&quot;x&quot;&gt;Tom's &amp; Jerry's&lt;/b&gt;")
    #expect(
      TextEscaper.html.escaped(name)
        == "&lt;b class=&quot;x&quot;&gt;Tom&#39;s &amp; Jerry&#39;s&lt;/b&gt;")
  }
}
