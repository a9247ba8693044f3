import ArgumentParser
import GlideCore

/// `glide keys` (also `glide help keys` and `glide --keys`): the session's keys, printed
/// outside a session.
struct KeysCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "keys", abstract: "List the keys a session knows.",
    discussion: lines.joined(separator: "\n"))

  /// The session's keys, then the check-in's.
  static var lines: [String] {
    KeyTable.lines + ["", "While checking in (--check-in, check_in = true):"]
      + KeyTable.checkInLines
  }

  func run() {
    Output.lines(Self.lines)
  }
}
