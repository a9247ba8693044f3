import GlideCore

/// The defaults a session starts from: built in, then the config file's, then flags.
public struct Settings: Hashable, Sendable {
  /// How much Glide speaks, from least to most: a flag can only raise it.
  public enum Voice: String, CaseIterable, Comparable, Hashable, Sendable {
    /// Silent.
    case off
    /// Step starts and the countdown.
    case on
    /// Every cue, the form reminders too.
    case full

    /// In the order of the cases: `off < on < full`.
    public static func < (a: Voice, b: Voice) -> Bool {
      allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
  }

  /// Where desktop notifications go.
  public enum NotifyVia: String, CaseIterable, Hashable, Sendable {
    /// OSC 777 and OSC 9.
    case both
    /// OSC 777 only.
    case osc777 = "777"
    /// OSC 9 only.
    case osc9 = "9"
  }

  /// The routine `glide` runs when none is named.
  public var routine = Setting(BuiltinRoutines.defaultID)
  /// The colour theme.
  public var theme = Setting(ThemeCatalog.defaultName)
  /// Spoken cues.
  public var voice = Setting(Voice.off)
  /// Sounded cues; the built-in default is resolved to tones or the bell by what is found.
  public var sound = Setting(SoundMode.bell)
  /// Whether tones mark each in- and out-breath.
  public var breathSound = Setting(false)
  /// Whether to flash the screen instead of ringing the bell.
  public var flash = Setting(false)
  /// Whether to show the step and time left in the terminal window's title.
  public var title = Setting(true)
  /// Whether to send a desktop notification at step changes.
  public var notifications = Setting(false)
  /// Which escape sequences carry the notifications.
  public var notifyVia = Setting(NotifyVia.both)
  /// Whether a pause resumes after a 3-2-1.
  public var countIn = Setting(true)
  /// Whether to check in before and after every session.
  public var checkIn = Setting(false)
  /// What the end of a session does: wait for a key on the summary, or print it and go.
  public var summary = Setting(SummaryMode.wait)
  /// Whether the session is told in plain lines instead of the full screen (for screen
  /// readers and braille displays).
  public var plain = Setting(false)
  /// In plain lines: a line for each breath phase.
  public var breathWords = Setting(false)
  /// The command `--on-event` runs, if any.
  public var onEvent = Setting<String?>(nil)
  /// The get-ready countdown before the first step.
  public var getReady = Setting(Plan.Settings().leadIn)
  /// The rest between the left and the right side of a step.
  public var switchSides = Setting(Plan.Settings().switchSides)
  /// The pause between one step and the next.
  public var transition = Setting(TimeSpan.zero)
  /// The folder of one's own cue sounds, if not the default.
  public var sounds = Setting<String?>(nil)
  /// The speech program, which reads the text from its last argument.
  public var voiceCommand = Setting("espeak-ng")
  /// The speech language (espeak-ng's `-v`), if not the program's own.
  public var voiceLanguage = Setting<String?>(nil)
  /// The speech speed in words a minute (espeak-ng's `-s`), if not the program's own.
  public var voiceRate = Setting<Int?>(nil)

  /// The built-in defaults.
  public init() {}

  /// What plan expansion takes from these settings: the one place a routine's planned
  /// length meets the config's pauses, read by the run and every listing alike.
  public var plan: Plan.Settings {
    var plan = Plan.Settings(
      leadIn: getReady.value, switchSides: switchSides.value, transition: transition.value)
    if !countIn.value { plan.countIn = .zero }
    plan.checkIn = checkIn.value
    plan.breathCues = breathSound.value && sound.value == .tones
    return plan
  }

  /// A routine expanded as a session with these settings runs it.
  public func plan(_ routine: Routine) -> Plan { Plan(routine, settings: plan) }

  /// The speech program's arguments before the phrase: espeak-ng's language (`-v`) and
  /// speed (`-s`), when set.
  public var voiceArguments: [String] {
    (voiceLanguage.value.map { ["-v", $0] } ?? [])
      + (voiceRate.value.map { ["-s", "\($0)"] } ?? [])
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
    SettingKey.all.map { key in
      let shown = key.show(self)
      return Entry(key: key.name, value: shown.value, origin: shown.origin)
    }
  }
}

extension Setting where Value: Comparable {
  /// Sets `value` only when it is above the one in force: a flag that asks for some of a
  /// thing never takes away more that the file asked for.
  public mutating func raise(to value: Value, from origin: SettingOrigin) {
    if value > self.value { set(value, from: origin) }
  }
}
