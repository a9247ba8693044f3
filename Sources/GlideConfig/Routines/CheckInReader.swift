import GlideCore
import GlideTOML

extension Reader {
  /// The keys a `range_test` table takes.
  static let rangeTestKeys = ["name", "unit"]

  /// A routine's `check_in = true` and `range_test = { name = "knee to wall", unit =
  /// "cm" }`.
  mutating func checkIn(from table: TOMLTable, into routine: inout Routine) {
    if let value = table["check_in"] {
      if let flag = value.bool {
        routine.checkIn = flag
      } else {
        fail(
          "check_in", step: nil, target: nil,
          "must be true or false, not \(describe(value))", at: value.position)
      }
    }
    guard let value = table["range_test"] else { return }
    guard let test = value.table else {
      fail(
        "range_test", step: nil, target: nil,
        "must be a table like { name = \"knee to wall\", unit = \"cm\" }, not \(describe(value))",
        at: value.position)
      return
    }
    for key in test.keys where !Self.rangeTestKeys.contains(key) {
      let message =
        "unknown key '\(key)' in range_test" + Suggestion.didYouMean(key, among: Self.rangeTestKeys)
      fail("range_test", step: nil, target: nil, message, at: test[key]?.position)
    }
    for key in Self.rangeTestKeys where test[key] == nil {
      let example = key == "name" ? "name = \"knee to wall\"" : "unit = \"cm\""
      fail(
        "range_test", step: nil, target: nil, "missing \(key): add \(example)",
        at: value.position)
    }
    let name = test["name"].flatMap { text($0, key: "range_test.name", required: true) }
    let unit = test["unit"].flatMap { text($0, key: "range_test.unit", required: true) }
    for (key, words) in [("name", name), ("unit", unit)] {
      guard let words, words.count > 40 else { continue }
      fail(
        "range_test.\(key)", step: nil, target: nil,
        "is \(words.count) characters long; keep it under 40", at: test[key]?.position)
    }
    guard let name, let unit, name.count <= 40, unit.count <= 40 else { return }
    routine.rangeTest = RangeTest(name: name, unit: unit)
  }
}
