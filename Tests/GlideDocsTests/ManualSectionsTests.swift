import Foundation
import GlideCore
import GlideSession
import Testing

@testable import GlideDocs

/// The man page's own sections say what the code's tables say: every key of the session,
/// the quit question and the check-in, every variable the hook sets, every exit status,
/// every folder of the person's files, every example `--help` shows.
@Suite struct ManualSectionsTests {
  /// The lines of one section, from its `.Sh` to the next.
  func section(_ name: String) -> [String] {
    let lines = ManualSections.roff.split(separator: "\n").map(String.init)
    guard let start = lines.firstIndex(of: ".Sh \(name)") else { return [] }
    return Array(lines[(start + 1)...].prefix { !$0.hasPrefix(".Sh ") })
  }

  @Test func theSectionsComeInTheOrderOfTheirKind() {
    let headings = ManualSections.roff.split(separator: "\n").filter { $0.hasPrefix(".Sh ") }
    #expect(
      headings == [
        ".Sh KEYS", ".Sh ENVIRONMENT", ".Sh FILES", ".Sh EXIT STATUS", ".Sh EXAMPLES",
      ])
  }

  @Test func keysListEveryBindingOfTheKeyTable() {
    let keys = section("KEYS")
    let tables = [
      KeyTable.bindings, KeyTable.quitQuestionBindings, KeyTable.checkInBindings,
    ]
    for bindings in tables {
      for binding in bindings {
        let item = ".It " + binding.names.map { "Sy " + Roff.argument($0) }.joined(separator: " , ")
        #expect(keys.contains(item), "KEYS has no \(item)")
        let words = ManualSections.sentence(binding.help + (binding.more.map { " " + $0 } ?? ""))
        #expect(keys.contains(Roff.line(words)), "KEYS has no \(words)")
      }
    }
    // The keys the old hand-written page missed.
    for name in [
      "Sy \\&.", "Sy F5", "Sy PgUp", "Sy PgDn", "Sy \\&=", "Sy \\&_", "Sy h", "Sy y", "Sy esc",
    ] {
      #expect(keys.joined(separator: " ").contains(name), "\(name)")
    }
    #expect(!keys.joined().contains("without a tempo"))
  }

  @Test func environmentListsEveryVariableTheHookSets() {
    let environment = section("ENVIRONMENT")
    for variable in HookVariables.all {
      #expect(environment.contains(".It Ev " + variable.name), "\(variable.name)")
    }
    #expect(environment.contains(".It Ev GLIDE_OUTCOME"))
    // docs/coaching.md's table of the hook's variables names each too.
    let coaching = try? String(
      contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../docs/coaching.md"), encoding: .utf8)
    for variable in HookVariables.all {
      #expect(
        coaching?.contains("`\(variable.name)`") == true, "docs/coaching.md: \(variable.name)")
    }
    // And every event GLIDE_EVENT takes, in its row.
    let eventRow = coaching?.split(separator: "\n").first { $0.contains("| `GLIDE_EVENT` |") }
    for event in HookVariables.events {
      #expect(eventRow?.contains("`\(event)`") == true, "docs/coaching.md: \(event)")
    }
    #expect(environment.joined(separator: " ").contains("transition"))
  }

  @Test func exitStatusListsEveryStatus() throws {
    let status = section("EXIT STATUS")
    for exit in ExitStatus.allCases {
      #expect(status.contains(".It " + exit.label), "\(exit.label)")
    }
    // docs/using.md's table says each as the man page does, word for word.
    let docs = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("../../docs/using.md")
    let using = try String(contentsOf: docs, encoding: .utf8)
    for exit in ExitStatus.allCases {
      #expect(using.contains("| \(exit.label) | \(exit.meaning) |"), "\(exit.label)")
    }
  }

  @Test func filesNameEveryFolderOfYourOwn() {
    let files = section("FILES").joined(separator: "\n")
    for folder in ["routines", "themes", "library", "programs"] {
      #expect(files.contains("~/.config/glide/\(folder)/*.toml"), "\(folder)")
    }
    #expect(files.contains("~/.local/share/glide/sessions.jsonl"))
    #expect(files.contains("~/.local/state/glide/active-program"))
  }

  @Test func examplesAreTheOnesHelpShows() {
    let examples = section("EXAMPLES")
    for example in Examples.all {
      #expect(examples.contains(".Dl " + Roff.argumentLine(example.command)), "\(example.command)")
      #expect(Examples.help.contains(example.command))
      // Indented 6 in an 80-column --help, a longer one wraps a word to the left edge.
      #expect(example.does.columns <= Examples.descriptionWidth, "\(example.does)")
    }
  }

  @Test func roffTextCannotStartARequest() {
    #expect(Roff.line(".hidden") == "\\&.hidden")
    #expect(Roff.line("a\\b") == "a\\eb")
    #expect(Roff.argument("!") == "\\&!")
    #expect(Roff.argument("→") == "\\(->")
  }
}
