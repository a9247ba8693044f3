import GlideCore
import GlideTOML

/// Turns the text of `config.toml` into `Settings`, or messages naming file, line and key.
public enum SettingsDecoder {
  /// The keys a config file may hold, in the order `glide config` shows them.
  public static let keys = [
    "routine", "theme", "voice", "sound", "flash", "title", "notifications", "on_event",
    "summary", "get_ready", "switch_sides", "transition",
  ]
  /// The lengths `get_ready` and `switch_sides` may take.
  public static let restRange = TimeSpan.seconds(1)...TimeSpan.seconds(60)
  /// The lengths `transition` may take.
  public static let transitionRange = TimeSpan.zero...TimeSpan.seconds(60)

  /// The settings (built-in defaults where the file is silent), or the errors that stop
  /// the file from being used.
  public struct Result: Sendable {
    /// The settings, when there were no errors.
    public var settings: Settings?
    /// What is wrong, with places.
    public var errors: [Diagnostic]
  }

  /// A value as read from the file, before its meaning is checked.
  enum Value: Equatable {
    case string(String)
    case bool(Bool)
    case number(Double)
    /// A table, array or date: never a setting.
    case other
  }

  /// Decodes the text of a config file.
  public static func decode(text: String, file: String) -> Result {
    decode(bytes: Array(text.utf8), file: file)
  }

  /// Decodes raw bytes (size, UTF-8 and TOML first).
  public static func decode(bytes: [UInt8], file: String) -> Result {
    switch TOMLSource.table(bytes: bytes, file: file, header: "[transitions]") {
    case .failure(let diagnostic): return Result(settings: nil, errors: [diagnostic])
    case .success(let table):
      return decode(values: values(of: table), file: file)
    }
  }

  /// The file's top-level values: the one place that knows the TOML reader's types.
  static func values(of table: TOMLTable) -> [String: Found] {
    var values: [String: Found] = [:]
    for entry in table.entries {
      let value: Value =
        switch entry.value.kind {
        case .string(let string): .string(string)
        case .boolean(let bool): .bool(bool)
        case .integer(let int): .number(Double(int))
        case .float(let double): .number(double)
        case .dateTime, .array, .table: .other
        }
      values[entry.key] = Found(value: value, key: entry.keyPosition, at: entry.value.position)
    }
    return values
  }

  /// A value with where its key and the value itself are written.
  struct Found {
    var value: Value
    var key: TOMLPosition
    var at: TOMLPosition
  }

  static func decode(values: [String: Found], file: String) -> Result {
    var settings = Settings()
    var errors: [Diagnostic] = []
    for (key, found) in values.sorted(by: { $0.key < $1.key }) {
      let origin = SettingOrigin.file(file, line: found.key.line)
      if let message = apply(key, found.value, from: origin, to: &settings) {
        // An unknown key is about the key; anything else about the value.
        let place = keys.contains(key) ? found.at : found.key
        errors.append(
          Diagnostic(
            file: file, line: place.line, column: place.column, key: key, message: message))
      }
    }
    guard errors.isEmpty else {
      return Result(settings: nil, errors: RoutineDecoder.byLine(errors))
    }
    return Result(settings: settings, errors: [])
  }

  /// Sets `key` in `settings`; what is wrong with the value, if anything.
  static func apply(
    _ key: String, _ value: Value, from origin: SettingOrigin, to settings: inout Settings
  ) -> String? {
    switch key {
    case "routine":
      guard let text = plainText(value) else { return "must be a routine id or a FILE.toml" }
      settings.routine.set(besideFile(text, origin), from: origin)
    case "theme":
      guard let text = plainText(value) else { return "must be a theme name or a FILE.toml" }
      settings.theme.set(besideFile(text, origin), from: origin)
    case "voice":
      let level: Settings.Voice? =
        switch value {
        case .bool(let on): on ? .on : .off
        case .string(let text): Settings.Voice(rawValue: text)
        default: nil
        }
      guard let level else { return "must be \"off\", \"on\" or \"full\"" }
      settings.voice.set(level, from: origin)
    case "sound":
      guard case .string(let text) = value, let sound = Settings.Sound(rawValue: text) else {
        return "must be \"tones\", \"bell\" or \"off\""
      }
      settings.sound.set(sound, from: origin)
    case "flash", "title", "notifications":
      guard let on = onOff(value) else { return "must be \"on\" or \"off\"" }
      switch key {
      case "flash": settings.flash.set(on, from: origin)
      case "title": settings.title.set(on, from: origin)
      default: settings.notifications.set(on, from: origin)
      }
    case "summary":
      guard case .string(let text) = value, let mode = SummaryMode(rawValue: text) else {
        return "must be \"wait\", \"print\" or \"none\""
      }
      settings.summary.set(mode, from: origin)
    case "on_event":
      guard case .string(let command) = value, SafeText.firstControl(in: command) == nil else {
        return "must be a command on one line, without control characters"
      }
      settings.onEvent.set(command.isEmpty ? nil : command, from: origin)
    case "get_ready", "switch_sides", "transition":
      let range = key == "transition" ? transitionRange : restRange
      let span: TimeSpan? =
        switch value {
        case .number(let seconds): .seconds(seconds)
        case .string(let text): DurationText.parse(text)
        default: nil
        }
      guard let span else { return "must be a length such as \"10s\" or 10" }
      guard range.contains(span) else {
        return "\(span) is outside \(range.lowerBound) to \(range.upperBound)"
      }
      switch key {
      case "get_ready": settings.getReady.set(span, from: origin)
      case "switch_sides": settings.switchSides.set(span, from: origin)
      default: settings.transition.set(span, from: origin)
      }
    default:
      var message = "unknown key"
      if let near = NearestKey.suggestion(for: key, among: keys) {
        message += " (did you mean '\(near)'?)"
      }
      return message
    }
    return nil
  }

  /// A relative `FILE.toml` named in the config file, as a path from the config file's
  /// folder, so it means the same file whatever folder Glide is started in.
  private static func besideFile(_ name: String, _ origin: SettingOrigin) -> String {
    guard name.hasSuffix(".toml"), !name.hasPrefix("/"), case .file(let file, _) = origin,
      let slash = file.lastIndex(of: "/")
    else { return name }
    return String(file[...slash]) + name
  }

  /// A non-empty string with nothing that could reach the terminal as a control.
  private static func plainText(_ value: Value) -> String? {
    guard case .string(let text) = value, !text.isEmpty, SafeText.firstControl(in: text) == nil
    else { return nil }
    return text
  }

  /// `true`/`false` or `"on"`/`"off"`.
  private static func onOff(_ value: Value) -> Bool? {
    switch value {
    case .bool(let on): on
    case .string("on"): true
    case .string("off"): false
    default: nil
    }
  }
}
