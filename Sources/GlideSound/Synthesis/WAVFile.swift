/// A PCM WAV file: the canonical 44-byte RIFF header, then 16-bit little-endian mono
/// samples. Every player Glide uses (pw-play, paplay, aplay) reads it.
public enum WAVFile {
  /// The bytes of the header.
  public static let headerSize = 44

  /// The whole file for `samples` at `sampleRate`.
  public static func bytes(_ samples: [Int16], sampleRate: Int = Synthesizer.sampleRate)
    -> [UInt8]
  {
    let dataSize = UInt32(samples.count * 2)
    var bytes: [UInt8] = []
    bytes.reserveCapacity(headerSize + samples.count * 2)
    bytes += Array("RIFF".utf8)
    bytes += littleEndian(36 + dataSize)
    bytes += Array("WAVE".utf8)
    bytes += Array("fmt ".utf8)
    bytes += littleEndian(UInt32(16))  // the size of the format chunk that follows
    bytes += littleEndian(UInt16(1))  // PCM
    bytes += littleEndian(UInt16(1))  // mono
    bytes += littleEndian(UInt32(sampleRate))
    bytes += littleEndian(UInt32(sampleRate * 2))  // bytes per second
    bytes += littleEndian(UInt16(2))  // bytes per sample frame
    bytes += littleEndian(UInt16(16))  // bits per sample
    bytes += Array("data".utf8)
    bytes += littleEndian(dataSize)
    for sample in samples { bytes += littleEndian(UInt16(bitPattern: sample)) }
    return bytes
  }

  /// The file of a sound.
  public static func bytes(of sound: Sound) -> [UInt8] {
    bytes(Synthesizer.samples(sound.tones))
  }

  private static func littleEndian<T: FixedWidthInteger>(_ value: T) -> [UInt8] {
    withUnsafeBytes(of: value.littleEndian) { Array($0) }
  }
}
