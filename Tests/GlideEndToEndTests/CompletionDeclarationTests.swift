import Foundation
import Testing

/// Every option and argument with a fixed set of values or names declares its completion,
/// read from the parser's own description of the commands (`--experimental-dump-help`),
/// so a flag added later without one fails here rather than going unnoticed.
@Suite(.endToEnd) struct CompletionDeclarationTests {
  /// One option or argument: the command it belongs to, its name, its value's name, and
  /// the completion it declares.
  struct Entry {
    var command: String
    var name: String
    var valueName: String
    var kind: [String: Any]?
  }

  /// Every option and argument of every command.
  static func entries() throws -> [Entry] {
    let dump = runProcess(glideBinary, ["--experimental-dump-help"])
    #expect(dump.status == 0, "\(dump.err)")
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(dump.out.utf8)) as? [String: Any])
    var entries: [Entry] = []
    func walk(_ command: [String: Any], _ path: String) {
      for argument in command["arguments"] as? [[String: Any]] ?? [] {
        let names = argument["names"] as? [[String: Any]] ?? []
        entries.append(
          Entry(
            command: path, name: names.first?["name"] as? String ?? "(argument)",
            valueName: argument["valueName"] as? String ?? "",
            kind: argument["completionKind"] as? [String: Any]))
      }
      for sub in command["subcommands"] as? [[String: Any]] ?? [] {
        walk(sub, path + " " + (sub["commandName"] as? String ?? ""))
      }
    }
    walk(try #require(json["command"] as? [String: Any]), "glide")
    return entries
  }

  /// An option whose value is one of a few words (`tones|bell|off`) offers those words.
  @Test func everyChoiceOfWordsIsOffered() throws {
    let choices = try Self.entries().filter { $0.valueName.contains("|") }
    #expect(!choices.isEmpty)
    for entry in choices {
      let offered = (entry.kind?["list"] as? [String: Any])?["values"] as? [String]
      #expect(
        offered.map(Set.init) == Set(entry.valueName.split(separator: "|").map(String.init)),
        "\(entry.command) --\(entry.name) <\(entry.valueName)> offers \(offered ?? [])")
    }
  }

  /// A value naming a routine, theme, program, area, log or file is completed: names
  /// Glide knows are asked of the binary, files come from the shell.
  @Test func everyNameOrFileIsCompleted() throws {
    let named = ["routine", "theme", "name", "area", "areas", "log", "file", "files", "output"]
    // `glide new NAME` names a routine that does not exist yet.
    let entries = try Self.entries().filter {
      named.contains($0.valueName) && $0.command != "glide new"
    }
    #expect(entries.count > 10)
    for entry in entries {
      #expect(
        entry.kind != nil, "\(entry.command) \(entry.name) <\(entry.valueName)> completes nothing")
    }
  }
}
