import GlideSystem

extension SessionRecord {
  /// A new random (version 4) UUID for a session.
  public static func newID() -> String {
    var generator = SystemRandomNumberGenerator()
    var bytes = (0..<16).map { _ in UInt8.random(in: 0...255, using: &generator) }
    bytes[6] = (bytes[6] & 0x0F) | 0x40
    bytes[8] = (bytes[8] & 0x3F) | 0x80
    let hex = bytes.map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }
    return [0..<4, 4..<6, 6..<8, 8..<10, 10..<16].map { hex[$0].joined() }.joined(separator: "-")
  }
}

extension Timestamp {
  /// The wall clock now.
  public static func now() -> Timestamp {
    Timestamp(milliseconds: SystemClock.realtimeNanoseconds() / 1_000_000)
  }
}
