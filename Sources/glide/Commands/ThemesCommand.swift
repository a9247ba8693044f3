import ArgumentParser
import GlideConfig

/// `glide themes`: the themes `--theme` takes.
struct ThemesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "themes", abstract: "List the themes --theme takes.")

  @OptionGroup var log: LogOptions

  func run() throws {
    log.recoverJournals()
    for theme in ThemeCatalog.builtins {
      print(theme.name + (theme.name == ThemeCatalog.defaultTheme.name ? "  (default)" : ""))
    }
  }
}
