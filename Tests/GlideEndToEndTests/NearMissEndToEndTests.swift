import Foundation
import Testing

/// A mistyped command or name gets "did you mean" and status 2, never a session.
@Suite(.endToEnd) struct NearMissEndToEndTests {
  let home = FileManager.default.temporaryDirectory.appendingPathComponent("glide-near-\(UUID())")
    .path

  func glide(_ arguments: String...) -> (status: Int32, out: String, err: String) {
    runProcess(glideBinary, arguments, environment: ["HOME": home, "PATH": "/usr/bin:/bin"])
  }

  @Test func aMistypedCommandIsNotTakenForARoutine() {
    for (typed, meant) in [("histroy", "history"), ("stat", "stats"), ("chekc", "check")] {
      let result = glide(typed)
      #expect(result.status == 2)
      #expect(result.out.isEmpty)
      #expect(
        result.err == "glide: '\(typed)' is not a command or a routine; did you mean '\(meant)'?\n")
    }
  }

  /// `help` with a mistyped command, and `version` typed as a word, are said to be wrong,
  /// not answered with the main help or "unknown routine"; numbers below 1 reach the
  /// options' own checks, not "missing value".
  @Test func aMistypedHelpOrVersionOrNegativeCountIsSaidPlainly() {
    let help = glide("help", "histroy")
    #expect(help.status == 2)
    #expect(help.out.isEmpty)
    #expect(help.err == "glide: 'histroy' is not a command; did you mean 'history'?\n")
    #expect(
      glide("help", "zzzz").err == "glide: 'zzzz' is not a command; 'glide help' lists them\n")
    #expect(glide("help", "history").status == 0)
    for (typed, group, meant) in [("strat", "program", "start"), ("mrge", "log", "merge")] {
      let result = glide(group, typed, "x")
      #expect(result.status == 2)
      #expect(
        result.err == "glide: '\(typed)' is not a '\(group)' command; did you mean '\(meant)'?\n")
    }
    let version = glide("version")
    #expect(version.status == 2)
    #expect(
      version.err
        == "glide: 'version' is not a command or a routine; did you mean '--version'?\n")
    let limit = glide("history", "--limit", "-3")
    #expect(limit.status == 2)
    #expect(limit.err == "glide: --limit must be 1 or more (see 'glide history --help')\n")
  }

  @Test func aMistypedRoutineOrThemeNamesTheNearestOne() {
    let routine = glide("desk-rest")
    #expect(routine.status == 2)
    #expect(routine.err.hasPrefix("glide: unknown routine 'desk-rest'; did you mean 'desk-reset'?"))
    let shown = glide("show", "pre-rum")
    #expect(shown.status == 2)
    #expect(shown.err.hasPrefix("glide: unknown routine 'pre-rum'; did you mean 'pre-run'?"))
    let theme = glide("run", "--theme", "gruvbx")
    #expect(theme.status == 2)
    #expect(theme.err.hasPrefix("glide: unknown theme 'gruvbx'; did you mean 'gruvbox'?"))
  }

  @Test func aRoutineOfYourOwnIsNeverMistakenForACommand() throws {
    defer { try? FileManager.default.removeItem(atPath: home) }
    let folder = home + "/.config/glide/routines"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    try
      "name = \"Stat\"\n[[steps]]\ntechnique = \"breathe\"\ntarget = \"breath\"\nduration = \"1m\"\n"
      .write(toFile: folder + "/stat.toml", atomically: true, encoding: .utf8)
    let result = glide("stat")
    // Its routine is found; only the missing terminal (stdin is /dev/null) stops it.
    #expect(!result.err.contains("did you mean"), "\(result.err)")
    #expect(glide("show", "stat").out.contains("Stat (stat)"))
  }
}
