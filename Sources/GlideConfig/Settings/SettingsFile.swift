/// The config file, `CONFIG/config.toml`: read once per command, and never a reason not to
/// run.
public enum SettingsFile {
  /// The file's name in the config folder.
  public static let name = "config.toml"

  /// The settings a command starts from, and what was wrong with the file, if anything.
  public struct Loaded: Sendable {
    /// The file's usable settings over the defaults; the defaults alone when the file is
    /// missing or not TOML at all.
    public var settings: Settings
    /// One line per thing wrong with the file, for stderr.
    public var problems: [String] = []
    /// Whether the file was read and used (in part, when there are problems).
    public var isRead = false
  }

  /// The file's path in `configDirectory`.
  public static func path(configDirectory: String?) -> String? {
    configDirectory.map { $0 + "/" + name }
  }

  /// Reads the config file in `configDirectory`; a missing file is the defaults.
  public static func load(configDirectory: String?) -> Loaded {
    guard let path = path(configDirectory: configDirectory),
      SourceFile.exists(path)
    else {
      return Loaded(settings: Settings())
    }
    switch SourceFile.read(path) {
    case .failure(let diagnostic):
      return Loaded(
        settings: Settings(), problems: [diagnostic.description + "; using the built-in settings"])
    case .success(let bytes):
      let result = SettingsDecoder.decode(bytes: bytes, file: path)
      guard var settings = result.settings else {
        let lines = result.errors.map { $0.description + "; using the built-in settings" }
        return Loaded(settings: Settings(), problems: lines)
      }
      let decoded = result.errors.map {
        ($0, $0.severity == .error ? $0.description + "; using the default for it" : $0.description)
      }
      // The theme falls back to the default as other values do; the routine is kept, and
      // a session refuses it as one typed.
      let named = SettingNames.check(
        &settings, configDirectory: configDirectory, positions: result.positions
      ).map {
        ($0, $0.key == "theme" ? $0.description + "; using the default theme" : $0.description)
      }
      let lines = (decoded + named).enumerated().sorted {
        ($0.element.0.line ?? .max, $0.offset) < ($1.element.0.line ?? .max, $1.offset)
      }.map(\.element.1)
      return Loaded(settings: settings, problems: lines, isRead: true)
    }
  }
}
