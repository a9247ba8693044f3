/// The command lines `glide --help` and the man page's EXAMPLES show, each with what it
/// does: one list, so the two cannot differ.
public enum Examples {
  /// Each example: the command line, and what it does.
  public static let all: [(command: String, does: String)] = [
    ("glide", "Run the default routine (desk-reset), or today's session of a program."),
    ("glide run pre-run --voice", "Run a built-in routine with spoken cues."),
    ("glide show long-holds", "Print a routine's plan: every step, side, time and breath."),
    ("glide routines --area calves", "List the routines that work the calves."),
    (
      "glide build calves hips --minutes 12 --with ball --run",
      "Make a 12-minute routine for two areas with a ball, and run it."
    ),
    ("glide run ankle-floss --check-in", "Rate the calves before and after the session."),
    (
      "glide program start runners-legs",
      "Follow a six-week program; glide next runs today's session."
    ),
    ("glide run pre-run --plain", "Run a routine as plain lines, for a screen reader."),
    (
      "glide status --format '{what} {left}'",
      "Where the running session is, for a tmux status line."
    ),
    ("glide history --csv > sessions.csv", "Export every session logged."),
    (
      "glide report -o progress.html",
      "The last year as one HTML page of charts and tables: read, print, send."
    ),
    ("glide stats --json", "Sessions per week, streak, areas and check-ins as one JSON object."),
    (
      "glide --on-event 'notify-send \"Glide: $GLIDE_EVENT\"'",
      "Run a command at each step start and end, pause, resume and session end."
    ),
  ]

  /// The widest a description may be: `--help` indents it 6 columns and wraps at 80,
  /// leaving a word alone at the left edge otherwise.
  public static let descriptionWidth = 72

  /// The examples as `--help` prints them, after "Examples:".
  public static var help: String {
    "Examples:\n" + all.map { "  \($0.command)\n      \($0.does)" }.joined(separator: "\n")
  }
}
