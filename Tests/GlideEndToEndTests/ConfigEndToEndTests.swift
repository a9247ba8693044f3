import Foundation
import GlideTestSupport
import Testing

/// The config file: its defaults, flags over them, `glide config`, `glide check`, and a
/// broken file that never stops a session.
@Suite(.serialized, .endToEnd) struct ConfigEndToEndTests {
  let home = FileManager.default.temporaryDirectory.appendingPathComponent("glide-config-\(UUID())")
    .path
  var configFile: String { home + "/.config/glide/config.toml" }

  func writeConfig(_ text: String) throws {
    try FileManager.default.createDirectory(
      atPath: home + "/.config/glide", withIntermediateDirectories: true)
    try text.write(toFile: configFile, atomically: true, encoding: .utf8)
  }

  func glide(_ arguments: [String], environment: [String: String] = [:]) -> (
    status: Int32, out: String, err: String
  ) {
    let base = ["HOME": home, "PATH": "/usr/bin:/bin"]
    return runProcess(
      glideBinary, arguments, environment: base.merging(environment) { $1 })
  }

  /// The comment `glide config` prints after a key's value.
  func origin(of key: String, in output: String) -> String? {
    guard let line = output.split(separator: "\n").first(where: { $0.hasPrefix(key + " = ") }),
      let mark = line.range(of: "  # ")
    else { return nil }
    return String(line[mark.upperBound...])
  }

  @Test func configShowsEachSettingAndWhereItCameFrom() throws {
    defer { try? FileManager.default.removeItem(atPath: home) }
    try writeConfig("# mine\ntheme = \"gruvbox\"\nvoice = \"on\"\nget_ready = \"3s\"\n")
    let result = glide(
      ["config", "pre-run", "--theme", "mono"], environment: ["GLIDE_LOG": home + "/log.jsonl"])
    #expect(result.status == 0)
    #expect(result.err.isEmpty)
    let out = result.out
    #expect(out.hasPrefix("# \(configFile): read\n"))
    #expect(out.contains("routine = \"pre-run\""))
    #expect(origin(of: "routine", in: out) == "ROUTINE argument")
    #expect(out.contains("theme = \"mono\"") && origin(of: "theme", in: out) == "--theme")
    #expect(origin(of: "voice", in: out) == "\(configFile):3")
    #expect(
      out.contains("get_ready = \"3s\"") && origin(of: "get_ready", in: out) == "\(configFile):4")
    #expect(origin(of: "sound", in: out)?.hasPrefix("default; ") == true, "tones or the bell")
    #expect(origin(of: "title", in: out) == "default")
    #expect(origin(of: "transition", in: out) == "default")
    #expect(out.contains("# session log: \(home)/log.jsonl ($GLIDE_LOG)"))
  }

  @Test func anUnknownKeyIsOneWarningAndTheRestApplies() throws {
    defer { try? FileManager.default.removeItem(atPath: home) }
    try writeConfig("theme = \"gruvbox\"\nvoise = \"on\"\n")
    let config = glide(["config"])
    #expect(config.status == 0)
    #expect(
      config.err
        == "glide: \(configFile):2:1: warning: voise: unknown key (did you mean 'voice'?)\n")
    #expect(config.out.hasPrefix("# \(configFile): read, in part\n"))
    #expect(origin(of: "theme", in: config.out) == "\(configFile):1")

    let check = glide(["check"])
    #expect(check.status == 0, "a warning does not fail the check")
    #expect(check.out == "\(configFile):2:1: warning: voise: unknown key (did you mean 'voice'?)\n")

    try writeConfig("theme = \"gruvbox\"\nsound = \"loud\"\n")
    let bad = glide(["check"])
    #expect(bad.status == 2)
    try writeConfig("theme = \"gruvbox\"\n")
    let fixed = glide(["check"])
    #expect(fixed.status == 0)
    #expect(fixed.out == "\(configFile): ok\n")
  }

  /// A folder on PATH with a speech program that says nothing.
  func fakeSpeaker() throws -> String {
    let bin = home + "/bin"
    try FileManager.default.createDirectory(atPath: bin, withIntermediateDirectories: true)
    #expect(ExecutableScript.write("#!/bin/sh\nexit 0\n", to: bin + "/espeak-ng"))
    return bin + ":/usr/bin:/bin"
  }

  @Test func aVoiceFlagRaisesTheFilesLevelAndNeverLowersIt() throws {
    defer { try? FileManager.default.removeItem(atPath: home) }
    let path = try fakeSpeaker()
    try writeConfig("voice = \"full\"\n")
    let full = glide(["config", "--voice"], environment: ["PATH": path])
    #expect(full.out.contains("voice = \"full\""))
    #expect(origin(of: "voice", in: full.out) == "\(configFile):1")
    try writeConfig("voice = \"off\"\n")
    let raised = glide(["config", "--voice"], environment: ["PATH": path])
    #expect(
      raised.out.contains("voice = \"on\"") && origin(of: "voice", in: raised.out) == "--voice")
    // What a session will do: without its program, the voice is off, and says why.
    try writeConfig("voice = \"on\"\nvoice_command = \"no-such-speaker\"\n")
    let silent = glide(["config"], environment: ["PATH": path])
    #expect(silent.out.contains("voice = \"off\""))
    #expect(origin(of: "voice", in: silent.out) == "\(configFile):1; no no-such-speaker on PATH")
  }

  @Test func everySessionCommandTakesTheSessionFlags() throws {
    defer { try? FileManager.default.removeItem(atPath: home) }
    let flags = ["--theme", "mono", "--voice", "--summary", "print", "--notify-via", "9"]
    for command in [["config"], ["build", "calves"], ["next", "--help"], ["run", "--help"]] {
      let result = glide(command + flags, environment: ["GLIDE_LOG": home + "/log.jsonl"])
      #expect(result.status == 0, "\(command): \(result.err)")
    }
    for command in ["next", "run", "build"] {
      let help = glide([command, "--help"]).out
      for flag in ["--theme", "--voice", "--breath-sound", "--no-count-in", "--summary"] {
        #expect(help.contains(flag), "glide \(command) --help lacks \(flag)")
      }
    }
  }

  @Test func showAndConfigTakeTheRoutineAndThemeAsRunDoes() throws {
    defer { try? FileManager.default.removeItem(atPath: home) }
    try writeConfig("routine = \"pre-run\"\n")
    // `show` alone shows what `glide` would run: the config file's routine.
    #expect(glide(["show"]).out.hasPrefix("Pre-run warm-up (pre-run)"))
    #expect(glide(["show", "desk-reset"]).out.hasPrefix("Desk reset (desk-reset)"))
    // What `glide run` refuses, `glide config` refuses with the same line.
    for typed in [["desk-rest"], ["--theme", "gruvbx"]] {
      let shown = glide(["config"] + typed)
      let run = glide(["run"] + typed)
      #expect(shown.status == 2 && run.status == 2, "\(typed): \(shown.err)")
      #expect(!shown.err.isEmpty && shown.err == run.err, "\(typed): \(shown.err) / \(run.err)")
    }
    // An unknown routine in the file: `show` says it once, at its line, as a session does.
    try writeConfig("routine = \"pre-rnu\"\n")
    let show = glide(["show"])
    #expect(show.status == 2)
    #expect(show.err.components(separatedBy: "unknown routine").count == 2, "\(show.err)")
    #expect(
      show.err.hasPrefix("glide: \(configFile):1:11: error: routine: unknown routine 'pre-rnu'"))
  }

  @Test func routinesSaysWhatIsWrongWithTheConfigsRoutine() throws {
    defer { try? FileManager.default.removeItem(atPath: home) }
    try writeConfig("routine = \"pre-rnu\"\nget_ready = \"40s\"\n")
    let result = glide(["routines"])
    #expect(
      result.err.hasPrefix(
        "glide: \(configFile):1:11: error: routine: unknown routine 'pre-rnu'; did you mean 'pre-run'? "
          + "known routines: "))
    #expect(!result.out.contains("(default)"), "no other routine is taken for the default")
    // The config's pauses count in every listing.
    let show = glide(["show", "desk-reset"]).out
    let total = show.split(separator: "\n").last { $0.hasPrefix("Total ") }
    let listed = result.out.split(separator: "\n").first { $0.hasPrefix("desk-reset ") }
    let time = total?.split(separator: " ")[1]
    #expect(time != nil && listed?.hasSuffix(" " + time!) == true)
    try writeConfig("routine = \"pre-run\"\n")
    let marked = glide(["routines"]).out.split(separator: "\n").first { $0.hasSuffix("(default)") }
    #expect(marked?.hasPrefix("pre-run ") == true)
  }

  @Test func aSessionStartsFromTheConfigFile() async throws {
    defer { try? FileManager.default.removeItem(atPath: home) }
    // The routine comes from the file and the get-ready lasts 2 s instead of 10.
    try writeConfig(
      "routine = \"\(fixture("short.toml"))\"\nsound = \"off\"\nget_ready = \"2s\"\n")
    let tmux = try Tmux()
    defer { tmux.close() }
    tmux.type("export HOME=\(home)")
    tmux.startGlide("")
    await tmux.waitFor("GET READY")
    await tmux.waitFor("ROLL · left calves", timeout: 6)
    tmux.keys("q", "y")
    await tmux.waitFor("Session ended early: Short fixture")
    tmux.keys("x")
    #expect(await tmux.exitStatus() != nil)

    // A broken file: one line, and the session runs on the defaults.
    try writeConfig("routine = 3\n")
    tmux.startGlide("run \(fixture("short.toml")) --no-bell")
    await tmux.waitFor("GET READY")
    tmux.keys("q", "y")
    await tmux.waitFor("Session ended early")
    tmux.keys("x")
    #expect(await tmux.exitStatus() != nil)
    #expect(
      tmux.history.replacingOccurrences(of: "\n", with: "").contains(
        "config.toml:1:11: error: routine: must be a routine id or a FILE.toml; using the default")
    )
  }
}
