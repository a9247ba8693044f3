import Foundation
import Testing

/// The completions `make install` ships, each driven by its own shell the way it is driven
/// on a TAB: bash through its completion function, zsh through compinit on a pseudo-
/// terminal (`Fixtures/zsh-complete.zsh`), fish through `complete -C`.
@Suite(.endToEnd) struct CompletionEndToEndTests {
  enum Shell: String, CaseIterable, CustomTestStringConvertible {
    case bash, zsh, fish
    var testDescription: String { rawValue }
    /// Whether the shell is installed (`.ci/run` installs zsh and fish).
    var isInstalled: Bool { FileManager.default.isExecutableFile(atPath: "/usr/bin/\(rawValue)") }
  }

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
    try FileManager.default.createDirectory(
      atPath: folder + "/zsh", withIntermediateDirectories: true)
    let script = packageRoot().appendingPathComponent("packaging/completions.sh").path
    let made = runProcess("/bin/sh", [script, glideBinary, folder])
    #expect(made.status == 0, "\(made.err)")
    try FileManager.default.copyItem(atPath: folder + "/_glide", toPath: folder + "/zsh/_glide")
  }

  /// What `shell` offers for the words typed, the last being the one under the cursor.
  func offers(_ shell: Shell, _ words: [String], in directory: String? = nil) -> [String] {
    let binFolder = URL(fileURLWithPath: glideBinary).deletingLastPathComponent().path
    let environment = [
      "PATH": binFolder + ":/usr/bin:/bin", "HOME": home, "DIR": directory ?? ".",
      "TERM": "dumb",
    ]
    let line = (["glide"] + words).joined(separator: " ")
    let result: (status: Int32, out: String, err: String)
    switch shell {
    case .bash:
      let driver = """
        source "$1"; shift
        COMP_WORDS=("$@"); COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ))
        COMP_LINE="${COMP_WORDS[*]}"; COMP_POINT=${#COMP_LINE}
        _glide "${COMP_WORDS[0]}" "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
        printf '%s\\n' "${COMPREPLY[@]}"
        """
      result = runProcess(
        "/bin/bash",
        ["-c", "cd \"${DIR:-.}\" && " + driver, "bash", folder + "/glide.bash", "glide"] + words,
        environment: environment)
    case .zsh:
      let script = packageRoot().appendingPathComponent(
        "Tests/GlideEndToEndTests/Fixtures/zsh-complete.zsh"
      ).path
      result = runProcess(
        "/bin/sh",
        ["-c", "cd \"$DIR\" && zsh -f \"$0\" \"$1\" \"$2\"", script, folder + "/zsh", line],
        environment: environment)
    case .fish:
      result = runProcess(
        "/bin/sh",
        [
          "-c",
          "cd \"$DIR\" && fish --no-config -i -c 'source $argv[1]; complete -C $argv[2]' \"$0\" \"$1\"",
          folder + "/glide.fish", line,
        ],
        environment: environment)
    }
    return result.out.split(separator: "\n").map { String($0.prefix { $0 != "\t" }) }
      .filter { !$0.isEmpty }
  }

  @Test(arguments: Shell.allCases)
  func theFirstWordOffersCommandsAndRoutineIds(shell: Shell) throws {
    try #require(shell.isInstalled, "\(shell) is not installed (.ci/run installs it)")
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let first = offers(shell, [""])
    #expect(first.contains("history"))
    #expect(first.contains("status"))
    #expect(first.contains("report"))
    #expect(first.contains("desk-reset"))
    #expect(Set(offers(shell, ["p"], in: home)) == ["plantar-chain", "pre-run", "program"])
    #expect(offers(shell, ["program", "start", "pl"]) == ["plantar-ankle"])
    #expect(Set(offers(shell, ["help", "h"])) == ["help", "history"])
  }

  @Test(arguments: Shell.allCases)
  func everyFixedSetOfValuesIsOffered(shell: Shell) throws {
    try #require(shell.isInstalled, "\(shell) is not installed (.ci/run installs it)")
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let phases: Set = ["warm-up", "recovery", "break", "any"]
    #expect(Set(offers(shell, ["run", "--sound", ""])) == ["tones", "bell", "off"])
    #expect(Set(offers(shell, ["run", "--notify-via", ""])) == ["777", "9"])
    #expect(Set(offers(shell, ["run", "--summary", ""])) == ["wait", "print", "none"])
    #expect(Set(offers(shell, ["routines", "--phase", ""])) == phases)
    #expect(Set(offers(shell, ["build", "calves", "--for", ""])) == phases)
    #expect(
      Set(offers(shell, ["build", "calves", "--with", "roller,"]))
        == ["roller,ball", "roller,band", "roller,gun", "roller,none"])
    #expect(offers(shell, ["library", "upp"]) == ["upper-back"])
    #expect(offers(shell, ["routines", "--area", "calv"]) == ["calves"])
    #expect(offers(shell, ["report", "--area", "calv"]) == ["calves"])
    #expect(offers(shell, ["build", "calves", "hip-"]) == ["hip-flexors"])
  }

  @Test(arguments: Shell.allCases)
  func routinesThemesAndFilesWhereTheyFit(shell: Shell) throws {
    try #require(shell.isInstalled, "\(shell) is not installed (.ci/run installs it)")
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try "name = \"Evening\"\n".write(
      toFile: home + "/.config/glide/routines/evening.toml", atomically: true, encoding: .utf8)
    try "".write(toFile: home + "/mine.toml", atomically: true, encoding: .utf8)
    try "".write(toFile: home + "/notes.txt", atomically: true, encoding: .utf8)
    try "".write(toFile: home + "/other.jsonl", atomically: true, encoding: .utf8)
    // An id that would be offered escaped names nothing: left out.
    try "name = \"Evil\"\n".write(
      toFile: home + "/.config/glide/routines/ev\u{1b}[31mil.toml", atomically: true,
      encoding: .utf8)
    #expect(offers(shell, ["run", "ev"]) == ["evening"], "the person's own routines too")
    // A folder once marked: bash adds the `/` to what it is offered.
    try FileManager.default.createDirectory(
      atPath: home + "/cfg", withIntermediateDirectories: true)
    #expect(
      offers(shell, ["run", "--theme", "cf"], in: home) == [shell == .bash ? "cfg" : "cfg/"])
    #expect(offers(shell, ["show", "down"]) == ["down-shift"])
    #expect(offers(shell, ["run", "--theme", "gr"]) == ["gruvbox"])
    #expect(offers(shell, ["run", "m"], in: home) == ["mine.toml"], "a .toml file, not notes.txt")
    #expect(offers(shell, ["check", "m"], in: home) == ["mine.toml"])
    #expect(offers(shell, ["log", "merge", "oth"], in: home) == ["other.jsonl"])
    #expect(offers(shell, ["history", "--log", "oth"], in: home) == ["other.jsonl"])
  }

  /// Where Glide offers nothing, bash falls back to file names (readline's default).
  @Test func bashFallsBackToFileNames() throws {
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let result = runProcess(
      "/bin/bash", ["-c", "source \"$0\"; complete -p glide", folder + "/glide.bash"])
    #expect(result.out.contains("-o default"), "\(result.out)")
    #expect(result.out.contains("-o bashdefault"), "\(result.out)")
  }
}
