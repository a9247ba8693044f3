import GlideCore

/// One key of the config file: its name, how its value is read, and how `glide config`
/// writes it back. The table of them is the one home of every config key.
struct SettingKey {
  /// The key as the file spells it.
  var name: String
  /// Sets the value in the settings; what is wrong with it, if anything.
  var read: (SettingValue, SettingOrigin, inout Settings) -> String?
  /// The value as the file would spell it, and where it came from.
  var show: (Settings) -> (value: String, origin: SettingOrigin)

  /// Every key, in the order `glide config` shows them.
  static var all: [SettingKey] {
    [
      text("routine", \.routine, "a routine id or a FILE.toml", besideFile: true),
      text("theme", \.theme, "a theme name or a FILE.toml", besideFile: true),
      choice("voice", \.voice, orBool: { $0 ? .on : .off }),
      choice("sound", \.sound),
      onOff("breath_sound", \.breathSound),
      onOff("flash", \.flash),
      onOff("title", \.title),
      onOff("notifications", \.notifications),
      choice("notify_via", \.notifyVia),
      onOff("count_in", \.countIn),
      onOff("check_in", \.checkIn),
      choice("summary", \.summary),
      onOff("plain", \.plain),
      onOff("breath_words", \.breathWords),
      optionalText("on_event", \.onEvent, "a command on one line"),
      length(SettingRanges.getReady, \.getReady),
      length(SettingRanges.switchSides, \.switchSides),
      length(SettingRanges.transition, \.transition),
      optionalText("sounds", \.sounds, "a folder of WAV files", besideFile: true, always: true),
      text("voice_command", \.voiceCommand, "a program on PATH or a path"),
      optionalText("voice_language", \.voiceLanguage, "a language such as \"en-gb\""),
      rate("voice_rate", \.voiceRate),
    ]
  }

  /// The names of every key.
  static var names: [String] { all.map(\.name) }

  /// A TOML basic string.
  static func quoted(_ text: String) -> String { TOMLString.quoted(text) }

  /// One of an enumeration's raw values, or (for `voice`) a boolean.
  static func choice<Value: RawRepresentable & CaseIterable & Hashable & Sendable>(
    _ name: String, _ path: WritableKeyPath<Settings, Setting<Value>>,
    orBool: ((Bool) -> Value)? = nil
  ) -> SettingKey where Value.RawValue == String {
    let names = Value.allCases.map(\.rawValue)
    return SettingKey(
      name: name,
      read: { value, origin, settings in
        let chosen: Value? =
          switch value {
          case .string(let text): Value(rawValue: text)
          case .bool(let on): orBool?(on)
          default: nil
          }
        guard let chosen else {
          return Suggestion.unknownName("value", value.shown, known: names)
        }
        settings[keyPath: path].set(chosen, from: origin)
        return nil
      },
      show: { (quoted($0[keyPath: path].value.rawValue), $0[keyPath: path].origin) })
  }

  /// `true`/`false` or `"on"`/`"off"`.
  static func onOff(_ name: String, _ path: WritableKeyPath<Settings, Setting<Bool>>)
    -> SettingKey
  {
    SettingKey(
      name: name,
      read: { value, origin, settings in
        let on: Bool? =
          switch value {
          case .bool(let on): on
          case .string("on"): true
          case .string("off"): false
          default: nil
          }
        guard let on else {
          return Suggestion.unknownName("value", value.shown, known: ["on", "off"])
        }
        settings[keyPath: path].set(on, from: origin)
        return nil
      },
      show: { (quoted($0[keyPath: path].value ? "on" : "off"), $0[keyPath: path].origin) })
  }

  /// A non-empty line of text.
  static func text(
    _ name: String, _ path: WritableKeyPath<Settings, Setting<String>>, _ what: String,
    besideFile: Bool = false
  ) -> SettingKey {
    SettingKey(
      name: name,
      read: { value, origin, settings in
        guard let text = value.plainText, !text.isEmpty else { return "must be \(what)" }
        settings[keyPath: path].set(
          besideFile ? Self.besideFile(text, origin) : text, from: origin)
        return nil
      },
      show: { (quoted($0[keyPath: path].value), $0[keyPath: path].origin) })
  }

  /// A line of text, empty for none.
  static func optionalText(
    _ name: String, _ path: WritableKeyPath<Settings, Setting<String?>>, _ what: String,
    besideFile: Bool = false, always: Bool = false
  ) -> SettingKey {
    SettingKey(
      name: name,
      read: { value, origin, settings in
        guard let text = value.plainText else {
          return "must be \(what), without control characters"
        }
        let kept =
          besideFile && !text.isEmpty ? Self.besideFile(text, origin, always: always) : text
        settings[keyPath: path].set(kept.isEmpty ? nil : kept, from: origin)
        return nil
      },
      show: { (quoted($0[keyPath: path].value ?? ""), $0[keyPath: path].origin) })
  }

  /// A length in its range: `"10s"` or seconds.
  static func length(
    _ pause: SettingRanges.Pause, _ path: WritableKeyPath<Settings, Setting<TimeSpan>>
  ) -> SettingKey {
    SettingKey(
      name: pause.key,
      read: { value, origin, settings in
        let span: TimeSpan? =
          switch value {
          case .number(let seconds): seconds.isFinite ? .seconds(seconds) : nil
          case .string(let text): DurationText.parse(text)
          default: nil
          }
        guard let span, pause.contains(span) else {
          return "must be a length of \(pause.limits) such as \"10s\" or 10: \(pause.what)"
        }
        settings[keyPath: path].set(span, from: origin)
        return nil
      },
      show: { (quoted($0[keyPath: path].value.description), $0[keyPath: path].origin) })
  }

  /// Words a minute in `SettingRanges.voiceRate`, 0 or `""` for the program's own.
  static func rate(_ name: String, _ path: WritableKeyPath<Settings, Setting<Int?>>)
    -> SettingKey
  {
    let range = SettingRanges.voiceRate
    return SettingKey(
      name: name,
      read: { value, origin, settings in
        switch value {
        case .number(let words) where words == words.rounded() && range.contains(Int(words)):
          settings[keyPath: path].set(Int(words), from: origin)
        case .number(0), .string(""): settings[keyPath: path].set(nil, from: origin)
        default:
          return
            "must be words a minute, \(range.lowerBound)-\(range.upperBound) (0: the program's own)"
        }
        return nil
      },
      show: { ($0[keyPath: path].value.map(String.init) ?? "0", $0[keyPath: path].origin) })
  }

  /// A relative path named in the config file, as a path from the config file's folder,
  /// so it means the same file whatever folder Glide is started in. Ids and names stay.
  static func besideFile(_ name: String, _ origin: SettingOrigin, always: Bool = false) -> String {
    let isPath = always || name.hasSuffix(".toml") || name.contains("/")
    guard isPath, !name.hasPrefix("/"), !name.hasPrefix("~"), case .file(let file, _) = origin,
      let slash = file.lastIndex(of: "/")
    else { return name }
    return String(file[...slash]) + name
  }
}

extension Settings {
  /// Every key the config file takes, in the order `glide config` shows them (the man
  /// page lists them from here).
  public static var keyNames: [String] { SettingKey.names }
}
