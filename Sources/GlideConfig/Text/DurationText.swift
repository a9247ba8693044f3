import Foundation
import GlideCore

/// Reads a length written as `90s`, `2m`, `1m30s`, `1h` or a bare number of seconds.
public enum DurationText {
  /// The span `text` names; nil when it is not a length.
  public static func parse(_ text: String) -> Span? {
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    guard !trimmed.isEmpty else { return nil }
    if let seconds = Double(trimmed) {
      // Far past any limit ("1e300"): clamped, so the caller reports it as over the limit
      // instead of the conversion to nanoseconds overflowing.
      guard seconds.isFinite else { return nil }
      return .seconds(min(max(seconds, -1e9), 1e9))
    }
    var total = 0.0
    var number = ""
    var lastUnitRank = 0
    for character in trimmed {
      if character.isASCII, character.isNumber || character == "." {
        number.append(character)
        continue
      }
      let rank: Int
      let scale: Double
      switch character {
      case "h": (rank, scale) = (3, 3600)
      case "m": (rank, scale) = (2, 60)
      case "s": (rank, scale) = (1, 1)
      default: return nil
      }
      guard let value = Double(number), value.isFinite,
        lastUnitRank == 0 || rank < lastUnitRank
      else { return nil }
      total += value * scale
      number = ""
      lastUnitRank = rank
    }
    guard number.isEmpty, lastUnitRank > 0, total.isFinite, total < 1e9 else { return nil }
    return .seconds(total)
  }
}
