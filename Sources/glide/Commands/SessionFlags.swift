import ArgumentParser
import GlideConfig
import GlideCore

/// The flags that shape a session, one group taken alike by `glide`, `run`, `next`,
/// `build --run` and `config`; each has a config key of the same meaning.
struct SessionFlags: ParsableArguments {
  @Option(
    help: "A theme name (see 'glide themes') or a theme file (FILE.toml).", completion: .themes)
  var theme: String?

  @Option(
    help: ArgumentHelp(
      "How cues sound: tones, bell or off (default: tones when pw-play, paplay or aplay is on PATH, else bell).",
      valueName: "tones|bell|off"), completion: .soundModes)
  var sound: String?

  @Flag(help: "With tones: a soft rising tone at each in-breath, a falling one at each out-breath.")
  var breathSound = false

  @Flag(help: "Do not ring the terminal bell (and, without --sound, make no sound).")
  var noBell = false

  @Flag(help: "Flash the screen instead of ringing the bell.")
  var flash = false

  @Flag(help: "Leave the window title alone (by default it shows the step and the time left).")
  var noTitle = false

  @Flag(help: "Send a desktop notification at each step change and the end (OSC 777 and OSC 9).")
  var notify = false

  @Option(
    help: ArgumentHelp(
      "Notify through OSC 777 or OSC 9 only (implies --notify).", valueName: "777|9"),
    completion: .notificationChannels)
  var notifyVia: String?

  @Flag(help: "Resume from a pause at once, without the 3-2-1 count-in.")
  var noCountIn = false

  @Flag(
    help: ArgumentHelp(
      "Speak each step, 3-2-1 and the reps through espeak-ng.",
      discussion: "Raises the config file's voice to at least \"on\"; \"full\" stays full."))
  var voice = false

  @Flag(
    help: ArgumentHelp(
      "Check in before and after: rate each worked area 0-10 with one key, and type the routine's range test.",
      discussion: "Routines and programs can ask for it themselves with check_in = true."))
  var checkIn = false

  @Option(
    help: ArgumentHelp(
      "At the end: wait for a key on the summary, print it and leave, or print one line and leave (default: wait; print with --plain).",
      valueName: "wait|print|none"), completion: .summaryModes)
  var summary: String?

  @Flag(
    help: ArgumentHelp(
      "Plain lines instead of the full screen, for screen readers and braille displays (what TERM=dumb gets).",
      discussion:
        "One line per moment: each step, halfway, 3-2-1, reps, pauses. See docs/accessibility.md."
    ))
  var plain = false

  @Flag(
    help: """
      With --plain: a line for each breath phase (in, hold, out) and each part of a paced \
      rep (out, hold, back).
      """)
  var breathWords = false

  @Option(
    help: ArgumentHelp(
      "Run CMD with /bin/sh at each step start and end, pause, resume, change of the time left and session end.",
      discussion: """
        Set for CMD: GLIDE_EVENT (step_start, step_end, pause, resume, length_changed, \
        session_end), \
        GLIDE_SEQUENCE (1, 2, ... in the order they happened), GLIDE_ROUTINE, GLIDE_STEP, \
        GLIDE_STEP_KIND (lead-in, switch-sides, transition, or the technique: roll, hold, ...), \
        GLIDE_TARGET, GLIDE_SIDE, GLIDE_REMAINING (whole seconds left in the step at that \
        moment: its length at step_start, the new time left at length_changed, what was \
        left when it ended at step_end and \
        session_end, 0 for reps counted by enter), GLIDE_OUTCOME (step_end: done, partial or \
        skipped; session_end: completed or stopped) and GLIDE_PAUSED (1 from a pause to its \
        resume, so a step gone to during a pause starts paused; else 0).
        """,
      valueName: "CMD"))
  var onEvent: String?

  /// Optional, with 1 as its default in `scale`: a default value the parser describes
  /// ("1.0") through the runtime's reflection, a million instructions at each start.
  @Option(help: .hidden)
  var timeScale: Double?

  /// How much faster than real time the session runs: 1 unless `--time-scale` says.
  var scale: Double { timeScale ?? 1 }

  func validate() throws {
    guard scale.isFinite, scale > 0, scale <= 1000 else {
      throw ValidationError("--time-scale must be a number above 0 and at most 1000")
    }
    try Self.check("--sound", sound, among: SoundMode.allCases.map(\.rawValue))
    try Self.check("--notify-via", notifyVia, among: ["777", "9"])
    try Self.check("--summary", summary, among: SummaryMode.allCases.map(\.rawValue))
    if sound == "bell" && noBell { throw ValidationError("--sound bell and --no-bell contradict") }
  }

  /// Refuses a value that is none of an option's choices.
  private static func check(_ flag: String, _ value: String?, among choices: [String]) throws {
    guard let value, !choices.contains(value) else { return }
    throw ValidationError(
      "\(flag): " + Suggestion.unknownName("value", DisplayText.escaped(value), known: choices))
  }

  /// Sets in `settings` what these flags ask, each over the config file's value; a flag
  /// that asks for some of a thing (`--voice`) only ever raises the file's level.
  func apply(to settings: inout Settings) {
    if let theme { settings.theme.set(theme, from: .flag("--theme")) }
    if voice { settings.voice.raise(to: .on, from: .flag("--voice")) }
    if let sound, let value = SoundMode(rawValue: sound) {
      settings.sound.set(value, from: .flag("--sound"))
    } else if noBell {
      settings.sound.set(.off, from: .flag("--no-bell"))
    }
    if breathSound { settings.breathSound.set(true, from: .flag("--breath-sound")) }
    if flash { settings.flash.set(true, from: .flag("--flash")) }
    if noTitle { settings.title.set(false, from: .flag("--no-title")) }
    if notify || notifyVia != nil {
      settings.notifications.set(true, from: .flag(notify ? "--notify" : "--notify-via"))
    }
    if let notifyVia, let via = Settings.NotifyVia(rawValue: notifyVia) {
      settings.notifyVia.set(via, from: .flag("--notify-via"))
    }
    if noCountIn { settings.countIn.set(false, from: .flag("--no-count-in")) }
    if checkIn { settings.checkIn.set(true, from: .flag("--check-in")) }
    if let summary, let mode = SummaryMode(rawValue: summary) {
      settings.summary.set(mode, from: .flag("--summary"))
    }
    if plain { settings.plain.set(true, from: .flag("--plain")) }
    if breathWords { settings.breathWords.set(true, from: .flag("--breath-words")) }
    if let onEvent { settings.onEvent.set(onEvent, from: .flag("--on-event")) }
  }
}
