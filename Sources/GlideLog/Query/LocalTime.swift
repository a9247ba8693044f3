import GlideSystem

/// Converts log timestamps to the person's local calendar.
public struct LocalTime: Sendable {
  /// Seconds east of UTC in force at a given instant (seconds since 1970).
  public let offset: @Sendable (Int64) -> Int64

  /// A fixed offset (tests, or UTC).
  public static func fixed(seconds: Int64) -> LocalTime {
    LocalTime(offset: { _ in seconds })
  }

  /// The system's time zone (TZ, /etc/localtime), daylight saving included.
  public static let system = LocalTime(offset: { SystemClock.localOffset(at: $0) })

  /// The local calendar date of a timestamp.
  public func date(_ timestamp: Timestamp) -> CivilDate {
    let local = timestamp.seconds + offset(timestamp.seconds)
    return CivilDate(daysSinceEpoch: floorDiv(local, 86_400))
  }

  /// `2026-11-21 18:30` in local time.
  public func minute(_ timestamp: Timestamp) -> String {
    let local = timestamp.seconds + offset(timestamp.seconds)
    let second = floorMod(local, 86_400)
    return "\(date(timestamp)) \(two(second / 3600)):\(two(second % 3600 / 60))"
  }
}
