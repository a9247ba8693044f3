import GlideCore

/// How the person asked the session to run.
public struct SessionOptions: Sendable {
  /// Ring the terminal bell at cues.
  public var bell = true
  /// Flash the screen instead of ringing.
  public var flash = false
  /// Speak cues through espeak-ng (when it is on PATH).
  public var voice = false
  /// The speech program: a name on PATH or a path.
  public var voiceCommand = "espeak-ng"
  /// Its arguments before the phrase (a language, a speed).
  public var voiceArguments: [String] = []
  /// How much the voice says: the announcements, counts and timing, or also each step's
  /// cue line and the breath phases.
  public var voiceLevel = Speech.Level.basic
  /// The `--on-event` command.
  public var onEvent: String?
  /// Ask the system not to sleep while the session runs.
  public var keepAwake = true
  /// Keep the window title on the step and the time left.
  public var title = false
  /// Send a desktop notification at each step change and at the end.
  public var notifications = false
  /// What the end does: wait on the summary for a key, or leave at once.
  public var summary = SummaryMode.wait
  /// Session seconds per wall second (`--time-scale`), for the status file's deadlines.
  public var timeScale = 1.0
  /// Keep a status file for `glide status` (where `$XDG_RUNTIME_DIR` is set).
  public var status = false
  /// A line shown at the foot of the screen, e.g. that the routine has warnings.
  public var notice: String?
  /// How late past the wake it asked for an event may come, in real time, before the
  /// session takes the process to have been stopped meanwhile (SIGSTOP, a suspended
  /// machine) and pauses from that wake; nil: never.
  public var stallAfter: TimeSpan? = .seconds(2)

  /// The defaults: bell on, no voice, no hook, keep awake.
  public init() {}
}
