import GlideSound

/// Which of Glide's sounds some samples are, judged from the samples alone: the length and,
/// part by part, the pitch that is strongest (a steady note) or the way the pitch moves (a
/// glide). A player test uses it on the WAV files a fake player kept.
public enum SoundIdentity {
  /// Every steady pitch any sound uses.
  public static let pitches = Array(
    Set(Sound.allCases.flatMap { $0.tones.filter { !$0.isRest }.map(\.hertz) })
  ).sorted()

  /// The sound whose every part the samples match, if one does.
  public static func identify(_ samples: [Int16], sampleRate: Int) -> Sound? {
    Sound.allCases.first { matches(samples, $0, sampleRate: sampleRate) }
  }

  /// Whether `samples` are `sound`: the same length, and each part at its pitch.
  public static func matches(_ samples: [Int16], _ sound: Sound, sampleRate: Int) -> Bool {
    let parts = segments(of: sound, sampleRate: sampleRate)
    guard parts.last?.range.upperBound == samples.count else { return false }
    return parts.allSatisfy { part in
      let slice = samples[part.range]
      if part.tone.isRest { return slice.allSatisfy { $0 == 0 } }
      return heard(part.tone, in: slice, sampleRate: sampleRate)
    }
  }

  /// Whether a stretch sounds like `tone`: for a steady note, its pitch is the strongest
  /// of all the pitches Glide uses and zero crossings put it within 2 %; for a glide, the
  /// pitch at its start and end are within 5 % of the tone's.
  public static func heard(_ tone: Tone, in slice: ArraySlice<Int16>, sampleRate: Int) -> Bool {
    let fifth = slice.count / 5
    let start = slice.startIndex
    if tone.hertz == tone.endHertz {
      let middle = slice[(start + fifth)..<(slice.endIndex - fifth)]
      let strongest = SoundAnalysis.strongest(of: pitches, in: middle, sampleRate: sampleRate)
      let measured = SoundAnalysis.zeroCrossingHertz(middle, sampleRate: sampleRate)
      return strongest == tone.hertz && abs(measured - tone.hertz) / tone.hertz < 0.02
    }
    let first = SoundAnalysis.zeroCrossingHertz(
      slice[start..<(start + fifth)], sampleRate: sampleRate)
    let last = SoundAnalysis.zeroCrossingHertz(
      slice[(slice.endIndex - fifth)...], sampleRate: sampleRate)
    // Over the first and last fifth the glide has moved a tenth of its way.
    let expectedFirst = tone.hertz + (tone.endHertz - tone.hertz) * 0.1
    let expectedLast = tone.endHertz - (tone.endHertz - tone.hertz) * 0.1
    return abs(first - expectedFirst) / expectedFirst < 0.05
      && abs(last - expectedLast) / expectedLast < 0.05
  }

  /// Each part of `sound` with the range of samples it takes.
  public static func segments(of sound: Sound, sampleRate: Int) -> [(tone: Tone, range: Range<Int>)]
  {
    var at = 0
    return sound.tones.map { tone in
      let count = Int((tone.seconds * Double(sampleRate)).rounded())
      defer { at += count }
      return (tone, at..<(at + count))
    }
  }
}
