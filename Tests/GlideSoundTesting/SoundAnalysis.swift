import Foundation

/// Reading sounds back the way a listener's ear would: how strong a pitch is in a stretch
/// of samples, and the samples inside a WAV file.
public enum SoundAnalysis {
  /// The power of `hertz` in `samples` (Goertzel), normalised by the length squared so
  /// stretches of different lengths compare.
  public static func power(of hertz: Double, in samples: ArraySlice<Int16>, sampleRate: Int)
    -> Double
  {
    let coefficient = 2 * cos(2 * Double.pi * hertz / Double(sampleRate))
    var previous = 0.0
    var beforePrevious = 0.0
    for sample in samples {
      let value = Double(sample) / Double(Int16.max) + coefficient * previous - beforePrevious
      beforePrevious = previous
      previous = value
    }
    let power =
      previous * previous + beforePrevious * beforePrevious - coefficient * previous
      * beforePrevious
    let n = Double(max(1, samples.count))
    return power / (n * n)
  }

  /// Of `candidates`, the pitch strongest in `samples`.
  public static func strongest(
    of candidates: [Double], in samples: ArraySlice<Int16>, sampleRate: Int
  ) -> Double {
    candidates.max {
      power(of: $0, in: samples, sampleRate: sampleRate)
        < power(of: $1, in: samples, sampleRate: sampleRate)
    }!
  }

  /// The pitch of a stretch from its zero crossings: whole cycles between the first and
  /// the last rising crossing, each placed between its two samples, over the time between.
  public static func zeroCrossingHertz(_ samples: ArraySlice<Int16>, sampleRate: Int) -> Double {
    var crossings: [Double] = []
    var index = samples.startIndex
    while index + 1 < samples.endIndex {
      let a = Double(samples[index])
      let b = Double(samples[index + 1])
      if a < 0 && b >= 0 { crossings.append(Double(index) + (-a) / (b - a)) }
      index += 1
    }
    guard let first = crossings.first, let last = crossings.last, last > first else { return 0 }
    return Double(crossings.count - 1) * Double(sampleRate) / (last - first)
  }

  /// The header fields and samples of a 16-bit mono PCM WAV file, or nil when it is not one.
  public static func decode(_ bytes: [UInt8]) -> (sampleRate: Int, samples: [Int16])? {
    guard bytes.count >= 44, Array(bytes[0..<4]) == Array("RIFF".utf8),
      Array(bytes[8..<12]) == Array("WAVE".utf8), Array(bytes[36..<40]) == Array("data".utf8)
    else { return nil }
    func u32(_ at: Int) -> Int {
      Int(bytes[at]) | Int(bytes[at + 1]) << 8 | Int(bytes[at + 2]) << 16 | Int(bytes[at + 3]) << 24
    }
    let rate = u32(24)
    let size = u32(40)
    guard bytes.count == 44 + size else { return nil }
    var samples: [Int16] = []
    var at = 44
    while at + 1 < bytes.count {
      samples.append(Int16(bitPattern: UInt16(bytes[at]) | UInt16(bytes[at + 1]) << 8))
      at += 2
    }
    return (rate, samples)
  }
}
