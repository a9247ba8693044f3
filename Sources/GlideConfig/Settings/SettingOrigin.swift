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
  /// Another origin's value changed to what this machine can do, and why: tones where a
  /// player is found, silence where the voice program is not.
  indirect case adjusted(SettingOrigin, because: String)

  /// `default`, `FILE:LINE`, `--flag` or `$NAME`, then `; why` when adjusted.
  public var description: String {
    switch self {
    case .builtIn: "default"
    case .file(let path, let line): line.map { "\(path):\($0)" } ?? path
    case .flag(let name): name
    case .environment(let name): "$" + name
    case .adjusted(let origin, let reason): "\(origin.description); \(reason)"
    }
  }
}
