/// Reads as much of a WAV file as a cue needs to know: that a player can play it (RIFF
/// WAVE, PCM or float samples) and how long it sounds.
public enum WAVLength {
  /// The file's length in seconds, or why it is not a WAV file a player takes.
  public static func seconds(of bytes: [UInt8]) -> Result<Double, WAVProblem> {
    guard bytes.count >= 12, text(bytes, 0) == "RIFF", text(bytes, 8) == "WAVE" else {
      return .failure(WAVProblem("not a WAV file (no RIFF WAVE header)"))
    }
    var offset = 12
    var bytesPerSecond: Int?
    while offset + 8 <= bytes.count {
      let id = text(bytes, offset)
      let size = Int(little(bytes, offset + 4, 4))
      let body = offset + 8
      if id == "fmt " {
        guard size >= 16, body + 16 <= bytes.count else {
          return .failure(WAVProblem("its format chunk is cut short"))
        }
        let format = little(bytes, body, 2)
        // 1: integer PCM, 3: float, 0xFFFE: extensible (whose samples are one of those).
        guard [1, 3, 0xFFFE].contains(format) else {
          return .failure(WAVProblem("compressed audio (format \(format)); save it as PCM"))
        }
        bytesPerSecond = Int(little(bytes, body + 8, 4))
      } else if id == "data" {
        guard let rate = bytesPerSecond, rate > 0 else {
          return .failure(WAVProblem("no format before its samples"))
        }
        // A data chunk may claim more than the file holds (a stream never finished).
        return .success(Double(min(size, bytes.count - body)) / Double(rate))
      }
      offset = body + size + size % 2
    }
    return .failure(WAVProblem("no samples (no data chunk)"))
  }

  private static func text(_ bytes: [UInt8], _ at: Int) -> String {
    String(decoding: bytes[at..<min(at + 4, bytes.count)], as: UTF8.self)
  }

  private static func little(_ bytes: [UInt8], _ at: Int, _ count: Int) -> UInt32 {
    (0..<count).reduce(UInt32(0)) { $0 | UInt32(bytes[at + $1]) << (8 * UInt32($1)) }
  }
}

/// Why a sound file cannot be used, in words for the person who made it.
public struct WAVProblem: Error, Hashable, Sendable, CustomStringConvertible {
  /// What is wrong.
  public var description: String

  /// A problem described in words.
  public init(_ description: String) { self.description = description }
}
