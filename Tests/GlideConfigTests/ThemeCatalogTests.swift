import GlideConfig
import GlideRender
import Testing

/// The default theme is named without decoding it, and that name is the theme's own.
@Suite struct ThemeCatalogTests {
  @Test func theDefaultsNameIsItsFilesAndItsOwn() throws {
    #expect(ThemeCatalog.defaultName == ThemeCatalog.defaultTheme.name)
    #expect(ThemeCatalog.defaultName == "default")
    #expect(Settings().theme.value == ThemeCatalog.defaultName)
  }

  @Test func everyShippedThemeIsFoundByTheNameItHolds() throws {
    for theme in ThemeCatalog.builtins {
      #expect(try ThemeCatalog.resolve(theme.name, configDirectory: nil).get() == theme)
    }
  }
}
