import ArgumentParser
import GlideConfig

/// `glide themes`: the themes `--theme` takes, the person's own marked.
struct ThemesCommand: ParsableCommand, LogCommand {
  static let configuration = CommandConfiguration(
    commandName: "themes", abstract: "List the themes --theme takes.")

  @OptionGroup var log: LogOptions

  func run() throws {
    let users = ThemeCatalog.userThemes(configDirectory: configDirectory())
    let userNames = Set(users.map(\.name))
    for theme in ThemeCatalog.builtins where !userNames.contains(theme.name) {
      Output.line(theme.name + (theme.name == ThemeCatalog.defaultTheme.name ? "  (default)" : ""))
    }
    for theme in users {
      if theme.theme == nil {
        Output.line("\(theme.name)  BROKEN: \(theme.firstError?.description ?? "unreadable")")
      } else {
        let replaces = ThemeCatalog.builtins.contains { $0.name == theme.name }
        Output.line("\(theme.name)  (yours\(replaces ? ", replaces the built-in" : ""))")
      }
    }
  }
}
