import Foundation
import Testing

/// No byte from a file, a file name, a key, a value or a log line reaches the terminal as a
/// control character: each command runs on a corpus full of them, and its stdout and
/// stderr are checked byte by byte.
@Suite(.endToEnd) struct ControlBytesEndToEndTests {
  /// ESC (a CSI that would clear the screen), C1 CSI U+009B, and a bidi override.
  static let hostile = "\u{1B}[2J\u{9B}1m\u{202E}"
  /// The same, as TOML and JSON write it.
  static let escaped = #"\u001b[2J\u009b1m\u202e"#

  /// Whether `bytes` hold a control character other than a line feed, raw: C0, DEL, C1
  /// (UTF-8 C2 80-9F), the line separators or a bidi control.
  static func firstRawControl(_ bytes: [UInt8]) -> String? {
    let text = String(decoding: bytes, as: UTF8.self)
    for scalar in text.unicodeScalars {
      switch scalar.value {
      case 0x0A: continue
      case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069:
        return "U+" + String(scalar.value, radix: 16)
      default: continue
      }
    }
    return nil
  }

  final class Corpus {
    let folder: String
    let environment: [String: String]

    init() throws {
      folder =
        FileManager.default.temporaryDirectory
        .appendingPathComponent("glide-corpus-\(UUID().uuidString)").path
      let routines = folder + "/config/glide/routines"
      let themes = folder + "/config/glide/themes"
      for path in [routines, themes] {
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
      }
      var environment = ProcessInfo.processInfo.environment
      environment["HOME"] = folder
      environment["XDG_CONFIG_HOME"] = folder + "/config"
      environment["GLIDE_LOG"] = folder + "/log.jsonl"
      environment["TZ"] = "UTC"
      self.environment = environment
      let step = "[[steps]]\ntechnique = \"roll\"\ntarget = \"calves\"\nduration = \"90s\"\n"
      let reps =
        "[[steps]]\ntechnique = \"reps\"\ntarget = \"calves\"\nmovement = \"raises\"\nreps = 8\n"
      // A routine whose file name (its id) is hostile.
      write(
        routines + "/evil\(ControlBytesEndToEndTests.hostile).toml",
        "name = \"Evil\"\n" + step + reps)
      // Unknown keys and echoed values, in TOML escapes and raw.
      write(
        folder + "/key.toml",
        "name = \"K\"\n" + step + "\"dur\(ControlBytesEndToEndTests.escaped)\" = 1\n" + reps)
      write(
        folder + "/duration.toml",
        "name = \"D\"\n[[steps]]\ntechnique = \"roll\"\ntarget = \"calves\"\n"
          + "duration = \"9\(ControlBytesEndToEndTests.escaped)0s\"\n" + reps)
      write(
        folder + "/tempo.toml",
        "name = \"T\"\n" + step + reps + "tempo = \"2\(ControlBytesEndToEndTests.escaped)\"\n")
      write(
        folder + "/raw.toml",
        "name = \"R\(ControlBytesEndToEndTests.hostile)\"\n# \(ControlBytesEndToEndTests.hostile)\n"
          + step + reps)
      write(
        themes + "/evil-theme.toml",
        "name = \"evil-theme\"\n[colors]\n\"ro\(ControlBytesEndToEndTests.escaped)\" = \"red\"\n")
      // Log lines: JSON escapes, and the C1 and bidi characters raw (valid JSON).
      let raw = "x\u{9B}1m\u{202E}y"
      var log = ""
      for (index, text) in [ControlBytesEndToEndTests.escaped, raw].enumerated() {
        log +=
          "{\"v\":1,\"id\":\"id-\(text)-\(index)\",\"routine\":\"r\(text)\",\"routine_name\":\"N\(text)\","
          + "\"started_at\":\"2026-11-16T07:30:00Z\",\"ended_at\":\"2026-11-16T07:40:00Z\","
          + "\"outcome\":\"completed\(text)\",\"planned_seconds\":600,\"active_seconds\":600,"
          + "\"paused_seconds\":0,\"steps\":[{\"technique\":\"roll\",\"target\":\"t\(text)\","
          + "\"side\":null,\"planned_seconds\":60,\"elapsed_seconds\":60,\"outcome\":\"done\","
          + "\"reps_target\":null,\"reps_done\":null}]}\n"
      }
      write(folder + "/log.jsonl", log)
    }

    deinit { try? FileManager.default.removeItem(atPath: folder) }

    func write(_ path: String, _ text: String) {
      _ = FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
    }

    /// Runs glide with these arguments; its exit status, stdout and stderr bytes.
    func glide(_ arguments: [String]) -> (status: Int32, out: [UInt8], err: [UInt8]) {
      let out = folder + "/out"
      let err = folder + "/err"
      let quoted = arguments.map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }
      let result = runProcess(
        "/bin/sh", ["-c", "'\(glideBinary)' \(quoted.joined(separator: " ")) > \(out) 2> \(err)"],
        environment: environment)
      let read = { (path: String) in [UInt8](FileManager.default.contents(atPath: path) ?? Data()) }
      return (result.status, read(out), read(err))
    }
  }

  @Test func noCommandPrintsARawControlCharacter() throws {
    let corpus = try Corpus()
    let runs: [[String]] = [
      ["routines"], ["themes"], ["history"], ["history", "--csv"], ["stats"],
      ["check", corpus.folder + "/key.toml"], ["check", corpus.folder + "/duration.toml"],
      ["check", corpus.folder + "/tempo.toml"], ["check", corpus.folder + "/raw.toml"],
      ["check", corpus.folder + "/config/glide/themes/evil-theme.toml"],
      ["check", corpus.folder + "/config/glide/routines/evil\(Self.hostile).toml"],
      ["show", corpus.folder + "/config/glide/routines/evil\(Self.hostile).toml"],
      ["show", "evil\(Self.hostile)"], ["run", corpus.folder + "/key.toml"],
      ["run", "--theme", "evil-theme"], ["history", "--limit", Self.hostile],
      ["new", Self.hostile], ["--\(Self.hostile)"],
    ]
    for arguments in runs {
      let result = corpus.glide(arguments)
      let shown = arguments.joined(separator: " ")
      #expect(!(result.out + result.err).isEmpty, "glide \(shown) says something")
      #expect(Self.firstRawControl(result.out) == nil, "stdout of glide \(shown)")
      #expect(Self.firstRawControl(result.err) == nil, "stderr of glide \(shown)")
    }
    let routines = String(decoding: corpus.glide(["routines"]).out, as: UTF8.self)
    #expect(routines.contains(#"evil\u001b[2J\u009b1m\u202e"#), "shown escaped: \(routines)")
    let history = String(decoding: corpus.glide(["history"]).out, as: UTF8.self)
    #expect(history.contains(#"r\u001b[2J\u009b1m\u202e"#), "shown escaped: \(history)")
  }

  @Test func historyJSONStaysValidJSONWithTheSameText() throws {
    let corpus = try Corpus()
    let result = corpus.glide(["history", "--json"])
    #expect(result.status == 0)
    #expect(Self.firstRawControl(result.out) == nil)
    let lines = result.out.split(separator: 0x0A)
    #expect(lines.count == 2)
    let routines = try lines.map { line -> String in
      let object = try JSONSerialization.jsonObject(with: Data(line)) as? [String: Any]
      return object?["routine"] as? String ?? ""
    }
    #expect(routines == ["rx\u{9B}1m\u{202E}y", "r" + Self.hostile], "the same strings")
  }
}
