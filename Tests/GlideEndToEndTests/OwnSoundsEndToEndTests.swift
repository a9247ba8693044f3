import Foundation
import GlideTestSupport
import Testing

/// One's own voice program, language and speed, and one's own sound files checked.
@Suite(.serialized, .endToEnd) struct OwnSoundsEndToEndTests {
  @Test func theConfiguredVoiceProgramGetsTheLanguageAndSpeed() async throws {
    let tmux = try Tmux()
    defer { tmux.close() }
    let home = tmux.directory.path
    let record = home + "/spoken.txt"
    let speaker = home + "/say-it"
    #expect(ExecutableScript.write("#!/bin/sh\necho \"$*\" >> \(record)\n", to: speaker))
    try FileManager.default.createDirectory(
      atPath: home + "/.config/glide", withIntermediateDirectories: true)
    try """
    voice = "on"
    voice_command = "\(speaker)"
    voice_language = "en-gb"
    voice_rate = 140
    sound = "off"
    """.write(toFile: home + "/.config/glide/config.toml", atomically: true, encoding: .utf8)
    tmux.type("export HOME=\(home) XDG_CONFIG_HOME=")
    tmux.startGlide("run \(fixture("short.toml")) --time-scale 8")
    await tmux.waitFor("Session complete", timeout: 30)
    tmux.keys("x")
    #expect(await tmux.exitStatus() == 0)
    let spoken = (try? String(contentsOfFile: record, encoding: .utf8)) ?? ""
    let first = spoken.split(separator: "\n").first.map(String.init)
    #expect(first == "-v en-gb -s 140 -- Get ready. First: roll, left calves", "\(spoken)")
  }

  @Test func checkSaysWhichSoundFilesCanPlay() throws {
    let data = FileManager.default.temporaryDirectory.appendingPathComponent(
      "glide-own-sounds-\(UUID())"
    ).path
    defer { try? FileManager.default.removeItem(atPath: data) }
    let folder = data + "/glide/sounds"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    // A 16-bit mono file of 0.1 s at 8 kHz, and one that is not sound at all.
    var wav = Array("RIFF".utf8) + [0x64, 0x06, 0, 0] + Array("WAVEfmt ".utf8)
    wav += [16, 0, 0, 0, 1, 0, 1, 0, 0x40, 0x1F, 0, 0, 0x80, 0x3E, 0, 0, 2, 0, 16, 0]
    wav += Array("data".utf8) + [0x40, 6, 0, 0] + [UInt8](repeating: 0, count: 1600)
    try Data(wav).write(to: URL(fileURLWithPath: folder + "/go.wav"))
    try Data("text".utf8).write(to: URL(fileURLWithPath: folder + "/tick.wav"))
    let environment = ["HOME": data, "XDG_DATA_HOME": data, "PATH": "/usr/bin:/bin"]
    let all = runProcess(glideBinary, ["check"], environment: environment)
    #expect(all.status == 2)
    #expect(all.out.contains("\(folder)/tick.wav: error: not a WAV file (no RIFF WAVE header)"))
    #expect(all.out.contains("\(folder)/go.wav: ok"))
    let one = runProcess(glideBinary, ["check", folder + "/go.wav"], environment: environment)
    #expect(one.status == 0)
    #expect(one.out == "\(folder)/go.wav: ok (0.1 s)\n")
  }
}
