import ArgumentParser
import GlideCore

/// `glide keys` (also `glide help keys` and `glide --keys`): the session's keys, printed
/// outside a session.
struct KeysCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "keys", abstract: "List the keys a session knows.",
    discussion: KeyTable.lines.joined(separator: "\n"))

  func run() {
    Output.lines(KeyTable.lines)
  }
}
