import Foundation
import GlideSound
import Testing

/// Sounds of one's own: which files a folder gives, and what a file must be.
@Suite struct OwnSoundsTests {
  @Test func aWAVFilesLengthIsItsSamplesOverItsRate() throws {
    let second = WAVFile.bytes([Int16](repeating: 0, count: Synthesizer.sampleRate))
    #expect(try WAVLength.seconds(of: second).get() == 1)
    for sound in Sound.allCases {
      let expected = sound.tones.map(\.seconds).reduce(0, +)
      let length = try WAVLength.seconds(of: WAVFile.bytes(of: sound)).get()
      #expect(abs(length - expected) < 0.01, "\(sound)")
    }
  }

  @Test func whatIsNotAPlayableWAVSaysWhy() {
    func problem(_ bytes: [UInt8]) -> String? {
      if case .failure(let problem) = WAVLength.seconds(of: bytes) { return problem.description }
      return nil
    }
    #expect(problem(Array("ID3 an mp3".utf8)) == "not a WAV file (no RIFF WAVE header)")
    var compressed = WAVFile.bytes([0, 0, 0])
    compressed[20] = 0x55  // MPEG layer 3
    #expect(problem(compressed) == "compressed audio (format 85); save it as PCM")
    let header = Array(WAVFile.bytes([0]).prefix(36))
    #expect(problem(header) == "no samples (no data chunk)")
  }

  @Test func aFolderGivesEachCueItsFileAndSaysWhatItCannotUse() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "glide-sounds-\(UUID())"
    ).path
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    func write(_ name: String, seconds: Double) throws {
      let samples = [Int16](repeating: 0, count: Int(seconds * Double(Synthesizer.sampleRate)))
      try Data(WAVFile.bytes(samples)).write(to: URL(fileURLWithPath: folder + "/" + name))
    }
    try write("go.wav", seconds: 0.5)
    try write("session-end.wav", seconds: 6)
    try write("gong.wav", seconds: 1)
    try Data("not sound".utf8).write(to: URL(fileURLWithPath: folder + "/tick.wav"))

    let sounds = OwnSounds(folder: folder)
    #expect(sounds.files == [.go: folder + "/go.wav"])
    #expect(sounds.problems.count == 3)
    #expect(
      sounds.problems[0].hasPrefix(
        "\(folder)/gong.wav: warning: unknown cue 'gong'; did you mean 'go'? known cues: step-start, tick, go, "
      ))
    #expect(
      sounds.problems[1]
        == "\(folder)/session-end.wav: error: lasts 6.0 s; a cue's sound may last at most 5 s; "
        + "Glide's tone plays")
    #expect(sounds.problems[2].hasPrefix("\(folder)/tick.wav: error: not a WAV file"))
    #expect(OwnSounds(folder: folder + "/missing").files.isEmpty)
  }

  @Test func theFolderIsTheSettingElseTheDataFolder() {
    #expect(OwnSounds.folder(setting: "/s", environment: ["HOME": "/h"]) == "/s")
    #expect(
      OwnSounds.folder(setting: nil, environment: ["XDG_DATA_HOME": "/d", "HOME": "/h"])
        == "/d/glide/sounds")
    #expect(
      OwnSounds.folder(setting: "", environment: ["HOME": "/h"]) == "/h/.local/share/glide/sounds")
    #expect(OwnSounds.folder(setting: nil, environment: [:]) == nil)
  }

  /// docs/sounds.md names a file for every cue, and no other.
  @Test func theDocsNameEveryCuesFile() throws {
    let docs = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("docs/sounds.md")
    let text = try String(contentsOf: docs, encoding: .utf8)
    let named = text.split(separator: "\n").filter { $0.hasPrefix("| `") && $0.contains(".wav`") }
      .compactMap { $0.split(separator: "`").dropFirst().first.map(String.init) }
    #expect(named == Sound.allCases.map { "\($0.rawValue).wav" })
  }
}
