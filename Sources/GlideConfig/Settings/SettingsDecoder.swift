import GlideCore
import GlideTOML

/// Turns the text of `config.toml` into `Settings`, with messages naming file, line and
/// key. It forgives: a key it does not know is a warning, a value it cannot use an error
/// that leaves that one setting at its default; every other key still applies.
public enum SettingsDecoder {
  /// The keys a config file may hold, in the order `glide config` shows them.
  public static var keys: [String] { SettingKey.names }

  /// The settings (built-in defaults where the file is silent or wrong), and what is
  /// wrong, with places.
  public struct Result: Sendable {
    /// The settings: every usable key of the file over the defaults; nil only when the
    /// file is not TOML at all.
    public var settings: Settings?
    /// What is wrong, with places: errors for values, warnings for unknown keys.
    public var errors: [Diagnostic]
    /// Where each key's value is, for what is checked later against what exists (the
    /// routine, the theme), so its error points at the value as every other one does.
    public var positions: [String: TOMLPosition] = [:]
  }

  /// Decodes the text of a config file.
  public static func decode(text: String, file: String) -> Result {
    decode(bytes: Array(text.utf8), file: file)
  }

  /// Decodes raw bytes (size, UTF-8 and TOML first).
  public static func decode(bytes: [UInt8], file: String) -> Result {
    switch TOMLSource.table(bytes: bytes, file: file, header: "[transitions]") {
    case .failure(let diagnostic): return Result(settings: nil, errors: [diagnostic])
    case .success(let table): return decode(table: table, file: file)
    }
  }

  /// Applies each key of the file's top-level table in turn.
  static func decode(table: TOMLTable, file: String) -> Result {
    let known = SettingKey.all
    var settings = Settings()
    var errors: [Diagnostic] = []
    for entry in table.entries {
      let origin = SettingOrigin.file(file, line: entry.keyPosition.line)
      guard let key = known.first(where: { $0.name == entry.key }) else {
        let place = entry.keyPosition
        errors.append(
          Diagnostic(
            .warning, file: file, line: place.line, column: place.column, key: entry.key,
            message: "unknown key" + Suggestion.didYouMean(entry.key, among: keys)))
        continue
      }
      if let message = key.read(SettingValue(entry.value), origin, &settings) {
        let place = entry.value.position
        errors.append(
          Diagnostic(
            file: file, line: place.line, column: place.column, key: entry.key, message: message))
      }
    }
    let positions = Dictionary(
      table.entries.map { ($0.key, $0.value.position) }, uniquingKeysWith: { first, _ in first })
    return Result(settings: settings, errors: RoutineDecoder.byLine(errors), positions: positions)
  }
}
