import GlideSystem

/// Turns tones into 16-bit PCM samples. Every note fades in and out along a raised cosine,
/// starting and ending at exactly zero: a sine cut off mid-swing clicks.
public enum Synthesizer {
  /// Samples per second: plenty for tones up to a few kHz, and half the size of 44.1 kHz.
  public static let sampleRate = 22_050
  /// How long a note takes to reach its level.
  static let attackSeconds = 0.008
  /// How long a note takes to fade out.
  static let releaseSeconds = 0.03

  /// The samples of `tones`, one after another.
  public static func samples(_ tones: [Tone]) -> [Int16] {
    var samples: [Int16] = []
    for tone in tones { samples += self.samples(tone) }
    return samples
  }

  /// The samples of one tone.
  public static func samples(_ tone: Tone) -> [Int16] {
    let count = max(0, Int((tone.seconds * Double(sampleRate)).rounded()))
    guard !tone.isRest, count > 1 else { return [Int16](repeating: 0, count: count) }
    let rate = Double(sampleRate)
    let attack = max(1, min(count / 2, Int(attackSeconds * rate)))
    let release = max(1, min(count / 2, Int(releaseSeconds * rate)))
    let level = min(1, max(0, tone.level)) * Double(Int16.max)
    var phase = 0.0
    var samples = [Int16](repeating: 0, count: count)
    for index in 0..<count {
      let progress = Double(index) / Double(count - 1)
      // The pitch glides linearly; the phase is summed so the wave stays continuous.
      let hertz = tone.hertz + (tone.endHertz - tone.hertz) * progress
      let fromEnd = count - 1 - index
      var envelope = 1.0
      if index < attack { envelope = raisedCosine(Double(index) / Double(attack)) }
      if fromEnd < release {
        envelope = min(envelope, raisedCosine(Double(fromEnd) / Double(release)))
      }
      samples[index] = Int16((Math.sine(phase) * envelope * level).rounded())
      phase += 2 * Double.pi * hertz / rate
      if phase > 2 * Double.pi { phase -= 2 * Double.pi }
    }
    return samples
  }

  /// 0 at 0, 1 at 1, smooth at both ends.
  private static func raisedCosine(_ x: Double) -> Double {
    0.5 - 0.5 * Math.cosine(Double.pi * min(1, max(0, x)))
  }
}
