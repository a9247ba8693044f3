import GlideCore

/// Reads a length written as `90s`, `2m`, `1m30s`, `1h` or a bare number of seconds.
/// Numbers are plain decimals: `0x10`, `1e3`, `inf` and `nan` are not lengths.
public enum DurationText {
  /// The span `text` names; nil when it is not a length.
  public static func parse(_ text: String) -> TimeSpan? {
    let trimmed = text.trimmingSpaces
    guard !trimmed.isEmpty else { return nil }
    var body = Substring(trimmed)
    let negative = body.first == "-"
    if negative || body.first == "+" { body = body.dropFirst() }
    if let seconds = decimal(body) {
      // Far past any limit: clamped, so the caller reports it as over the limit instead
      // of the conversion to nanoseconds overflowing.
      return .seconds(min(seconds, 1e9) * (negative ? -1 : 1))
    }
    guard !negative else { return nil }
    var total = 0.0
    var number = Substring()
    var lastUnitRank = 0
    var index = body.startIndex
    while index < body.endIndex {
      let character = body[index]
      let scale: Double
      let rank: Int
      switch character {
      case "h": (rank, scale) = (3, 3600)
      case "m": (rank, scale) = (2, 60)
      case "s": (rank, scale) = (1, 1)
      default:
        index = body.index(after: index)
        continue
      }
      number = body[body.startIndex..<index]
      guard let value = decimal(number), lastUnitRank == 0 || rank < lastUnitRank else {
        return nil
      }
      total += value * scale
      lastUnitRank = rank
      body = body[body.index(after: index)...]
      index = body.startIndex
    }
    guard body.isEmpty, lastUnitRank > 0, total < 1e9 else { return nil }
    return .seconds(total)
  }

  /// `12`, `2.5` or `.5`: ASCII digits and at most one point, as a finite number.
  static func decimal(_ text: Substring) -> Double? {
    var digits = 0
    var points = 0
    for character in text {
      if character == "." {
        points += 1
      } else if character.isASCII, character.isNumber {
        digits += 1
      } else {
        return nil
      }
    }
    guard digits > 0, points <= 1, let value = Double(text) else { return nil }
    return value
  }
}

extension String {
  /// Without leading and trailing spaces and tabs.
  var trimmingSpaces: String {
    let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" }
    guard let first = firstIndex(where: { !isSpace($0) }),
      let last = lastIndex(where: { !isSpace($0) })
    else { return "" }
    return String(self[first...last])
  }
}
