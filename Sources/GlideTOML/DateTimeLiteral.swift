/// RFC 3339 dates and times as TOML 1.0 allows them: `1979-05-27`, `07:32:00.999`,
/// `1979-05-27T07:32:00`, `1979-05-27 07:32:00-07:00`, `…Z`.
enum DateTimeLiteral {
  /// The date or time `token` spells, or nil.
  static func parse(_ token: ArraySlice<UInt8>) -> TOMLDateTime? {
    var reader = Reader(bytes: token, index: token.startIndex)
    var value = TOMLDateTime()
    if token.count >= 3, token[token.startIndex + 2] == 0x3A {
      guard let time = reader.time(), reader.atEnd else { return nil }
      value.time = time
      return value
    }
    guard let date = reader.date() else { return nil }
    value.date = date
    if reader.atEnd { return value }
    guard let separator = reader.next(),
      separator == 0x54 || separator == 0x74 || separator == 0x20,
      let time = reader.time()
    else { return nil }
    value.time = time
    if reader.atEnd { return value }
    switch reader.next() {
    case 0x5A, 0x7A:
      value.offsetMinutes = 0
    case let sign? where sign == 0x2B || sign == 0x2D:
      guard let hours = reader.number(2), hours <= 23, reader.next() == 0x3A,
        let minutes = reader.number(2), minutes <= 59
      else { return nil }
      value.offsetMinutes = (sign == 0x2D ? -1 : 1) * (hours * 60 + minutes)
    default:
      return nil
    }
    return reader.atEnd ? value : nil
  }

  private struct Reader {
    let bytes: ArraySlice<UInt8>
    var index: Int

    var atEnd: Bool { index >= bytes.endIndex }

    mutating func next() -> UInt8? {
      guard index < bytes.endIndex else { return nil }
      defer { index += 1 }
      return bytes[index]
    }

    mutating func number(_ digits: Int) -> Int? {
      var value = 0
      for _ in 0..<digits {
        guard let byte = next(), byte >= 0x30, byte <= 0x39 else { return nil }
        value = value * 10 + Int(byte - 0x30)
      }
      return value
    }

    mutating func date() -> TOMLDateTime.Date? {
      guard let year = number(4), next() == 0x2D, let month = number(2), next() == 0x2D,
        let day = number(2), (1...12).contains(month), day >= 1,
        day <= DateTimeLiteral.days(inMonth: month, year: year)
      else { return nil }
      return TOMLDateTime.Date(year: year, month: month, day: day)
    }

    mutating func time() -> TOMLDateTime.Time? {
      guard let hour = number(2), next() == 0x3A, let minute = number(2), next() == 0x3A,
        let second = number(2), hour <= 23, minute <= 59, second <= 60
      else { return nil }
      var fraction = ""
      if index < bytes.endIndex, bytes[index] == 0x2E {
        index += 1
        while index < bytes.endIndex, bytes[index] >= 0x30, bytes[index] <= 0x39 {
          fraction.unicodeScalars.append(Unicode.Scalar(bytes[index]))
          index += 1
        }
        guard !fraction.isEmpty else { return nil }
      }
      return TOMLDateTime.Time(hour: hour, minute: minute, second: second, fraction: fraction)
    }
  }

  static func days(inMonth month: Int, year: Int) -> Int {
    switch month {
    case 2: year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
    case 4, 6, 9, 11: 30
    default: 31
    }
  }
}
