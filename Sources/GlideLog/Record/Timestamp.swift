/// A wall-clock instant in whole milliseconds since 1970 (UTC), written as RFC 3339.
public struct Timestamp: Comparable, Hashable, Sendable, CustomStringConvertible {
  /// Milliseconds since 1970-01-01T00:00:00Z.
  public var milliseconds: Int64

  /// Creates a timestamp.
  public init(milliseconds: Int64) {
    self.milliseconds = milliseconds
  }

  /// Creates a timestamp from seconds since 1970.
  public init(seconds: Double) {
    milliseconds = Int64((seconds * 1000).rounded())
  }

  /// Orders timestamps.
  public static func < (lhs: Timestamp, rhs: Timestamp) -> Bool {
    lhs.milliseconds < rhs.milliseconds
  }

  /// Whole seconds since 1970, rounded down.
  public var seconds: Int64 { floorDiv(milliseconds, 1000) }

  /// `2026-11-21T18:30:05Z`, or with milliseconds when it has some.
  public var description: String {
    let date = CivilDate(daysSinceEpoch: floorDiv(seconds, 86_400))
    let secondOfDay = seconds - floorDiv(seconds, 86_400) * 86_400
    let millis = milliseconds - seconds * 1000
    var text =
      "\(date)T\(two(secondOfDay / 3600)):\(two(secondOfDay % 3600 / 60)):\(two(secondOfDay % 60))"
    if millis != 0 {
      let digits = String(millis)
      text += "." + String(repeating: "0", count: 3 - digits.count) + digits
    }
    return text + "Z"
  }

  /// Parses RFC 3339: `YYYY-MM-DDTHH:MM:SS[.fff](Z|±HH:MM)`.
  public init?(_ text: String) {
    self.init(utf8: Array(text.utf8))
  }

  /// Parses RFC 3339 from its UTF-8 bytes, without building a string: `stats` skims a
  /// start time from every older line this way.
  init?<Bytes: RandomAccessCollection>(utf8 chars: Bytes)
  where Bytes.Element == UInt8, Bytes.Index == Int {
    guard chars.startIndex == 0 else { return nil }
    func number(_ from: Int, _ count: Int) -> Int64? {
      guard from + count <= chars.count else { return nil }
      var value: Int64 = 0
      for c in chars[from..<from + count] {
        guard (48...57).contains(c) else { return nil }
        value = value * 10 + Int64(c - 48)
      }
      return value
    }
    guard chars.count >= 20, chars[4] == 45, chars[7] == 45,
      chars[10] == 84 || chars[10] == 116 || chars[10] == 32,
      chars[13] == 58, chars[16] == 58,
      let year = number(0, 4), let month = number(5, 2), let day = number(8, 2),
      let hour = number(11, 2), let minute = number(14, 2), let second = number(17, 2),
      (1...12).contains(month), (1...31).contains(day), hour < 24, minute < 60, second < 61
    else { return nil }
    var index = 19
    var millis: Int64 = 0
    if index < chars.count, chars[index] == 46 {
      index += 1
      var scale: Int64 = 100
      let start = index
      while index < chars.count, (48...57).contains(chars[index]) {
        millis += Int64(chars[index] - 48) * scale
        scale /= 10
        index += 1
      }
      guard index > start else { return nil }
    }
    guard index < chars.count else { return nil }
    var offset: Int64 = 0
    if chars[index] == 90 || chars[index] == 122 {
      index += 1
    } else if chars[index] == 43 || chars[index] == 45, let h = number(index + 1, 2),
      index + 3 < chars.count, chars[index + 3] == 58, let m = number(index + 4, 2)
    {
      offset = (h * 60 + m) * 60 * (chars[index] == 45 ? -1 : 1)
      index += 6
    } else {
      return nil
    }
    guard index == chars.count else { return nil }
    let days = CivilDate(year: Int(year), month: Int(month), day: Int(day)).daysSinceEpoch
    milliseconds = ((days * 86_400 + hour * 3600 + minute * 60 + second) - offset) * 1000 + millis
  }
}

/// A calendar date (proleptic Gregorian), converted to and from days since 1970-01-01.
public struct CivilDate: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// The year.
  public var year: Int
  /// The month, 1-12.
  public var month: Int
  /// The day of the month, 1-31.
  public var day: Int

  /// Creates a date.
  public init(year: Int, month: Int, day: Int) {
    self.year = year
    self.month = month
    self.day = day
  }

  /// The date `days` after 1970-01-01 (Howard Hinnant's civil-from-days).
  public init(daysSinceEpoch days: Int64) {
    let z = days + 719_468
    let era = floorDiv(z, 146_097)
    let doe = z - era * 146_097
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    day = Int(doy - (153 * mp + 2) / 5 + 1)
    month = Int(mp < 10 ? mp + 3 : mp - 9)
    year = Int(yoe + era * 400 + (month <= 2 ? 1 : 0))
  }

  /// Days since 1970-01-01.
  public var daysSinceEpoch: Int64 {
    let y = Int64(month <= 2 ? year - 1 : year)
    let era = floorDiv(y, 400)
    let yoe = y - era * 400
    let m = Int64(month)
    let doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + Int64(day) - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146_097 + doe - 719_468
  }

  /// ISO weekday: Monday 1 … Sunday 7.
  public var isoWeekday: Int {
    Int(floorMod(daysSinceEpoch + 3, 7)) + 1
  }

  /// The ISO week this date falls in, as year and week number.
  public var isoWeek: (year: Int, week: Int) {
    let thursday = CivilDate(daysSinceEpoch: daysSinceEpoch - Int64(isoWeekday) + 4)
    let jan1 = CivilDate(year: thursday.year, month: 1, day: 1).daysSinceEpoch
    return (thursday.year, Int((thursday.daysSinceEpoch - jan1) / 7) + 1)
  }

  /// Orders dates.
  public static func < (lhs: CivilDate, rhs: CivilDate) -> Bool {
    (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
  }

  /// `2026-11-21`.
  public var description: String {
    let y = String(year)
    return String(repeating: "0", count: max(0, 4 - y.count)) + y + "-" + two(Int64(month)) + "-"
      + two(Int64(day))
  }
}

func floorDiv(_ a: Int64, _ b: Int64) -> Int64 {
  let q = a / b
  return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q
}

func floorMod(_ a: Int64, _ b: Int64) -> Int64 {
  a - floorDiv(a, b) * b
}

func two(_ value: Int64) -> String {
  value < 10 ? "0\(value)" : "\(value)"
}
