import GlideCore
import GlideTOML

extension Reader {
  /// The routine keys that set the pauses between steps, with the lengths they allow.
  static let pauseKeys: [(key: String, range: ClosedRange<Double>, what: String)] = [
    ("get_ready", 1...120, "the get-ready that opens the session"),
    ("switch_sides", 1...60, "the pause between the left and the right side"),
    ("transition", 0...60, "the pause to get into position before a step"),
  ]

  /// Reads `get_ready`, `switch_sides` and `transition` into the routine.
  mutating func pauses(from table: TOMLTable, into routine: inout Routine) {
    for (key, range, what) in Self.pauseKeys {
      guard let value = pause(table[key], key: key, range: range, what: what, step: nil) else {
        continue
      }
      switch key {
      case "get_ready": routine.getReady = value
      case "switch_sides": routine.switchSides = value
      default: routine.transition = value
      }
    }
  }

  /// A step's own `transition` (zero: none before this step).
  mutating func stepTransition(from table: TOMLTable, index: Int, target: String) -> TimeSpan? {
    let (key, range, what) = Self.pauseKeys[2]
    return pause(table[key], key: key, range: range, what: what, step: index, target: target)
  }

  /// A pause length in `range` seconds, with a message naming the key and the range.
  mutating func pause(
    _ value: TOMLValue?, key: String, range: ClosedRange<Double>, what: String,
    step: Int?, target: String? = nil
  ) -> TimeSpan? {
    guard let value else { return nil }
    let limits =
      "\(TimeSpan.seconds(range.lowerBound).humanShort)-\(TimeSpan.seconds(range.upperBound).humanShort)"
    let parsed: TimeSpan?
    if let int = value.int {
      parsed = .seconds(Double(max(-1_000_000, min(1_000_000, int))))
    } else if let double = value.double, double.isFinite {
      parsed = .seconds(max(-1e6, min(1e6, double)))
    } else if let text = value.string {
      parsed = DurationText.parse(text)
    } else {
      parsed = nil
    }
    guard let parsed, range.contains(parsed.seconds) else {
      fail(
        key, step: step, target: target,
        "must be a length of \(limits), e.g. \"\(TimeSpan.seconds(range.upperBound / 6).humanShort)\": \(what)",
        at: value.position)
      return nil
    }
    return parsed
  }
}
