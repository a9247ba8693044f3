import Foundation

/// Compares two tagged JSON documents by meaning, as toml-test does: numbers by value,
/// date-times as the instants they name, booleans without case, strings exactly.
enum TaggedComparison {
  /// A description of the first difference, or nil when they mean the same.
  static func difference(_ expected: Any, _ actual: Any, path: String) -> String? {
    if let expected = expected as? [String: Any], let actual = actual as? [String: Any] {
      if let type = expected["type"] as? String, let value = expected["value"] as? String,
        expected.count == 2
      {
        guard let actualType = actual["type"] as? String,
          let actualValue = actual["value"] as? String
        else { return "\(path): expected a \(type), got a table" }
        guard type == actualType else { return "\(path): expected \(type), got \(actualType)" }
        return same(type: type, value, actualValue)
          ? nil : "\(path): expected \(type) \(value), got \(actualValue)"
      }
      guard Set(expected.keys) == Set(actual.keys) else {
        return "\(path): keys \(expected.keys.sorted()) != \(actual.keys.sorted())"
      }
      for key in expected.keys.sorted() {
        if let found = difference(expected[key]!, actual[key]!, path: path + "." + key) {
          return found
        }
      }
      return nil
    }
    if let expected = expected as? [Any], let actual = actual as? [Any] {
      guard expected.count == actual.count else {
        return "\(path): \(expected.count) elements, got \(actual.count)"
      }
      for index in expected.indices {
        if let found = difference(expected[index], actual[index], path: path + "[\(index)]") {
          return found
        }
      }
      return nil
    }
    return "\(path): shapes differ: \(expected) vs \(actual)"
  }

  static func same(type: String, _ a: String, _ b: String) -> Bool {
    switch type {
    case "integer": return integer(a) != nil && integer(a) == integer(b)
    case "float":
      guard let x = float(a), let y = float(b) else { return false }
      return x == y || (x.isNaN && y.isNaN)
    case "bool": return a.lowercased() == b.lowercased()
    case "datetime", "datetime-local", "date-local", "time-local":
      return instant(a) != nil && instant(a) == instant(b)
    default: return a == b
    }
  }

  static func integer(_ text: String) -> Int? {
    var body = text.replacingOccurrences(of: "_", with: "")
    var sign = ""
    if body.hasPrefix("-") || body.hasPrefix("+") {
      sign = String(body.removeFirst())
    }
    let radixes = ["0x": 16, "0o": 8, "0b": 2]
    if let radix = radixes[String(body.prefix(2))] {
      return Int(sign + body.dropFirst(2), radix: radix)
    }
    return Int(sign + body)
  }

  static func float(_ text: String) -> Double? {
    let body = text.replacingOccurrences(of: "_", with: "")
    switch body {
    case "nan", "+nan", "-nan": return .nan
    case "inf", "+inf": return .infinity
    case "-inf": return -.infinity
    default: return Double(body)
    }
  }

  /// A date or time as comparable numbers: (days, seconds, nanoseconds, has offset); an
  /// offset date-time is moved to UTC.
  static func instant(_ text: String) -> [Int]? {
    var text = text.uppercased().replacingOccurrences(of: " ", with: "T")
    var offset: Int?
    if text.hasSuffix("Z") {
      offset = 0
      text.removeLast()
    } else if text.count > 6, text.contains("T") || text.contains(":") {
      let tail = text.suffix(6)
      if tail.first == "+" || tail.first == "-", tail.dropFirst(3).first == ":",
        let hours = Int(tail.dropFirst().prefix(2)), let minutes = Int(tail.suffix(2))
      {
        offset = (tail.first == "-" ? -1 : 1) * (hours * 60 + minutes)
        text.removeLast(6)
      }
    }
    var days = 0
    var seconds = 0
    var nanos = 0
    var timeText = Substring(text)
    if text.count >= 10, text.dropFirst(4).first == "-" {
      let parts = text.prefix(10).split(separator: "-").compactMap { Int($0) }
      guard parts.count == 3 else { return nil }
      days = daysFromCivil(parts[0], parts[1], parts[2])
      timeText = text.dropFirst(10).drop { $0 == "T" }
    }
    if !timeText.isEmpty {
      let pieces = timeText.split(separator: ".", maxSplits: 1)
      let hms = pieces[0].split(separator: ":").compactMap { Int($0) }
      guard hms.count == 3 else { return nil }
      seconds = hms[0] * 3600 + hms[1] * 60 + hms[2]
      if pieces.count == 2 {
        let digits = String(pieces[1].prefix(9))
        nanos = Int(digits.padding(toLength: 9, withPad: "0", startingAt: 0)) ?? 0
      }
    }
    let total = days * 86400 + seconds - (offset ?? 0) * 60
    return [total, nanos, offset == nil ? 0 : 1]
  }

  static func daysFromCivil(_ year: Int, _ month: Int, _ day: Int) -> Int {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146097 + doe - 719468
  }
}
