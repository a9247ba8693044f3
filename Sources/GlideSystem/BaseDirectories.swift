/// The XDG base folders and the temporary base, looked up one way everywhere: a variable
/// counts only when it holds an absolute path; otherwise the folder under `$HOME` the
/// XDG specification names. Each takes the environment, so tests hand in their own.
public enum BaseDirectories {
  /// `$XDG_CONFIG_HOME`, else `~/.config`; nil when nothing says where home is.
  public static func config(_ environment: [String: String] = Host.environment) -> String? {
    lookup("XDG_CONFIG_HOME", "/.config", environment)
  }

  /// `$XDG_DATA_HOME`, else `~/.local/share`; nil when nothing says where home is.
  public static func data(_ environment: [String: String] = Host.environment) -> String? {
    lookup("XDG_DATA_HOME", "/.local/share", environment)
  }

  /// `$XDG_STATE_HOME`, else `~/.local/state`; nil when nothing says where home is.
  public static func state(_ environment: [String: String] = Host.environment) -> String? {
    lookup("XDG_STATE_HOME", "/.local/state", environment)
  }

  /// `$XDG_RUNTIME_DIR`; nil when it is not an absolute path (the specification gives no
  /// fallback).
  public static func runtime(_ environment: [String: String] = Host.environment) -> String? {
    environment["XDG_RUNTIME_DIR"].flatMap { $0.hasPrefix("/") ? $0 : nil }
  }

  /// Where temporary files go: `$TMPDIR` when set and not empty, else /tmp.
  public static func temporary(_ environment: [String: String] = Host.environment) -> String {
    environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
  }

  private static func lookup(
    _ variable: String, _ underHome: String, _ environment: [String: String]
  ) -> String? {
    if let value = environment[variable], value.hasPrefix("/") { return value }
    guard let home = environment["HOME"], !home.isEmpty else { return nil }
    return home + underHome
  }
}
