import GlideConfig
import GlideCore
import Testing

/// `summary = ...` in the config file: what the end of a session does.
@Suite struct SummarySettingTests {
  @Test(arguments: SummaryMode.allCases)
  func eachModeIsReadWithItsLine(mode: SummaryMode) throws {
    let result = SettingsDecoder.decode(
      text: "theme = \"mono\"\nsummary = \"\(mode.rawValue)\"\n", file: "c.toml")
    let settings = try #require(result.settings, "\(result.errors)")
    #expect(settings.summary == Setting(mode, from: .file("c.toml", line: 2)))
    #expect(settings.entries.contains { $0.key == "summary" && $0.value == "\"\(mode.rawValue)\"" })
  }

  @Test func theDefaultWaitsForAKey() {
    #expect(Settings().summary == Setting(.wait, from: .builtIn))
  }

  @Test func anotherWordIsOneErrorNamingTheWordsAndTheRestApplies() {
    let result = SettingsDecoder.decode(
      text: "summary = \"later\"\ntheme = \"mono\"\n", file: "c.toml")
    #expect(result.settings?.summary == Setting(.wait, from: .builtIn))
    #expect(result.settings?.theme == Setting("mono", from: .file("c.toml", line: 2)))
    #expect(
      result.errors.map(\.description) == [
        "c.toml:1:11: error: summary: unknown value 'later'; known values: wait, print, none"
      ])
  }
}
