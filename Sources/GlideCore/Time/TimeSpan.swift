/// A length of time in nanoseconds.
///
/// Integer nanoseconds keep every sum exact, so pausing and resuming a thousand times
/// loses nothing, and boundary instants (the next digit, the next bar cell) are exact.
public struct TimeSpan: Comparable, Hashable, Sendable, AdditiveArithmetic, CustomStringConvertible
{
  /// The length in nanoseconds.
  public var nanoseconds: Int64

  /// Creates a span from nanoseconds.
  public init(nanoseconds: Int64) {
    self.nanoseconds = nanoseconds
  }

  /// The empty span.
  public static let zero = TimeSpan(nanoseconds: 0)

  /// A span of whole or fractional seconds, rounded to the nanosecond; values beyond
  /// about 290 years saturate (and NaN is zero) rather than trap, so no number from a file
  /// can crash a conversion.
  public static func seconds(_ value: Double) -> TimeSpan {
    TimeSpan(nanoseconds: saturatingNanoseconds(value))
  }

  /// A span of whole milliseconds.
  public static func milliseconds(_ value: Int64) -> TimeSpan {
    TimeSpan(nanoseconds: value * 1_000_000)
  }

  /// The span in seconds.
  public var seconds: Double { Double(nanoseconds) / 1e9 }

  /// The number of whole seconds a countdown shows for this span: it rounds up, so a
  /// countdown reads 1:30 for the whole first second of a 90 s step and reaches 0:00 only
  /// at its end.
  public var ceilingSeconds: Int64 {
    guard nanoseconds > 0 else { return 0 }
    return (nanoseconds + 999_999_999) / 1_000_000_000
  }

  /// Adds two spans.
  public static func + (lhs: TimeSpan, rhs: TimeSpan) -> TimeSpan {
    TimeSpan(nanoseconds: lhs.nanoseconds + rhs.nanoseconds)
  }

  /// Subtracts two spans.
  public static func - (lhs: TimeSpan, rhs: TimeSpan) -> TimeSpan {
    TimeSpan(nanoseconds: lhs.nanoseconds - rhs.nanoseconds)
  }

  /// Scales a span by a whole number.
  public static func * (lhs: TimeSpan, rhs: Int) -> TimeSpan {
    TimeSpan(nanoseconds: lhs.nanoseconds * Int64(rhs))
  }

  /// Orders spans by length.
  public static func < (lhs: TimeSpan, rhs: TimeSpan) -> Bool {
    lhs.nanoseconds < rhs.nanoseconds
  }

  /// The span in seconds with up to three decimals, e.g. `90s` or `5.5s`.
  public var description: String {
    let millis = nanoseconds / 1_000_000
    let whole = millis / 1000
    let fraction = abs(millis % 1000)
    if fraction == 0 { return "\(whole)s" }
    var digits = String(fraction)
    while digits.count < 3 { digits = "0" + digits }
    while digits.hasSuffix("0") { digits.removeLast() }
    let sign = millis < 0 && whole == 0 ? "-" : ""
    return "\(sign)\(whole).\(digits)s"
  }
}

extension TimeSpan {
  /// The span as a clock face: `m:ss`, or `h:mm:ss` from an hour, rounded up to the second.
  public var clockFace: String { ClockFace(seconds: ceilingSeconds).text }

  /// The span as a clock face to the nearest second: for time done (a session's active
  /// time, a step's, an area's), where rounding up as a countdown does would count a
  /// second never worked. The summary, `history`, `stats` and notifications all say time
  /// done this way, so one session reads the same everywhere.
  public var durationFace: String {
    // Split rather than added to, so the longest span cannot overflow. The fraction is
    // taken to the millisecond first, as the log keeps it, so a time read back from the
    // log (117.5 s) shows as the summary showed it (117.4996 s): both 1:58.
    let whole = nanoseconds / 1_000_000_000
    let millis = (nanoseconds % 1_000_000_000 + 500_000) / 1_000_000
    let half = millis >= 500 ? 1 : 0
    return ClockFace(seconds: nanoseconds <= 0 ? 0 : whole + Int64(half)).text
  }

  /// The span as a routine or config file may write it: `90s`, `2m`, `1m30s`, `1h05m`.
  /// Only for messages saying what to write in such a file; everywhere else a time is
  /// shown as a `clockFace`, or said in `words`.
  public var fileText: String {
    let total = ceilingSeconds
    if total < 60 { return "\(total)s" }
    let hours = total / 3600
    let minutes = (total % 3600) / 60
    let seconds = total % 60
    if hours > 0 { return minutes < 10 ? "\(hours)h0\(minutes)m" : "\(hours)h\(minutes)m" }
    return seconds == 0 ? "\(minutes)m" : "\(minutes)m\(seconds)s"
  }
}

/// `value` seconds in whole nanoseconds, clamped to ±9.2e18 (NaN counts as zero).
func saturatingNanoseconds(_ value: Double) -> Int64 {
  let nanoseconds = (value * 1e9).rounded()
  guard !nanoseconds.isNaN else { return 0 }
  let limit = 9.2e18
  return Int64(max(-limit, min(limit, nanoseconds)))
}
