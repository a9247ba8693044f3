import Foundation
import GlideSoundTesting
import Testing

@testable import GlideSound

@Suite struct SynthesisTests {
  let rate = Synthesizer.sampleRate

  @Test(arguments: Sound.allCases)
  func eachPartSoundsAtItsPitch(sound: Sound) {
    let samples = Synthesizer.samples(sound.tones)
    for part in SoundIdentity.segments(of: sound, sampleRate: rate) where !part.tone.isRest {
      let heard = SoundIdentity.heard(part.tone, in: samples[part.range], sampleRate: rate)
      #expect(heard, "\(sound): \(part.tone)")
    }
    #expect(SoundIdentity.identify(samples, sampleRate: rate) == sound)
  }

  @Test func aNoteAtAnotherPitchIsNotHeardAsThisOne() {
    let samples = Synthesizer.samples(.note(660, 0.2))
    let asOther = SoundIdentity.heard(.note(880, 0.2), in: samples[...], sampleRate: rate)
    let asItself = SoundIdentity.heard(.note(660, 0.2), in: samples[...], sampleRate: rate)
    #expect(!asOther)
    #expect(asItself)
  }

  @Test func breathGlidesRiseOnTheInBreathAndFallOnTheOutBreath() {
    for (sound, rises) in [(Sound.breathIn, true), (.breathOut, false)] {
      let samples = Synthesizer.samples(sound.tones)
      let fifth = samples.count / 5
      let first = SoundAnalysis.zeroCrossingHertz(samples[..<fifth], sampleRate: rate)
      let last = SoundAnalysis.zeroCrossingHertz(
        samples[(samples.count - fifth)...], sampleRate: rate)
      #expect((last > first * 1.3) == rises, "\(sound): \(first) Hz to \(last) Hz")
      #expect((first > last * 1.3) == !rises, "\(sound): \(first) Hz to \(last) Hz")
    }
  }

  @Test func breathSoundsAreSofterThanCues() {
    let loudest = { (sound: Sound) in
      Synthesizer.samples(sound.tones).map { abs(Int($0)) }.max() ?? 0
    }
    for sound in Sound.allCases where !sound.isBreath {
      for breath in Sound.allCases where breath.isBreath {
        #expect(loudest(breath) * 2 < loudest(sound), "\(breath) against \(sound)")
      }
    }
  }

  @Test func eachBreathPhaseHasASoundOfItsOwn() {
    // In, hold, out and the box pattern's second hold: each told from its samples alone.
    // (CueSoundTests ties each phase to its sound.)
    let sounds: [Sound] = [.breathIn, .breathHoldIn, .breathOut, .breathHoldOut]
    for sound in sounds {
      let samples = Synthesizer.samples(sound.tones)
      #expect(SoundIdentity.identify(samples, sampleRate: rate) == sound, "\(sound)")
    }
    // The holds sit where the glides leave the breath: high after in, low after out.
    #expect(Sound.breathHoldIn.tones.map(\.hertz) == [Sound.breathIn.tones[0].endHertz])
    #expect(Sound.breathHoldOut.tones.map(\.hertz) == [Sound.breathOut.tones[0].endHertz])
  }

  @Test(arguments: Sound.allCases)
  func everyNoteFadesInAndOutFromZero(sound: Sound) {
    let samples = Synthesizer.samples(sound.tones)
    #expect(samples.first == 0)
    #expect(samples.last == 0)
    for part in SoundIdentity.segments(of: sound, sampleRate: rate) {
      let slice = samples[part.range]
      #expect(slice.first == 0 && slice.last == 0, "\(sound): \(part.tone)")
      // Within the first and last millisecond a note is still far below its level: no
      // step, so no click.
      let edge = rate / 1000
      let peak = Int(part.tone.level * Double(Int16.max))
      let edges = slice.prefix(edge) + slice.suffix(edge)
      #expect(edges.allSatisfy { abs(Int($0)) <= peak / 10 }, "\(sound): \(part.tone)")
    }
  }

  @Test(arguments: Sound.allCases)
  func nothingClipsAndEachSoundIsShort(sound: Sound) {
    let samples = Synthesizer.samples(sound.tones)
    let peak = samples.map { abs(Int($0)) }.max() ?? 0
    let allowed = sound.tones.map(\.level).max()! * Double(Int16.max)
    #expect(peak > 0)
    #expect(Double(peak) <= allowed + 1)
    #expect(peak < Int(Int16.max))
    // Sample to sample the wave never jumps by more than the loudest sine can: a jump
    // would be a click.
    let step = 2 * Double.pi * 1400 / Double(rate) * allowed
    let jumps = zip(samples, samples.dropFirst()).map { abs(Int($0) - Int($1)) }
    #expect(Double(jumps.max() ?? 0) <= step)
    #expect(samples.count <= rate, "under a second")
  }

  @Test func everySoundDiffersFromEveryOther() {
    let all = Sound.allCases.map { Synthesizer.samples($0.tones) }
    #expect(Set(all).count == Sound.allCases.count)
    for (index, samples) in all.enumerated() {
      let others = Sound.allCases.enumerated().filter { $0.offset != index }.map(\.element)
      #expect(others.allSatisfy { !SoundIdentity.matches(samples, $0, sampleRate: rate) })
    }
  }

  @Test func restsAreSilentAndLastTheirLength() {
    let samples = Synthesizer.samples(.rest(0.1))
    #expect(samples.count == 2205)
    #expect(samples.allSatisfy { $0 == 0 })
  }

  @Test func theWAVHeaderIsExact() {
    let bytes = WAVFile.bytes([1, -1, 32767, -32768], sampleRate: 22050)
    let expected: [UInt8] =
      Array("RIFF".utf8) + [44, 0, 0, 0] + Array("WAVE".utf8) + Array("fmt ".utf8)
      + [16, 0, 0, 0, 1, 0, 1, 0]
      + [0x22, 0x56, 0, 0]  // 22050
      + [0x44, 0xAC, 0, 0]  // 44100 bytes a second
      + [2, 0, 16, 0] + Array("data".utf8) + [8, 0, 0, 0]
      + [1, 0, 0xFF, 0xFF, 0xFF, 0x7F, 0x00, 0x80]
    #expect(bytes == expected)
  }

  @Test(arguments: Sound.allCases)
  func aSoundsFileDecodesBackToItsSamples(sound: Sound) {
    let bytes = WAVFile.bytes(of: sound)
    let decoded = SoundAnalysis.decode(bytes)
    #expect(decoded?.sampleRate == 22050)
    #expect(decoded?.samples == Synthesizer.samples(sound.tones))
  }

  @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/sox")))
  func soxReadsTheFiles() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "glide-sound-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    for sound in Sound.allCases {
      let file = folder.appendingPathComponent("\(sound.rawValue).wav")
      try Data(WAVFile.bytes(of: sound)).write(to: file)
      let process = Process()
      process.executableURL = URL(fileURLWithPath: "/usr/bin/sox")
      process.arguments = ["--i", file.path]
      let pipe = Pipe()
      process.standardOutput = pipe
      process.standardError = pipe
      try process.run()
      let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
      process.waitUntilExit()
      #expect(process.terminationStatus == 0, "\(sound): \(output)")
      let fields = output.split(separator: "\n").map {
        $0.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
      }.filter { $0.count == 2 }
      let info = Dictionary(fields.map { ($0[0], $0[1]) }, uniquingKeysWith: { a, _ in a })
      #expect(info["Channels"] == "1", "\(sound): \(output)")
      #expect(info["Sample Rate"] == "22050")
      #expect(info["Precision"] == "16-bit")
      #expect(info["Sample Encoding"] == "16-bit Signed Integer PCM")
      let samples = Synthesizer.samples(sound.tones).count
      #expect(info["Duration"]?.contains("= \(samples) samples") == true, "\(output)")
    }
  }
}
