/// Where a setting's value came from, as `glide config` shows it.
public enum SettingOrigin: Hashable, Sendable, CustomStringConvertible {
  /// Glide's built-in default.
  case builtIn
  /// A line of the config file.
  case file(String, line: Int?)
  /// A command-line flag or argument, by the name the person typed.
  case flag(String)
  /// An environment variable.
  case environment(String)

  /// `default`, `FILE:LINE`, `--flag` or `$NAME`.
  public var description: String {
    switch self {
    case .builtIn: "default"
    case .file(let path, let line): line.map { "\(path):\($0)" } ?? path
    case .flag(let name): name
    case .environment(let name): "$" + name
    }
  }
}
