import GlideCore

extension SessionRecord {
  /// The record as one JSON line (no newline), keys in schema order.
  public var jsonLine: String {
    let steps = self.steps.map { step in
      "{\"technique\":\(JSONWriter.string(step.technique.rawValue)),"
        + "\"target\":\(JSONWriter.string(step.target)),"
        + "\"side\":\(JSONWriter.optional(step.side?.rawValue, JSONWriter.string)),"
        + "\"planned_seconds\":\(JSONWriter.seconds(step.planned.seconds)),"
        + "\"elapsed_seconds\":\(JSONWriter.seconds(step.elapsed.seconds)),"
        + "\"outcome\":\(JSONWriter.string(step.outcome.rawValue)),"
        + "\"reps_target\":\(JSONWriter.optional(step.repsTarget) { String($0) }),"
        + "\"reps_done\":\(JSONWriter.optional(step.repsDone) { String($0) })"
        + (step.pressureFlagged ? ",\"pressure_flagged\":true" : "")
        + (step.easedFrom.map { ",\"eased_from_seconds\":\(JSONWriter.seconds($0.seconds))" } ?? "")
        + (step.changedFrom.map { ",\"changed_from_seconds\":\(JSONWriter.seconds($0.seconds))" }
          ?? "")
        + (step.freedom.map { ",\"freedom\":\($0)" } ?? "")
        + (step.breathsTarget.map {
          ",\"breaths_target\":\($0),\"breaths_done\":\(step.breathsDone ?? 0)"
        } ?? "")
        + (step.repsPaced.map { ",\"reps_paced\":\($0)" } ?? "")
        + "}"
    }
    return "{\"v\":\(version),\"id\":\(JSONWriter.string(id)),"
      + "\"routine\":\(JSONWriter.string(routine)),"
      + "\"routine_name\":\(JSONWriter.string(routineName)),"
      + "\"started_at\":\(JSONWriter.string(startedAt.description)),"
      + "\"ended_at\":\(JSONWriter.string(endedAt.description)),"
      + "\"outcome\":\(JSONWriter.string(outcome)),"
      + "\"planned_seconds\":\(JSONWriter.seconds(plannedSeconds)),"
      + "\"active_seconds\":\(JSONWriter.seconds(activeSeconds)),"
      + "\"paused_seconds\":\(JSONWriter.seconds(pausedSeconds)),"
      + "\"steps\":[\(steps.joined(separator: ","))]"
      + (checkIn.flatMap { $0.isEmpty ? nil : ",\"check_in\":\(Self.json($0))" } ?? "") + "}"
  }

  /// A check-in as a JSON object: ratings by area before and after, in the order asked,
  /// and the range test with its numbers; what was not answered is left out.
  static func json(_ checkIn: CheckIn) -> String {
    var members: [String] = []
    for when in CheckIn.When.allCases {
      let ratings = checkIn.ratings(when)
      let pairs = checkIn.areas.compactMap { area in
        ratings[area].map { "\(JSONWriter.string(area)):\($0)" }
      }
      if !pairs.isEmpty { members.append("\"\(when.rawValue)\":{\(pairs.joined(separator: ","))}") }
    }
    if let test = checkIn.rangeTest, checkIn.rangeBefore != nil || checkIn.rangeAfter != nil {
      members.append(
        "\"range\":{\"name\":\(JSONWriter.string(test.name)),\"unit\":\(JSONWriter.string(test.unit))"
          + (checkIn.rangeBefore.map { ",\"before\":\(JSONWriter.seconds($0))" } ?? "")
          + (checkIn.rangeAfter.map { ",\"after\":\(JSONWriter.seconds($0))" } ?? "") + "}")
    }
    return "{\(members.joined(separator: ","))}"
  }

  /// Reads a `check_in` object; answers out of range are left out, and nil when nothing
  /// readable is left. Areas are ordered as the steps first work them.
  static func checkIn(_ json: JSONValue?, steps: [StepRecord]) -> CheckIn? {
    guard let json, case .object = json else { return nil }
    func ratings(_ value: JSONValue?) -> [String: Int] {
      guard case .object(let members)? = value else { return [:] }
      return members.dictionary.compactMapValues {
        $0.int.flatMap { CheckIn.scale.contains($0) ? $0 : nil }
      }
    }
    func number(_ value: JSONValue?) -> Double? {
      guard let number = value?.number, number.isFinite, (0...RangeTest.maxValue).contains(number)
      else { return nil }
      return number
    }
    let before = ratings(json["before"])
    let after = ratings(json["after"])
    let order = steps.map(\.target)
    let areas = Set(before.keys).union(after.keys).sorted { lhs, rhs in
      let l = order.firstIndex(of: lhs) ?? order.count
      let r = order.firstIndex(of: rhs) ?? order.count
      return (l, lhs) < (r, rhs)
    }
    var result = CheckIn(areas: areas, before: before, after: after)
    if let range = json["range"], let name = range["name"]?.string,
      let unit = range["unit"]?.string
    {
      result.rangeTest = RangeTest(name: name, unit: unit)
      result.rangeBefore = number(range["before"])
      result.rangeAfter = number(range["after"])
    }
    return result.isEmpty ? nil : result
  }

  /// Reads a log line; nil when it is not JSON or lacks a required key. Unknown keys are
  /// ignored, so later versions can add keys.
  public init?<Bytes: Collection>(jsonLine bytes: Bytes) where Bytes.Element == UInt8 {
    guard let json = JSONParser.parse(bytes) else { return nil }
    self.init(json: json)
  }

  /// Reads a parsed log line.
  public init?(json: JSONValue) {
    // Seconds are read into fixed-point figures later: a line with absurd ones (negative,
    // or beyond a billion seconds) is unreadable rather than a crash waiting to happen.
    func seconds(_ value: JSONValue?) -> Double? {
      guard let number = value?.number, number.isFinite, (0...1e9).contains(number) else {
        return nil
      }
      return number
    }
    guard let version = json["v"]?.int, version >= 1,
      let id = json["id"]?.string,
      let routine = json["routine"]?.string,
      let startedAt = json["started_at"]?.string.flatMap(Timestamp.init),
      let endedAt = json["ended_at"]?.string.flatMap(Timestamp.init),
      let outcome = json["outcome"]?.string,
      let active = seconds(json["active_seconds"]),
      let stepValues = json["steps"]?.array
    else { return nil }
    var steps: [StepRecord] = []
    for value in stepValues {
      // A technique, outcome or side this version does not know makes the line unreadable
      // (counted), as a newer schema would bump "v".
      guard let technique = value["technique"]?.string.flatMap(Technique.init(rawValue:)),
        let target = value["target"]?.string,
        let outcome = value["outcome"]?.string.flatMap(StepOutcome.init(rawValue:))
      else { return nil }
      var side: Side?
      if let name = value["side"]?.string {
        guard let known = Side(rawValue: name) else { return nil }
        side = known
      }
      for key in ["planned_seconds", "elapsed_seconds"]
      where value[key] != nil && value[key] != .null {
        guard seconds(value[key]) != nil else { return nil }
      }
      steps.append(
        StepRecord(
          number: steps.count + 1, technique: technique, target: target, side: side,
          planned: .seconds(value["planned_seconds"]?.number ?? 0),
          elapsed: .seconds(value["elapsed_seconds"]?.number ?? 0), outcome: outcome,
          repsTarget: value["reps_target"]?.int, repsDone: value["reps_done"]?.int,
          pressureFlagged: value["pressure_flagged"] == .bool(true),
          freedom: value["freedom"]?.int.flatMap { (1...5).contains($0) ? $0 : nil },
          breathsTarget: value["breaths_target"]?.int, breathsDone: value["breaths_done"]?.int,
          repsPaced: value["reps_paced"].flatMap { if case .bool(let b) = $0 { b } else { nil } },
          easedFrom: seconds(value["eased_from_seconds"]).map { .seconds($0) },
          changedFrom: seconds(value["changed_from_seconds"]).map { .seconds($0) }))
    }
    self.init(
      version: version, id: id, routine: routine,
      routineName: json["routine_name"]?.string ?? routine, startedAt: startedAt,
      endedAt: endedAt, outcome: outcome, plannedSeconds: seconds(json["planned_seconds"]) ?? 0,
      activeSeconds: active, pausedSeconds: seconds(json["paused_seconds"]) ?? 0, steps: steps,
      checkIn: Self.checkIn(json["check_in"], steps: steps))
  }
}
