import GlideCore
import GlideTOML

/// Reads a parsed routine table key by key, collecting every error with its place.
struct Reader {
  let file: String
  /// The whole file, for the places of top-level keys.
  var root = TOMLTable()
  /// The tables of each array of tables steps are read from (`steps`, the rounds'
  /// `steps.round` counted through the file, the library's `entries`), nil for an entry
  /// that is not a table: the places of their keys.
  var tables: [String: [TOMLTable?]] = [:]
  var errors: [Diagnostic] = []
  /// The array of tables the steps sit in, and the word naming one in messages: the
  /// technique library reads its entries as steps.
  var tableName = "steps"
  var placeWord = "step"
  /// Keys a step may have beyond a routine step's (the library's `equipment`).
  var extraStepKeys: [String] = []
  /// The number `glide show` gives each written step (its first side), so messages and
  /// the plan agree; empty for the library, whose entries are numbered as written.
  var shownNumbers: [Int] = []
  /// The same for the steps inside rounds (`[[steps.round]]`, counted through the file).
  var roundShownNumbers: [Int] = []
  /// Where each step of the routine, in order, was written: its table, its index there,
  /// and its number in `glide show`.
  var places: [(table: String, index: Int, number: Int)] = []
  /// The rounds read so far.
  var rounds: [Round] = []

  /// The number a message gives the step at `index`.
  func shownNumber(_ index: Int) -> Int {
    shownNumbers.indices.contains(index) ? shownNumbers[index] : index + 1
  }

  init(file: String) {
    self.file = file
  }

  mutating func routine(from table: TOMLTable, id: String) -> Routine? {
    root = table
    for key in table.keys where !RoutineDecoder.topKeys.contains(key) {
      unknownKey(key, known: RoutineDecoder.topKeys, step: nil, target: nil)
    }
    let name = text(table["name"], key: "name", required: true) ?? ""
    let summary = text(table["summary"], key: "summary", required: false) ?? ""
    var phase = RoutinePhase.any
    if let raw = text(table["phase"], key: "phase", required: false) {
      if let value = RoutinePhase(rawValue: raw) {
        phase = value
      } else {
        fail(
          "phase", step: nil, target: nil,
          Suggestion.unknownName("phase", raw, known: RoutinePhase.allCases.map(\.rawValue)),
          at: table["phase"]?.position)
      }
    }
    var steps: [Step] = []
    switch table["steps"] {
    case nil:
      fail(nil, step: nil, target: nil, "no steps: add at least one [[steps]] table")
    case let value? where value.array == nil:
      fail(
        "steps", step: nil, target: nil, "must be [[steps]] tables, not \(describe(value))",
        at: value.position)
    case let value?:
      let array = value.array ?? []
      tables["steps"] = array.map(\.table)
      tables["steps.round"] = array.flatMap { $0.table?["round"]?.array?.map(\.table) ?? [] }
      if array.count == 0 {
        fail(
          "steps", step: nil, target: nil, "no steps: add at least one [[steps]] table",
          at: value.position)
      } else if array.count > RoutineDecoder.maxSteps {
        fail(
          "steps", step: nil, target: nil,
          "\(array.count) steps; a routine may have at most \(RoutineDecoder.maxSteps)",
          at: value.position)
      } else {
        var next = 1
        for index in 0..<array.count {
          shownNumbers.append(next)
          if let table = array[index].table { next += countShown(table) } else { next += 1 }
        }
        var roundStep = 0
        for index in 0..<array.count {
          guard let stepTable = array[index].table else {
            fail(
              "steps", step: index, target: nil, "each step must be a table",
              at: array[index].position)
            continue
          }
          if Self.isRound(stepTable) {
            readRound(stepTable, index: index, firstStep: &roundStep, into: &steps)
          } else if let step = step(from: stepTable, index: index) {
            places.append(("steps", index, shownNumber(index)))
            steps.append(step)
          }
        }
      }
    }
    let pacing = repPacing(table["tempo"])
    var routine = Routine(
      id: id, name: name, summary: summary, phase: phase, steps: steps, rounds: rounds)
    pauses(from: table, into: &routine)
    checkIn(from: table, into: &routine)
    guard errors.isEmpty else { return nil }
    routine.repPacing = pacing
    return routine
  }

  // MARK: - Values

  mutating func text(
    _ value: TOMLValue?, key: String, step: Int? = nil, target: String? = nil,
    required: Bool
  ) -> String? {
    guard let value else {
      if required { fail(key, step: step, target: target, "missing") }
      return nil
    }
    guard let string = value.string else {
      fail(
        key, step: step, target: target, "must be a string in quotes, not \(describe(value))",
        at: value.position)
      return nil
    }
    if let control = SafeText.firstControl(in: string) {
      fail(
        key, step: step, target: target,
        "contains the control character \(control); write plain text", at: value.position)
      return nil
    }
    // Spaces and invisible characters alone (a zero-width space) show nothing: empty.
    if required
      && string.unicodeScalars.allSatisfy({
        $0.properties.isWhitespace || DisplayWidth.of($0) == 0
      })
    {
      fail(key, step: step, target: target, "is empty", at: value.position)
      return nil
    }
    if string.count > 200 {
      fail(
        key, step: step, target: target,
        "is \(string.count) characters long; keep it under 200", at: value.position)
      return nil
    }
    return string
  }

  mutating func span(
    _ value: TOMLValue?, key: String, step: Int?, target: String?, required: Bool,
    max limit: TimeSpan
  ) -> TimeSpan? {
    guard let value else {
      if required {
        fail(key, step: step, target: target, "missing: how long, e.g. \"90s\" or \"2m\"")
      }
      return nil
    }
    let parsed: TimeSpan
    switch value.kind {
    case .integer(let int):
      parsed = abs(int) < 1_000_000_000 ? .seconds(Double(int)) : .seconds(1e9)
    case .float(let double) where !double.isFinite:
      fail(
        key, step: step, target: target,
        "\(double.isNaN ? "nan" : double < 0 ? "-inf" : "inf") is not a length: write \"90s\", "
          + "\"2m\", \"1m30s\" or a number of seconds", at: value.position)
      return nil
    case .float(let double):
      parsed = abs(double) < 1e9 ? .seconds(double) : .seconds(1e9)
    case .string(let string):
      guard let span = DurationText.parse(string) else {
        fail(
          key, step: step, target: target,
          "'\(string)' is not a length: write \"90s\", \"2m\", \"1m30s\" or a number of seconds",
          at: value.position)
        return nil
      }
      parsed = span
    default:
      fail(
        key, step: step, target: target,
        "must be a length like \"90s\" or a number, not \(describe(value))", at: value.position)
      return nil
    }
    guard parsed > .zero else {
      fail(key, step: step, target: target, "must be positive", at: value.position)
      return nil
    }
    guard parsed <= limit else {
      fail(
        key, step: step, target: target,
        "\(parsed.clockFace) is over the limit of \(limit.clockFace)", at: value.position)
      return nil
    }
    return parsed
  }

  func describe(_ value: TOMLValue) -> String {
    switch value.kind {
    case .string: "a string"
    case .integer, .float: "a number"
    case .boolean: "true/false"
    case .array: "a list"
    case .table: "a table"
    case .dateTime: "a date or time"
    }
  }

  // MARK: - Errors

  mutating func unknownKey(_ key: String, known: [String], step: Int?, target: String?) {
    fail(key, step: step, target: target, "unknown key" + Suggestion.didYouMean(key, among: known))
  }

  /// Where a key of the file or of a step is written; for a step without it, the step's
  /// header; nil for a top-level key the file lacks.
  func position(of key: String?, step: Int?, in tableName: String? = nil) -> TOMLPosition? {
    guard let step else { return key.flatMap { root.keyPosition($0) } }
    let list = tables[tableName ?? self.tableName] ?? []
    let table = list.indices.contains(step) ? list[step] : nil
    return key.flatMap { table?.keyPosition($0) } ?? table?.position
      ?? root.keyPosition(self.tableName.split(separator: ".").first.map(String.init) ?? "steps")
  }

  /// Where a warning about `key` of the routine's step at `index` points: at its value.
  func warningPosition(key: String, step index: Int) -> TOMLPosition? {
    guard places.indices.contains(index) else { return nil }
    let place = places[index]
    let list = tables[place.table] ?? []
    let table = list.indices.contains(place.index) ? list[place.index] : nil
    return table?[key]?.position ?? position(of: key, step: place.index, in: place.table)
  }

  /// Records an error at `position`, else at its key (see `position(of:step:)`).
  mutating func fail(
    _ key: String?, step: Int?, target: String?, _ message: String,
    at position: TOMLPosition? = nil
  ) {
    let place = position ?? self.position(of: key, step: step)
    var label: String?
    if let step {
      label =
        "\(placeWord) \(shownNumber(step))" + (target.map { $0.isEmpty ? "" : " (\($0))" } ?? "")
    }
    errors.append(
      Diagnostic(
        file: file, line: place?.line, column: place?.column, place: label, key: key,
        message: message))
  }
}
