import GlideCore
import GlideTOML

/// Reading one `[[steps]]` table: what every step has, then one function per kind of
/// step (reps, counted in breaths, timed).
extension Reader {
  /// The step, or nil with its errors recorded.
  mutating func step(from table: TOMLTable, index: Int) -> Step? {
    let errorCount = errors.count
    let target = text(table["target"], key: "target", step: index, required: true) ?? ""
    let known = RoutineDecoder.stepKeys + extraStepKeys
    for key in table.keys where !known.contains(key) {
      unknownKey(key, known: known, step: index, target: target)
    }
    let place = StepPlace(table: table, index: index, target: target)
    let technique = choice(place, "technique", Technique.self, required: true) ?? .rest
    let sides = choice(place, "sides", Sides.self, required: false, plural: "sides") ?? .none
    let cue = text(table["cue"], key: "cue", step: index, target: target, required: false)
    let breath = breathPattern(place)
    var step: Step
    if technique == .reps {
      step = repsStep(place, sides: sides, cue: cue)
    } else if let value = table["breaths"] {
      step = breathsStep(place, value, technique: technique, sides: sides, breath: breath, cue: cue)
    } else {
      let duration = span(
        table["duration"], key: "duration", step: index, target: target, required: true,
        max: RoutineDecoder.maxDuration)
      step = Step(
        technique, target: target, sides: sides, duration: duration ?? .seconds(1), breath: breath,
        cue: cue)
    }
    if technique != .reps {
      for key in ["movement", "reps", "tempo"] where table[key] != nil {
        fail(key, step: index, target: target, "only a reps step takes '\(key)'")
      }
    }
    step.transition = stepTransition(from: table, index: index, target: target)
    return errors.count == errorCount ? step : nil
  }

  /// The step being read: its table, number and target, for messages.
  struct StepPlace {
    var table: TOMLTable
    var index: Int
    var target: String
  }

  /// One of an enumeration's raw values, or an error listing them (as `plural`, when
  /// the key with an s is not the word).
  mutating func choice<Value: RawRepresentable & CaseIterable>(
    _ place: StepPlace, _ key: String, _ type: Value.Type, required: Bool, plural: String? = nil
  ) -> Value? where Value.RawValue == String {
    guard
      let raw = text(
        place.table[key], key: key, step: place.index, target: place.target, required: required)
    else { return nil }
    if let value = Value(rawValue: raw) { return value }
    fail(
      key, step: place.index, target: place.target,
      Suggestion.unknownName(key, raw, known: Value.allCases.map(\.rawValue), plural: plural),
      at: place.table[key]?.position)
    return nil
  }

  /// A whole number in `range`, or an error naming the range.
  mutating func count(
    _ value: TOMLValue, _ place: StepPlace, key: String, range: ClosedRange<Int>
  ) -> Int? {
    guard let int = value.int else {
      fail(
        key, step: place.index, target: place.target,
        "must be a whole number, not \(describe(value))", at: value.position)
      return nil
    }
    guard range.contains(int) else {
      fail(
        key, step: place.index, target: place.target,
        "\(int) is outside \(range.lowerBound)-\(range.upperBound)", at: value.position)
      return nil
    }
    return int
  }

  /// The step's `breath` pattern, or an error saying what is wrong with it.
  mutating func breathPattern(_ place: StepPlace) -> BreathPattern? {
    let table = place.table
    guard
      let raw = text(
        table["breath"], key: "breath", step: place.index, target: place.target, required: false)
    else { return nil }
    if let pattern = BreathPattern(raw) { return pattern }
    let parts = raw.split(separator: "-", omittingEmptySubsequences: false)
      .map { DurationText.decimal(Substring(String($0).trimmingSpaces)) }
    let values = parts.compactMap { $0 }.filter(\.isFinite)
    let shaped = values.count == parts.count && (2...4).contains(values.count)
    let message: String
    if shaped, let long = values.first(where: { $0 > BreathPattern.phaseRange.upperBound }) {
      message =
        "a phase of \(TimeSpan.seconds(long).words) is over 20 seconds; slow breathing "
        + "uses phases of a few seconds"
    } else if shaped, let short = values.first(where: { $0 < BreathPattern.phaseRange.lowerBound })
    {
      message = "a phase of \(short) s is under 0.5 s"
    } else {
      message =
        "'\(raw)' is not a breath pattern: 2 to 4 phases in seconds, e.g. 4-6, 4-7-8, 4-4-4-4"
    }
    fail("breath", step: place.index, target: place.target, message, at: table["breath"]?.position)
    return nil
  }

  /// A reps step: its movement, count and pacing; never timed.
  mutating func repsStep(_ place: StepPlace, sides: Sides, cue: String?) -> Step {
    let (table, index, target) = (place.table, place.index, place.target)
    let movement =
      text(table["movement"], key: "movement", step: index, target: target, required: true) ?? ""
    let range = SettingRanges.reps
    var reps = 0
    if let value = table["reps"] {
      reps = count(value, place, key: "reps", range: range) ?? 0
    } else {
      fail(
        "reps", step: index, target: target,
        "missing: how many reps (\(range.lowerBound)-\(range.upperBound))")
    }
    let (tempo, phases, byKey) = repTempo(place)
    var step = Step(
      repsOf: movement, target: target, count: reps, sides: sides, tempo: tempo, cue: cue)
    step.tempoPhases = phases
    step.countsByKey = byKey
    for key in ["duration", "breath", "breaths"] where table[key] != nil {
      fail(key, step: index, target: target, "a reps step is counted, not timed; remove '\(key)'")
    }
    return step
  }

  /// A reps step's `tempo`: seconds per rep, its parts ("2-1-2"), or counted by key.
  mutating func repTempo(_ place: StepPlace) -> (TimeSpan?, [TimeSpan]?, byKey: Bool) {
    let value = place.table["tempo"]
    if Self.isManual(value) { return (nil, nil, true) }
    if let value, let raw = value.string, !raw.contains("-"), DurationText.parse(raw) == nil {
      fail(
        "tempo", step: place.index, target: place.target, Self.notATempo(raw), at: value.position)
      return (nil, nil, false)
    }
    guard let value, let raw = value.string, raw.contains("-") else {
      let tempo = span(
        value, key: "tempo", step: place.index, target: place.target, required: false,
        max: .seconds(60))
      return (tempo, nil, false)
    }
    let parts = raw.split(separator: "-", omittingEmptySubsequences: false).map {
      DurationText.parse(String($0))
    }
    let phases = parts.compactMap { $0 }
    guard phases.count == parts.count, (2...3).contains(phases.count),
      phases.allSatisfy({ $0 >= .seconds(0.5) && $0 <= .seconds(20) })
    else {
      fail(
        "tempo", step: place.index, target: place.target, Self.notATempo(raw), at: value.position)
      return (nil, nil, false)
    }
    return (phases.reduce(.zero, +), phases, false)
  }

  /// What a tempo may be, said of `raw`, which is none of them.
  static func notATempo(_ raw: String) -> String {
    "'\(raw)' is not a tempo: seconds per rep (\"3s\"), its parts, 0.5-20 s each "
      + "(\"2-1-2\": \(RepPart.names(of: 3))), or \"\(manualTempo)\" (enter counts each rep)"
  }

  /// A step counted in breaths of its pattern: hold, stretch and breathe only.
  mutating func breathsStep(
    _ place: StepPlace, _ value: TOMLValue, technique: Technique, sides: Sides,
    breath: BreathPattern?, cue: String?
  ) -> Step {
    let (table, index, target) = (place.table, place.index, place.target)
    var breaths = 0
    if [.hold, .stretch, .breathe].contains(technique) {
      breaths = count(value, place, key: "breaths", range: SettingRanges.breaths) ?? 0
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
    let step = Step(
      technique, target: target, sides: sides, breaths: max(1, breaths), pattern: pattern, cue: cue)
    if let duration = step.duration, duration > RoutineDecoder.maxDuration {
      fail(
        "breaths", step: index, target: target,
        "\(breaths) breaths of \(pattern) last \(duration.clockFace), over the limit of 1:00:00")
    }
    return step
  }
}
