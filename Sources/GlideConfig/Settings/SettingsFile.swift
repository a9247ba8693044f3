/// The config file, `CONFIG/config.toml`: read once per command, and never a reason not to
/// run.
public enum SettingsFile {
  /// The file's name in the config folder.
  public static let name = "config.toml"

  /// The settings a command starts from, and what was wrong with the file, if anything.
  public struct Loaded: Sendable {
    /// The file's settings over the defaults; the defaults alone when the file is broken
    /// or missing.
    public var settings: Settings
    /// One line saying what is wrong with the file, for stderr.
    public var problem: String?
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
      return Loaded(settings: Settings(), problem: nil)
    }
    let errors: [Diagnostic]
    switch SourceFile.read(path) {
    case .failure(let diagnostic): errors = [diagnostic]
    case .success(let bytes):
      let result = SettingsDecoder.decode(bytes: bytes, file: path)
      if let settings = result.settings { return Loaded(settings: settings, problem: nil) }
      errors = result.errors
    }
    var problem = errors.first?.description ?? "\(path): cannot be used"
    if errors.count > 1 { problem += " (and \(errors.count - 1) more: glide check \(path))" }
    return Loaded(settings: Settings(), problem: problem + "; using the built-in settings")
  }
}
