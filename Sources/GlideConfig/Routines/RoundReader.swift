import GlideCore
import GlideTOML

/// Reading a round: a `[[steps]]` table with `times` (and an optional `rest`) whose own
/// steps follow it as `[[steps.round]]` tables.
extension Reader {
  static let roundKeys = ["times", "rest", "round"]
  /// How many times a round may run.
  static let timesRange = SettingRanges.roundTimes

  /// Whether a `[[steps]]` table is a round rather than a step.
  static func isRound(_ table: TOMLTable) -> Bool {
    table["times"] != nil || table["round"] != nil
  }

  /// How many numbers `glide show` gives a `[[steps]]` table: 2 for a two-sided step, and
  /// for a round every run of its steps and rests; records the numbers of a round's steps.
  mutating func countShown(_ table: TOMLTable) -> Int {
    guard Self.isRound(table) else { return table["sides"]?.string == "both" ? 2 : 1 }
    let first = shownNumbers.last ?? 1
    var perRun = 0
    let inner = table["round"]?.array
    for index in 0..<(inner?.count ?? 0) {
      roundShownNumbers.append(first + perRun)
      perRun += inner?[index].table?["sides"]?.string == "both" ? 2 : 1
    }
    let times = min(max(table["times"]?.int ?? 1, 1), Self.timesRange.upperBound)
    let rests = table["rest"] == nil ? 0 : times - 1
    return max(1, perRun * times + rests)
  }

  /// Reads the round at `index`, appending its steps; `firstStep` counts the
  /// `[[steps.round]]` tables read so far in the file.
  mutating func readRound(
    _ table: TOMLTable, index: Int, firstStep: inout Int, into steps: inout [Step]
  ) {
    for key in table.keys where !Self.roundKeys.contains(key) {
      unknownKey(key, known: Self.roundKeys, step: index, target: "round")
    }
    var times = 0
    if let value = table["times"] {
      if let int = value.int {
        if Self.timesRange.contains(int) {
          times = int
        } else {
          fail(
            "times", step: index, target: "round",
            "\(int) is outside 2-20 (a round runs at least twice; for once, write plain [[steps]])",
            at: value.position)
        }
      } else {
        fail(
          "times", step: index, target: "round", "must be a whole number, not \(describe(value))",
          at: value.position)
      }
    } else {
      fail("times", step: index, target: "round", "missing: how many times the round runs (2-20)")
    }
    let rest = span(
      table["rest"], key: "rest", step: index, target: "round", required: false,
      max: .seconds(600))
    guard let inner = table["round"]?.array, inner.count > 0 else {
      let message =
        table["round"] == nil || table["round"]?.array != nil
        ? "a round needs its steps: add [[steps.round]] tables after it"
        : "must be [[steps.round]] tables, not \(describe(table["round"]!))"
      fail(table["round"] == nil ? nil : "round", step: index, target: "round", message)
      return
    }
    guard firstStep + inner.count <= RoutineDecoder.maxSteps else {
      fail(
        "round", step: index, target: "round",
        "\(firstStep + inner.count) steps in rounds; a routine may have at most \(RoutineDecoder.maxSteps)"
      )
      return
    }
    // The round's steps read as steps of their own table, numbered as in their first run.
    let outer = (tableName, shownNumbers)
    tableName = "steps.round"
    shownNumbers = roundShownNumbers
    let start = steps.count
    for offset in 0..<inner.count {
      let position = firstStep + offset
      guard let stepTable = inner[offset].table else {
        fail("round", step: position, target: nil, "each step of a round must be a table")
        continue
      }
      if let step = step(from: stepTable, index: position) {
        places.append(("steps.round", position, shownNumber(position)))
        steps.append(step)
      }
    }
    firstStep += inner.count
    (tableName, shownNumbers) = outer
    if times > 0, steps.count == start + inner.count {
      rounds.append(Round(steps: start..<steps.count, times: times, rest: rest))
    }
  }
}
