import Foundation
import GlideCore
import TOMLKit

/// Reads a parsed routine table key by key, collecting every error with its place.
struct Reader {
  let file: String
  let lines: SourceLines
  var errors: [Diagnostic] = []

  init(file: String, lines: SourceLines) {
    self.file = file
    self.lines = lines
  }

  mutating func routine(from table: TOMLTable, id: String) -> Routine? {
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
          "unknown phase '\(raw)' (use \(RoutinePhase.allCases.map(\.rawValue).joined(separator: ", ")))"
        )
      }
    }
    var steps: [Step] = []
    switch table["steps"] {
    case nil:
      fail(nil, step: nil, target: nil, "no steps: add at least one [[steps]] table")
    case let value? where value.array == nil:
      fail("steps", step: nil, target: nil, "must be [[steps]] tables, not \(describe(value))")
    case let value?:
      let array = value.array!
      if array.count == 0 {
        fail("steps", step: nil, target: nil, "no steps: add at least one [[steps]] table")
      } else if array.count > RoutineDecoder.maxSteps {
        fail(
          "steps", step: nil, target: nil,
          "\(array.count) steps; a routine may have at most \(RoutineDecoder.maxSteps)")
      } else {
        for index in 0..<array.count {
          guard let stepTable = array[index].table else {
            fail("steps", step: index, target: nil, "each step must be a table")
            continue
          }
          if let step = step(from: stepTable, index: index) { steps.append(step) }
        }
      }
    }
    let pacing = repPacing(table["tempo"])
    var routine = Routine(id: id, name: name, summary: summary, phase: phase, steps: steps)
    pauses(from: table, into: &routine)
    guard errors.isEmpty else { return nil }
    routine.repPacing = pacing
    return routine
  }

  mutating func step(from table: TOMLTable, index: Int) -> Step? {
    let errorCount = errors.count
    let target = text(table["target"], key: "target", step: index, required: true) ?? ""
    for key in table.keys where !RoutineDecoder.stepKeys.contains(key) {
      unknownKey(key, known: RoutineDecoder.stepKeys, step: index, target: target)
    }
    var technique = Technique.rest
    if let raw = text(
      table["technique"], key: "technique", step: index, target: target, required: true)
    {
      if let value = Technique(rawValue: raw) {
        technique = value
      } else {
        fail(
          "technique", step: index, target: target,
          "unknown technique '\(raw)' (use \(Technique.allCases.map(\.rawValue).joined(separator: ", ")))"
        )
      }
    }
    var sides = Sides.none
    if let raw = text(table["sides"], key: "sides", step: index, target: target, required: false) {
      if let value = Sides(rawValue: raw) {
        sides = value
      } else {
        fail(
          "sides", step: index, target: target,
          "unknown sides '\(raw)' (use none, both, left, right)")
      }
    }
    let cue = text(table["cue"], key: "cue", step: index, target: target, required: false)
    var breath: BreathPattern?
    if let raw = text(table["breath"], key: "breath", step: index, target: target, required: false)
    {
      breath = BreathPattern(raw)
      if breath == nil {
        let parts = raw.split(separator: "-", omittingEmptySubsequences: false)
          .map { Double($0.trimmingCharacters(in: .whitespaces)) }
        let values = parts.compactMap { $0 }.filter(\.isFinite)
        let message: String
        if values.count == parts.count, (2...4).contains(values.count),
          let long = values.first(where: { $0 > BreathPattern.phaseRange.upperBound })
        {
          message =
            "a phase of \(Span.seconds(long).humanShort) is over 20 s; slow breathing "
            + "uses phases of a few seconds"
        } else if values.count == parts.count, (2...4).contains(values.count),
          let short = values.first(where: { $0 < BreathPattern.phaseRange.lowerBound })
        {
          message = "a phase of \(short) s is under 0.5 s"
        } else {
          message =
            "'\(raw)' is not a breath pattern: 2 to 4 phases in seconds, e.g. 4-6, 4-7-8, 4-4-4-4"
        }
        fail("breath", step: index, target: target, message)
      }
    }
    var step: Step
    if technique == .reps {
      let movement =
        text(table["movement"], key: "movement", step: index, target: target, required: true) ?? ""
      var count = 0
      if let value = table["reps"] {
        if let int = value.int {
          if RoutineDecoder.repsRange.contains(int) {
            count = int
          } else {
            fail("reps", step: index, target: target, "\(int) is outside 1-100")
          }
        } else {
          fail(
            "reps", step: index, target: target, "must be a whole number, not \(describe(value))")
        }
      } else {
        fail("reps", step: index, target: target, "missing: how many reps (1-100)")
      }
      var tempo: Span?
      var tempoPhases: [Span]?
      let byKey = Self.isManual(table["tempo"])
      if byKey {
      } else if let raw = table["tempo"]?.string, raw.contains("-") {
        let parts = raw.split(separator: "-", omittingEmptySubsequences: false).map {
          DurationText.parse(String($0))
        }
        let phases = parts.compactMap { $0 }
        if phases.count == parts.count, (2...3).contains(phases.count),
          phases.allSatisfy({ $0 >= .seconds(0.5) && $0 <= .seconds(20) })
        {
          tempoPhases = phases
          tempo = phases.reduce(.zero, +)
        } else {
          fail(
            "tempo", step: index, target: target,
            "'\(raw)' is not a tempo: seconds per rep (\"3s\") or its parts, 0.5-20 s each (\"2-1-2\": out, pause, back)"
          )
        }
      } else {
        tempo = span(
          table["tempo"], key: "tempo", step: index, target: target, required: false,
          max: .seconds(60))
      }
      step = Step(
        repsOf: movement, target: target, count: count, sides: sides, tempo: tempo, cue: cue)
      step.tempoPhases = tempoPhases
      step.countsByKey = byKey
      for key in ["duration", "breath", "breaths"] where table[key] != nil {
        fail(key, step: index, target: target, "a reps step is counted, not timed; remove '\(key)'")
      }
    } else if let value = table["breaths"] {
      var count = 0
      if [.hold, .stretch, .breathe].contains(technique) {
        if let int = value.int, value.type == .int {
          if (1...200).contains(int) {
            count = int
          } else {
            fail("breaths", step: index, target: target, "\(int) is outside 1-200")
          }
        } else {
          fail(
            "breaths", step: index, target: target, "must be a whole number, not \(describe(value))"
          )
        }
      } else {
        fail(
          "breaths", step: index, target: target,
          "only hold, stretch and breathe steps can be counted in breaths")
      }
      if table["duration"] != nil {
        fail("duration", step: index, target: target, "give duration or breaths, not both")
      }
      if table["breath"] == nil {
        fail(
          "breaths", step: index, target: target,
          "a step counted in breaths needs a breath pattern, e.g. breath = \"4-6\"")
      }
      let pattern = breath ?? BreathPattern("4-6")!
      step = Step(
        technique, target: target, sides: sides, breaths: max(1, count), pattern: pattern, cue: cue)
      if let duration = step.duration, duration > RoutineDecoder.maxDuration {
        fail(
          "breaths", step: index, target: target,
          "\(count) breaths of \(pattern) last \(duration.humanShort), over the limit of 1h00m")
      }
      for key in ["movement", "reps", "tempo"] where table[key] != nil {
        fail(key, step: index, target: target, "only a reps step takes '\(key)'")
      }
    } else {
      let duration = span(
        table["duration"], key: "duration", step: index, target: target, required: true,
        max: RoutineDecoder.maxDuration)
      step = Step(
        technique, target: target, sides: sides, duration: duration ?? .seconds(1), breath: breath,
        cue: cue)
      for key in ["movement", "reps", "tempo"] where table[key] != nil {
        fail(key, step: index, target: target, "only a reps step takes '\(key)'")
      }
    }
    step.transition = stepTransition(from: table, index: index, target: target)
    return errors.count == errorCount ? step : nil
  }

  // MARK: - Values

  mutating func text(
    _ value: TOMLValueConvertible?, key: String, step: Int? = nil, target: String? = nil,
    required: Bool
  ) -> String? {
    guard let value else {
      if required { fail(key, step: step, target: target, "missing") }
      return nil
    }
    guard let string = value.string else {
      fail(key, step: step, target: target, "must be a string in quotes, not \(describe(value))")
      return nil
    }
    if let control = SafeText.firstControl(in: string) {
      fail(
        key, step: step, target: target,
        "contains the control character \(control); write plain text")
      return nil
    }
    if required && string.trimmingCharacters(in: .whitespaces).isEmpty {
      fail(key, step: step, target: target, "is empty")
      return nil
    }
    if string.count > 200 {
      fail(key, step: step, target: target, "is \(string.count) characters long; keep it under 200")
      return nil
    }
    return string
  }

  mutating func span(
    _ value: TOMLValueConvertible?, key: String, step: Int?, target: String?, required: Bool,
    max limit: Span
  ) -> Span? {
    guard let value else {
      if required {
        fail(key, step: step, target: target, "missing: how long, e.g. \"90s\" or \"2m\"")
      }
      return nil
    }
    let parsed: Span?
    if let int = value.int, value.type == .int {
      parsed = abs(int) < 1_000_000_000 ? .seconds(Double(int)) : .seconds(1e9)
    } else if let double = value.double, value.type == .double {
      parsed = double.isFinite && abs(double) < 1e9 ? .seconds(double) : .seconds(1e9)
    } else if let string = value.string {
      parsed = DurationText.parse(string)
      if parsed == nil {
        fail(
          key, step: step, target: target,
          "'\(string)' is not a length: write \"90s\", \"2m\", \"1m30s\" or a number of seconds")
        return nil
      }
    } else {
      fail(
        key, step: step, target: target,
        "must be a length like \"90s\" or a number, not \(describe(value))")
      return nil
    }
    guard let parsed else { return nil }
    guard parsed > .zero else {
      fail(key, step: step, target: target, "must be positive")
      return nil
    }
    guard parsed <= limit else {
      fail(
        key, step: step, target: target,
        "\(parsed.humanShort) is over the limit of \(limit.humanShort)")
      return nil
    }
    return parsed
  }

  func describe(_ value: TOMLValueConvertible) -> String {
    switch value.type {
    case .string: "a string"
    case .int: "a number"
    case .double: "a number"
    case .bool: "true/false"
    case .array: "a list"
    case .table: "a table"
    default: "a date or time"
    }
  }

  // MARK: - Errors

  mutating func unknownKey(_ key: String, known: [String], step: Int?, target: String?) {
    var message = "unknown key"
    if let near = NearestKey.suggestion(for: key, among: known) {
      message += " (did you mean '\(near)'?)"
    }
    fail(key, step: step, target: target, message)
  }

  mutating func fail(_ key: String?, step: Int?, target: String?, _ message: String) {
    let line: Int?
    let place: String?
    if let step {
      line =
        key.flatMap { lines.line(ofKey: $0, inTable: "steps", index: step) }
        ?? lines.line(ofTable: "steps", index: step) ?? lines.line(ofKey: "steps")
      let label = target.map { $0.isEmpty ? "" : " (\($0))" } ?? ""
      place = "step \(step + 1)\(label)"
    } else {
      line = key.flatMap { lines.line(ofKey: $0) ?? lines.line(ofTable: $0) }
      place = nil
    }
    errors.append(Diagnostic(file: file, line: line, place: place, key: key, message: message))
  }
}
