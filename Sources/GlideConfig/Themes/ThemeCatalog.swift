import GlideRender
import GlideThemes

/// The themes shipped in `Themes/`, compiled into the binary.
public enum ThemeCatalog {
  /// Every shipped theme, in the order `glide themes` lists them.
  public static let builtins: [Theme] = ThemeFiles.all.compactMap {
    ThemeDecoder.decode(bytes: $0.bytes, file: "built-in:\($0.name)").theme
  }

  /// The theme used when none is asked for.
  public static var defaultTheme: Theme { builtins.first ?? .mono }

  /// A theme name that matched nothing.
  public struct UnknownTheme: Error, CustomStringConvertible {
    /// The name asked for.
    public var name: String
    /// One line naming the known themes.
    public var description: String {
      "unknown theme '\(name)'; known themes: \(builtins.map(\.name).joined(separator: ", "))"
    }
  }

  /// The shipped theme with this name.
  public static func theme(named name: String) throws(UnknownTheme) -> Theme {
    guard let theme = builtins.first(where: { $0.name == name }) else {
      throw UnknownTheme(name: name)
    }
    return theme
  }
}
