import GlideCore

/// What the big digits show, as at most 24 ASCII bytes held inline: a countdown's clock
/// face or a rep count ("3/8"). Built at every wake without a `String`.
struct BigText: Equatable, Sendable {
  /// The bytes, left-aligned; `count` of them are used.
  private var storage: (UInt64, UInt64, UInt64) = (0, 0, 0)
  /// How many bytes the text has.
  private(set) var count = 0

  /// A clock face's characters.
  init(_ face: ClockFace) {
    face.withBytes { bytes in
      for byte in bytes { append(byte) }
    }
  }

  /// Reps done of a target: "3/8".
  init(_ done: Int, of target: Int) {
    append(done)
    append(UInt8(ascii: "/"))
    append(target)
  }

  /// The byte at `index`, from 0 (the leftmost).
  subscript(index: Int) -> UInt8 {
    withUnsafeBytes(of: storage) { $0[index] }
  }

  /// The text as a `String`, for tests and the compact layout.
  var text: String {
    withUnsafeBytes(of: storage) { String(decoding: $0.prefix(count), as: UTF8.self) }
  }

  private mutating func append(_ byte: UInt8) {
    guard count < 24 else { return }
    let index = count
    withUnsafeMutableBytes(of: &storage) { $0[index] = byte }
    count += 1
  }

  /// Appends a number in decimal (negative counts as zero).
  private mutating func append(_ value: Int) {
    var value = max(0, value)
    var divisor = 1
    while value / divisor >= 10 { divisor *= 10 }
    while divisor > 0 {
      append(UInt8(ascii: "0") + UInt8(value / divisor))
      value %= divisor
      divisor /= 10
    }
  }

  static func == (lhs: BigText, rhs: BigText) -> Bool {
    lhs.count == rhs.count && lhs.storage == rhs.storage
  }
}
