import GlideConfig
import GlideCore
import GlideLog
import GlideSession
import GlideSound

/// The man page's sections the argument parser cannot write, made from the code's own
/// tables: KEYS from the key table, ENVIRONMENT from the hook's variables, FILES from the
/// places the code reads and writes, EXIT STATUS from `ExitStatus`, EXAMPLES from the
/// list `--help` shows. `make man` puts them in the generated page.
public enum ManualSections {
  /// Every section, in the order the page has them.
  public static var roff: String {
    (keys + environment + files + exitStatus + examples).joined(separator: "\n") + "\n"
  }

  /// KEYS: the session's, the quit question's and the check-in's.
  static var keys: [String] {
    let question: [String] = [".Pp", "While", ".Dq " + KeyTable.quitQuestion, "is asked:"]
    return [".Sh KEYS", "Keys work in a session; letters in either case, other keys do nothing."]
      + list(KeyTable.bindings) + question + list(KeyTable.quitQuestionBindings)
      + [
        ".Pp", "While a check-in asks (with", ".Fl -check-in ,", "or", ".Li check_in = true",
        "in the routine or program file), before the get-ready and after the last step:",
      ] + list(KeyTable.checkInBindings)
  }

  /// A tagged list of bindings: their keys, then what they do.
  static func list(_ bindings: [KeyBinding]) -> [String] {
    [".Bl -tag -width Ds"]
      + bindings.flatMap { binding in
        let keys = binding.names.map { "Sy " + Roff.argument($0) }.joined(separator: " , ")
        let text = binding.help + (binding.more.map { " " + $0 } ?? "")
        return [".It " + keys, Roff.line(sentence(text))]
      } + [".El"]
  }

  /// The variables Glide reads, then those the `--on-event` command runs with.
  static var environment: [String] {
    let read: [(String, String)] = [
      ("GLIDE_LOG", "The session log, unless --log names one."),
      (
        "XDG_CONFIG_HOME",
        "Holds glide/ with the config file, routines, themes, library and programs (default ~/.config)."
      ),
      (
        "XDG_DATA_HOME",
        "Holds glide/sessions.jsonl and glide/sounds/ (default ~/.local/share)."
      ),
      ("XDG_STATE_HOME", "Holds glide/active-program (default ~/.local/state)."),
      ("HOME", "Where the defaults above start."),
      (
        "TMPDIR",
        "Where a session's tones are written, in a private folder removed at its end (default /tmp)."
      ),
      ("NO_COLOR", "When set and not empty, draw with bold and reverse video only."),
      ("TZ", "The time zone of the times history and stats show, and of their weeks."),
      (
        "COLUMNS",
        "How wide listings are when standard output is not a terminal (default 80, at least 40)."
      ),
      (
        "XDG_RUNTIME_DIR",
        "Holds glide/" + StatusFile.fileName(pid: "PID")
          + ", where a running session keeps what glide status prints; without it no status is kept."
      ),
      (
        "TERM",
        "The terminal type; it must be one terminfo knows. TERM=dumb runs the session in plain lines, as --plain does."
      ),
    ]
    return [".Sh ENVIRONMENT"] + variables(read)
      + [".Pp", "A command given with", ".Fl -on-event", "runs with these set:"]
      + variables(HookVariables.all.map { ($0.name, $0.meaning + ".") })
  }

  static func variables(_ entries: [(String, String)]) -> [String] {
    [".Bl -tag -width Ds"] + entries.flatMap { [".It Ev " + $0.0, Roff.line($0.1)] } + [".El"]
  }

  /// The files, at their default places (the environment above moves them).
  static var files: [String] {
    let home = ["HOME": "~"]
    let config = ConfigLocation.directory(environment: home) ?? "~/.config/glide"
    let state = ActiveProgram.directory(environment: home) ?? "~/.local/state/glide"
    let log =
      LogLocation.path(flag: nil, environment: home) ?? "~/.local/share/glide/sessions.jsonl"
    let folder = LogLocation.directory(of: log)
    let name = String(log.split(separator: "/").last ?? "sessions.jsonl")
    let sounds = OwnSounds.folder(setting: nil, environment: home) ?? "~/.local/share/glide/sounds"
    let keys = Settings.keyNames.joined(separator: ", ")
    let cues = Sound.allCases.map { $0.rawValue + ".wav" }.joined(separator: ", ")
    let entries: [(String, String)] = [
      (
        config + "/" + SettingsFile.name,
        "Defaults for the session flags, a key for each: \(keys). An unknown key is a warning and the rest applies; see glide config."
      ),
      (
        config + "/routines/*.toml",
        "Routines of your own; a file with a built-in's id replaces it."
      ),
      (config + "/themes/*.toml", "Themes of your own."),
      (
        config + "/library/*.toml",
        "Techniques and movements of your own for glide library and glide build."
      ),
      (
        config + "/programs/*.toml",
        "Programs of your own; a file with a built-in's id replaces it."
      ),
      (
        state + "/" + ActiveProgram.fileName,
        "The program being followed and the day it started; see glide program."
      ),
      (
        "~/.config/systemd/user/glide-remind.{service,timer}",
        "The daily reminder glide remind --install writes."
      ),
      (
        "$XDG_RUNTIME_DIR/glide/" + StatusFile.fileName(pid: "PID"),
        "Where a running session is, for glide status; replaced whole at each step, pause and resume."
      ),
      (log, "The session log, one JSON line per session, only ever appended to."),
      (
        sounds + "/",
        "Sounds of your own, one WAV file of at most 5 s per cue, played in place of the tone: \(cues). The sounds key names another folder; glide check checks them."
      ),
      (
        folder + "/." + name + ".glide-*.journal",
        "A running session's progress; a killed session's journal is added to the log as interrupted by the next glide command."
      ),
      (
        folder + "/." + name + ".glide-merged",
        "Where glide log merge appended another log's sessions, so readers read on through them."
      ),
    ]
    return [".Sh FILES", ".Bl -tag -width Ds"]
      + entries.flatMap { [".It Pa " + $0.0, Roff.line($0.1)] } + [".El"]
  }

  /// EXIT STATUS, from the statuses the code gives.
  static var exitStatus: [String] {
    [".Sh EXIT STATUS", ".Bl -tag -width Ds"]
      + ExitStatus.allCases.flatMap { [".It " + $0.label, Roff.line($0.meaning)] } + [".El"]
  }

  /// EXAMPLES, as `--help` shows them.
  static var examples: [String] {
    [".Sh EXAMPLES"]
      + Examples.all.enumerated().flatMap { index, example in
        (index == 0 ? [] : [".Pp"]) + [
          Roff.line(example.does), ".Dl " + Roff.argumentLine(example.command),
        ]
      }
  }

  /// Text as a sentence: a capital first letter and a full stop.
  static func sentence(_ text: String) -> String {
    guard let first = text.first else { return text }
    let capital = first.uppercased() + text.dropFirst()
    return capital.hasSuffix(".") ? capital : capital + "."
  }
}
