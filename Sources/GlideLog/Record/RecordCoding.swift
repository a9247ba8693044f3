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
      + "\"steps\":[\(steps.joined(separator: ","))]}"
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
          repsPaced: value["reps_paced"].flatMap { if case .bool(let b) = $0 { b } else { nil } }))
    }
    self.init(
      version: version, id: id, routine: routine,
      routineName: json["routine_name"]?.string ?? routine, startedAt: startedAt,
      endedAt: endedAt, outcome: outcome, plannedSeconds: seconds(json["planned_seconds"]) ?? 0,
      activeSeconds: active, pausedSeconds: seconds(json["paused_seconds"]) ?? 0, steps: steps)
  }
}
