import Foundation
import Testing

/// The config file: its defaults, flags over them, `glide config`, `glide check`, and a
/// broken file that never stops a session.
@Suite(.serialized) struct ConfigEndToEndTests {
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
    #expect(origin(of: "sound", in: out) == "default")
    #expect(origin(of: "title", in: out) == "default")
    #expect(origin(of: "transition", in: out) == "default")
    #expect(out.contains("# session log: \(home)/log.jsonl ($GLIDE_LOG)"))
  }

  @Test func aBrokenConfigIsOneLineAndTheDefaults() throws {
    defer { try? FileManager.default.removeItem(atPath: home) }
    try writeConfig("theme = \"gruvbox\"\nvoise = \"on\"\n")
    let config = glide(["config"])
    #expect(config.status == 0)
    #expect(
      config.err
        == "glide: \(configFile):2:1: error: voise: unknown key (did you mean 'voice'?); "
        + "using the built-in settings\n")
    #expect(origin(of: "theme", in: config.out) == "default")

    let check = glide(["check"])
    #expect(check.status == 2)
    #expect(check.out == "\(configFile):2:1: error: voise: unknown key (did you mean 'voice'?)\n")

    try writeConfig("theme = \"gruvbox\"\n")
    let fixed = glide(["check"])
    #expect(fixed.status == 0)
    #expect(fixed.out == "\(configFile): ok\n")
  }

  @Test func aSessionStartsFromTheConfigFile() throws {
    defer { try? FileManager.default.removeItem(atPath: home) }
    // The routine comes from the file and the get-ready lasts 2 s instead of 10.
    try writeConfig(
      "routine = \"\(fixture("short.toml"))\"\nsound = \"off\"\nget_ready = \"2s\"\n")
    let tmux = try Tmux()
    defer { tmux.close() }
    tmux.type("export HOME=\(home)")
    tmux.startGlide("")
    tmux.waitFor("GET READY")
    tmux.waitFor("ROLL · left calves", timeout: 6)
    tmux.keys("q", "y")
    tmux.waitFor("Session ended early: Short fixture")
    tmux.keys("x")
    #expect(tmux.exitStatus() != nil)

    // A broken file: one line, and the session runs on the defaults.
    try writeConfig("routine = 3\n")
    tmux.startGlide("run \(fixture("short.toml")) --no-bell")
    tmux.waitFor("GET READY")
    tmux.keys("q", "y")
    tmux.waitFor("Session ended early")
    tmux.keys("x")
    #expect(tmux.exitStatus() != nil)
    #expect(
      tmux.history.replacingOccurrences(of: "\n", with: "").contains(
        "config.toml:1:11: error: routine: must be a routine id or a FILE.toml; using the built-in")
    )
  }
}
