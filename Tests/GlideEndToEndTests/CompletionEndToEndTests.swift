import Foundation
import Testing

/// The bash completion `make install` ships, driven the way bash drives it on a TAB.
@Suite struct CompletionEndToEndTests {
  let folder: String
  let home: String

  init() throws {
    folder =
      FileManager.default.temporaryDirectory.appendingPathComponent(
        "glide-completion-\(UUID())"
      ).path
    home = folder + "/home"
    try FileManager.default.createDirectory(
      atPath: home + "/.config/glide/routines", withIntermediateDirectories: true)
    let script = packageRoot().appendingPathComponent("packaging/completions.sh").path
    let made = runProcess("/bin/sh", [script, glideBinary, folder])
    #expect(made.status == 0, "\(made.err)")
  }

  /// What bash offers for the words typed, the last being the one under the cursor.
  func offers(_ words: [String], in directory: String? = nil) -> [String] {
    let driver = """
      source "$1"; shift
      COMP_WORDS=("$@"); COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ))
      COMP_LINE="${COMP_WORDS[*]}"; COMP_POINT=${#COMP_LINE}
      _glide "${COMP_WORDS[0]}" "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
      printf '%s\\n' "${COMPREPLY[@]}"
      """
    let binFolder = URL(fileURLWithPath: glideBinary).deletingLastPathComponent().path
    let result = runProcess(
      "/bin/bash",
      ["-c", "cd \"${DIR:-.}\" && " + driver, "bash", folder + "/glide.bash", "glide"] + words,
      environment: ["PATH": binFolder + ":/usr/bin:/bin", "HOME": home, "DIR": directory ?? "."])
    return result.out.split(separator: "\n").map(String.init)
  }

  @Test func theFirstWordOffersCommandsAndRoutineIds() throws {
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let first = offers([""])
    #expect(first.contains("history"))
    #expect(first.contains("desk-reset"))
    #expect(offers(["p"], in: home).sorted() == ["plantar-chain", "pre-run", "program"])
    #expect(offers(["program", "start", "pl"]) == ["plantar-ankle"])
  }

  @Test func routinesThemesAndFilesWhereTheyFit() throws {
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try "name = \"Evening\"\n".write(
      toFile: home + "/.config/glide/routines/evening.toml", atomically: true, encoding: .utf8)
    try "".write(toFile: home + "/mine.toml", atomically: true, encoding: .utf8)
    try "".write(toFile: home + "/notes.txt", atomically: true, encoding: .utf8)
    #expect(offers(["run", "ev"]) == ["evening"], "the person's own routines too")
    #expect(offers(["show", "down"]) == ["down-shift"])
    #expect(offers(["run", "--theme", "gr"]) == ["gruvbox"])
    #expect(offers(["run", "m"], in: home) == ["mine.toml"], "a .toml file, not notes.txt")
    #expect(offers(["check", "m"], in: home) == ["mine.toml"])
  }
}
