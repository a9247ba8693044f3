import GlideCore

/// The defaults a session starts from: built in, then the config file's, then flags.
public struct Settings: Hashable, Sendable {
  /// How much Glide speaks.
  public enum Voice: String, CaseIterable, Hashable, Sendable {
    /// Silent.
    case off
    /// Step starts and the countdown.
    case on
    /// Every cue, the form reminders too.
    case full
  }

  /// What Glide plays at step changes and the countdown.
  public enum Sound: String, CaseIterable, Hashable, Sendable {
    /// Tones of their own.
    case tones
    /// The terminal bell.
    case bell
    /// Nothing.
    case off
  }

  /// The routine `glide` runs when none is named.
  public var routine = Setting(BuiltinRoutines.defaultID)
  /// The colour theme.
  public var theme = Setting(ThemeCatalog.defaultTheme.name)
  /// Spoken cues.
  public var voice = Setting(Voice.off)
  /// Sounded cues.
  public var sound = Setting(Sound.bell)
  /// Whether to flash the screen instead of ringing the bell.
  public var flash = Setting(false)
  /// Whether to show the step and time left in the terminal window's title.
  public var title = Setting(true)
  /// Whether to send a desktop notification at step changes.
  public var notifications = Setting(false)
  /// The command `--on-event` runs, if any.
  public var onEvent = Setting<String?>(nil)
  /// What the end of a session does: wait for a key on the summary, or print it and go.
  public var summary = Setting(SummaryMode.wait)
  /// The get-ready countdown before the first step.
  public var getReady = Setting(Plan.Settings().leadIn)
  /// The rest between the left and the right side of a step.
  public var switchSides = Setting(Plan.Settings().switchSides)
  /// The pause between one step and the next.
  public var transition = Setting(TimeSpan.zero)

  /// The built-in defaults.
  public init() {}

  /// The lengths plan expansion takes from these settings.
  public var plan: Plan.Settings {
    Plan.Settings(
      leadIn: getReady.value, switchSides: switchSides.value, transition: transition.value)
  }

  /// One entry of `glide config`: the file's key, the value as the file would spell it,
  /// and where it came from.
  public struct Entry: Hashable, Sendable {
    /// The config file key.
    public var key: String
    /// The value in TOML, e.g. `"gruvbox"`, `"on"`, `"10s"`.
    public var value: String
    /// Where it came from.
    public var origin: SettingOrigin
  }

  /// Every setting in the config file's order and spelling.
  public var entries: [Entry] {
    func quoted(_ text: String) -> String { TOMLString.quoted(text) }
    func onOff(_ flag: Bool) -> String { quoted(flag ? "on" : "off") }
    return [
      Entry(key: "routine", value: quoted(routine.value), origin: routine.origin),
      Entry(key: "theme", value: quoted(theme.value), origin: theme.origin),
      Entry(key: "voice", value: quoted(voice.value.rawValue), origin: voice.origin),
      Entry(key: "sound", value: quoted(sound.value.rawValue), origin: sound.origin),
      Entry(key: "flash", value: onOff(flash.value), origin: flash.origin),
      Entry(key: "title", value: onOff(title.value), origin: title.origin),
      Entry(key: "notifications", value: onOff(notifications.value), origin: notifications.origin),
      Entry(key: "on_event", value: quoted(onEvent.value ?? ""), origin: onEvent.origin),
      Entry(key: "summary", value: quoted(summary.value.rawValue), origin: summary.origin),
      Entry(key: "get_ready", value: quoted(getReady.value.description), origin: getReady.origin),
      Entry(
        key: "switch_sides", value: quoted(switchSides.value.description),
        origin: switchSides.origin),
      Entry(
        key: "transition", value: quoted(transition.value.description), origin: transition.origin),
    ]
  }
}
