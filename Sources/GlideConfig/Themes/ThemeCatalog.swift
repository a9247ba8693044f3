import GlideCore
import GlideRender
import GlideThemes

/// The themes shipped in `Themes/`, compiled into the binary.
public enum ThemeCatalog {
  /// Every shipped theme, in the order `glide themes` lists them.
  public static let builtins: [Theme] = ThemeFiles.all.compactMap(decode)

  /// The theme used when none is asked for: decoded alone, as a session starts with it
  /// and the other shipped themes are read only when asked for.
  public static let defaultTheme: Theme = ThemeFiles.all.first.flatMap(decode) ?? .mono

  /// The default theme's name, its file's, known without decoding it: every command's
  /// settings start with it, and most never draw a frame.
  public static let defaultName = ThemeFiles.all.first?.name ?? Theme.mono.name

  /// A shipped theme's file, decoded.
  private static func decode(_ file: (name: String, bytes: [UInt8])) -> Theme? {
    ThemeDecoder.decode(bytes: file.bytes, file: "built-in:\(file.name)").theme
  }

  /// A theme file in the person's `CONFIG/themes/` folder, as `glide themes` lists it.
  public struct UserTheme: Sendable {
    /// The file name stem, which `--theme` takes.
    public var name: String
    /// The file.
    public var file: String
    /// The theme, unless the file is broken.
    public var theme: Theme?
    /// The first error of a broken file.
    public var firstError: Diagnostic?
  }

  /// The person's themes from `configDirectory`.
  public static func userThemes(configDirectory: String?) -> [UserTheme] {
    guard let configDirectory else { return [] }
    return SourceFile.tomlFiles(in: configDirectory + "/themes").map { file in
      let result = load(file: file)
      return UserTheme(
        name: SourceFile.stem(file), file: file, theme: result.theme,
        firstError: result.errors.first)
    }
  }

  /// Decodes a theme file.
  public static func load(file: String) -> ThemeDecoder.Result {
    switch SourceFile.read(file) {
    case .failure(let diagnostic): return ThemeDecoder.Result(theme: nil, errors: [diagnostic])
    case .success(let bytes):
      var result = ThemeDecoder.decode(bytes: bytes, file: file)
      // Roles a file leaves out keep the default theme's colours.
      for role in Role.allCases where result.theme?.colors[role] == nil {
        result.theme?.colors[role] = defaultTheme.colors[role]
      }
      return result
    }
  }

  /// The theme `--theme` names: a `.toml` file, a theme of the person's, or a shipped one.
  public static func resolve(_ name: String, configDirectory: String?) -> Result<
    Theme, LookupFailure
  > {
    if name.hasSuffix(".toml") || name.contains("/") {
      let result = load(file: name)
      if let theme = result.theme { return .success(theme) }
      let first = result.errors.first ?? Diagnostic(file: name, message: "not a theme")
      return .failure(LookupFailure(first.description, diagnostics: result.errors))
    }
    let users = userThemes(configDirectory: configDirectory)
    if let user = users.first(where: { $0.name == name }) {
      if let theme = user.theme { return .success(theme) }
      if let error = user.firstError {
        return .failure(LookupFailure(error.description, diagnostics: [error]))
      }
    }
    // The default is decoded once, whichever way it was asked for.
    if name == defaultName { return .success(defaultTheme) }
    if let file = ThemeFiles.all.first(where: { $0.name == name }), let theme = decode(file) {
      return .success(theme)
    }
    let names = ThemeFiles.all.map(\.name) + users.map(\.name)
    return .failure(LookupFailure(Suggestion.unknownName("theme", name, known: names)))
  }
}
