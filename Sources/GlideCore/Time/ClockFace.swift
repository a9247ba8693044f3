/// A count of seconds as a clock reads it, `m:ss` or `h:mm:ss`, held as ASCII bytes in
/// the value itself: what a countdown's every wake draws, built without a `String` or an
/// allocation. `TimeSpan.clockFace` is its text, so the format is written once.
public struct ClockFace: Equatable, Sendable {
  /// The bytes, right-aligned in 24; `count` of them are used.
  private var storage: (UInt64, UInt64, UInt64) = (0, 0, 0)
  /// How many bytes the face has.
  public private(set) var count = 0

  /// The face of `seconds` (negative counts as zero).
  public init(seconds: Int64) {
    let total = max(0, seconds)
    let hours = total / 3600
    let minutes = (total % 3600) / 60
    put(total % 60, width: 2)
    put(UInt8(ascii: ":"))
    if hours > 0 {
      put(minutes, width: 2)
      put(UInt8(ascii: ":"))
      put(hours, width: 1)
    } else {
      put(minutes, width: 1)
    }
  }

  /// The byte at `index`, from 0 (the leftmost).
  public subscript(index: Int) -> UInt8 {
    precondition(index >= 0 && index < count, "a clock face has no character \(index)")
    return withUnsafeBytes(of: storage) { $0[24 - count + index] }
  }

  /// Calls `body` with the bytes, leftmost first.
  public func withBytes<Result>(_ body: (UnsafeRawBufferPointer) -> Result) -> Result {
    withUnsafeBytes(of: storage) { body(UnsafeRawBufferPointer(rebasing: $0[(24 - count)...])) }
  }

  /// Faces are equal when their characters are.
  public static func == (lhs: ClockFace, rhs: ClockFace) -> Bool {
    lhs.count == rhs.count && lhs.storage == rhs.storage
  }

  /// The face as text.
  public var text: String { withBytes { String(decoding: $0, as: UTF8.self) } }

  /// Writes a byte to the left of those written so far.
  private mutating func put(_ byte: UInt8) {
    // 24 bytes hold any Int64 of hours (at most 16 digits) and the minutes and seconds.
    guard count < 24 else { return }
    count += 1
    let index = 24 - count
    withUnsafeMutableBytes(of: &storage) { $0[index] = byte }
  }

  /// Writes `value` in decimal, at least `width` digits, to the left of what is written.
  private mutating func put(_ value: Int64, width: Int) {
    var value = value
    var written = 0
    repeat {
      put(UInt8(ascii: "0") + UInt8(value % 10))
      value /= 10
      written += 1
    } while value > 0 || written < width
  }
}
