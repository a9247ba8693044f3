import GlideCore
import GlideTOML

extension Reader {
  /// Reads `get_ready`, `switch_sides` and `transition` into the routine.
  mutating func pauses(from table: TOMLTable, into routine: inout Routine) {
    for pause in SettingRanges.pauses {
      guard let value = self.pause(table[pause.key], pause, step: nil) else { continue }
      switch pause.key {
      case SettingRanges.getReady.key: routine.getReady = value
      case SettingRanges.switchSides.key: routine.switchSides = value
      default: routine.transition = value
      }
    }
  }

  /// A step's own `transition` (zero: none before this step).
  mutating func stepTransition(from table: TOMLTable, index: Int, target: String) -> TimeSpan? {
    let pause = SettingRanges.transition
    return self.pause(table[pause.key], pause, step: index, target: target)
  }

  /// A pause length in its range, with a message naming the key and the range.
  mutating func pause(
    _ value: TOMLValue?, _ pause: SettingRanges.Pause, step: Int?, target: String? = nil
  ) -> TimeSpan? {
    guard let value else { return nil }
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
    guard let parsed, pause.contains(parsed) else {
      let example = TimeSpan.seconds(pause.seconds.upperBound / 6).fileText
      fail(
        pause.key, step: step, target: target,
        "must be a length of \(pause.limits), e.g. \"\(example)\": \(pause.what)",
        at: value.position)
      return nil
    }
    return parsed
  }
}
