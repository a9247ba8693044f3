/// A point on a monotonic clock, in nanoseconds from an arbitrary origin.
///
/// The core never reads a clock: the shell stamps every event with an `Instant`, so tests
/// can script sessions at exact times.
public struct Instant: Comparable, Hashable, Sendable, CustomStringConvertible {
  /// Nanoseconds since the clock's origin.
  public var nanoseconds: Int64

  /// Creates an instant from nanoseconds since the clock's origin.
  public init(nanoseconds: Int64) {
    self.nanoseconds = nanoseconds
  }

  /// Creates an instant a whole or fractional number of seconds after the origin.
  public static func seconds(_ value: Double) -> Instant {
    Instant(nanoseconds: saturatingNanoseconds(value))
  }

  /// The clock's origin.
  public static let zero = Instant(nanoseconds: 0)

  /// Returns `lhs` shifted by a span.
  public static func + (lhs: Instant, rhs: TimeSpan) -> Instant {
    Instant(nanoseconds: lhs.nanoseconds + rhs.nanoseconds)
  }

  /// Returns `lhs` shifted back by a span.
  public static func - (lhs: Instant, rhs: TimeSpan) -> Instant {
    Instant(nanoseconds: lhs.nanoseconds - rhs.nanoseconds)
  }

  /// Returns the span from `rhs` to `lhs`.
  public static func - (lhs: Instant, rhs: Instant) -> TimeSpan {
    TimeSpan(nanoseconds: lhs.nanoseconds - rhs.nanoseconds)
  }

  /// Orders instants by time.
  public static func < (lhs: Instant, rhs: Instant) -> Bool {
    lhs.nanoseconds < rhs.nanoseconds
  }

  /// The instant in seconds, for test output.
  public var description: String { "@\(TimeSpan(nanoseconds: nanoseconds))" }
}
