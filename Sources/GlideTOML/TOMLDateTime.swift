/// A TOML date, time, local date-time or offset date-time, kept as written (no time zone
/// database is needed to read one).
public struct TOMLDateTime: Hashable, Sendable, CustomStringConvertible {
  /// A calendar day.
  public struct Date: Hashable, Sendable {
    /// The year, 0-9999.
    public var year: Int
    /// The month, 1-12.
    public var month: Int
    /// The day of the month.
    public var day: Int
  }

  /// A time of day.
  public struct Time: Hashable, Sendable {
    /// 0-23.
    public var hour: Int
    /// 0-59.
    public var minute: Int
    /// 0-60 (a leap second).
    public var second: Int
    /// The fractional second's digits as written (empty when there is none).
    public var fraction: String

    /// The fractional second in nanoseconds (digits past the ninth are dropped).
    public var nanosecond: Int {
      var value = 0
      var digits = 0
      for byte in fraction.utf8 where digits < 9 {
        value = value * 10 + Int(byte - 0x30)
        digits += 1
      }
      while digits < 9 {
        value *= 10
        digits += 1
      }
      return value
    }
  }

  /// Which of TOML's four kinds this is.
  public enum Kind: String, Hashable, Sendable {
    /// Date, time and offset.
    case offsetDateTime = "datetime"
    /// Date and time, no offset.
    case localDateTime = "datetime-local"
    /// A date alone.
    case localDate = "date-local"
    /// A time alone.
    case localTime = "time-local"
  }

  /// The date, unless this is a time alone.
  public var date: Date?
  /// The time, unless this is a date alone.
  public var time: Time?
  /// The offset from UTC in minutes (`Z` is 0); nil for local kinds.
  public var offsetMinutes: Int?

  /// The kind.
  public var kind: Kind {
    if offsetMinutes != nil { return .offsetDateTime }
    if date == nil { return .localTime }
    return time == nil ? .localDate : .localDateTime
  }

  /// RFC 3339 form: `1979-05-27T07:32:00.5-07:00`, `07:32:00`, `1979-05-27`.
  public var description: String {
    var text = ""
    if let date {
      text += pad(date.year, 4) + "-" + pad(date.month, 2) + "-" + pad(date.day, 2)
      if time != nil { text += "T" }
    }
    if let time {
      text += pad(time.hour, 2) + ":" + pad(time.minute, 2) + ":" + pad(time.second, 2)
      if !time.fraction.isEmpty { text += "." + time.fraction }
    }
    if let offsetMinutes {
      if offsetMinutes == 0 {
        text += "Z"
      } else {
        let size = abs(offsetMinutes)
        text += (offsetMinutes < 0 ? "-" : "+") + pad(size / 60, 2) + ":" + pad(size % 60, 2)
      }
    }
    return text
  }

  private func pad(_ value: Int, _ width: Int) -> String {
    let digits = String(value)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
  }
}
