import ArgumentParser
import GlideCore
import GlideSession
import GlideSystem

/// `glide status`: one line about the session running now, for a status bar; nothing when
/// none runs. Reads one small file and loads no routine, theme or log.
struct StatusCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "status", abstract: "Print where the running session is, for a status bar.",
    discussion: """
      Prints '▶ Roll · left calves 1:23' (⏸ while paused), or nothing when no session runs. \
      Fields for --format: \(SessionStatus.fieldNames.map { "{\($0)}" }.joined(separator: " ")). \
      Needs $XDG_RUNTIME_DIR, where sessions keep their status. See docs/status.md.
      """)

  @Option(help: ArgumentHelp("A template for the line.", valueName: "TEMPLATE"))
  var format: String = SessionStatus.defaultFormat

  @Flag(help: "Print JSON as waybar's custom module reads it (text, tooltip, class, percentage).")
  var json = false

  func validate() throws {
    if let unclosed = SessionStatus.unclosedField(in: format) {
      throw ValidationError("--format: '\(unclosed)' has no closing }")
    }
    if let unknown = SessionStatus.unknownFields(in: format).first {
      let fields = SessionStatus.fieldNames.map { "{\($0)}" }
      throw ValidationError(
        "--format: " + Suggestion.unknownName("field", "{\(unknown)}", known: fields))
    }
  }

  func run() {
    let now = SystemClock.realtimeSeconds()
    guard let status = StatusFile.current() else {
      if json { Output.jsonLine(SessionStatus.idleWaybar) }
      return
    }
    if json {
      Output.jsonLine(status.waybar(format, at: now))
    } else {
      Output.line(status.formatted(format, at: now))
    }
  }
}
