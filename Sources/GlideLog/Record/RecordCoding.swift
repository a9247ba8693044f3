extension SessionRecord {
  /// The record as one JSON line (no newline), keys in schema order.
  public var jsonLine: String {
    let steps = self.steps.map { step in
      "{\"technique\":\(JSONWriter.string(step.technique)),"
        + "\"target\":\(JSONWriter.string(step.target)),"
        + "\"side\":\(JSONWriter.optional(step.side, JSONWriter.string)),"
        + "\"planned_seconds\":\(JSONWriter.seconds(step.plannedSeconds)),"
        + "\"elapsed_seconds\":\(JSONWriter.seconds(step.elapsedSeconds)),"
        + "\"outcome\":\(JSONWriter.string(step.outcome)),"
        + "\"reps_target\":\(JSONWriter.optional(step.repsTarget) { String($0) }),"
        + "\"reps_done\":\(JSONWriter.optional(step.repsDone) { String($0) })"
        + (step.pressureFlagged ? ",\"pressure_flagged\":true" : "")
        + (step.freedom.map { ",\"freedom\":\($0)" } ?? "")
        + (step.breathsTarget.map {
          ",\"breaths_target\":\($0),\"breaths_done\":\(step.breathsDone ?? 0)"
        } ?? "")
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
    guard let version = json["v"]?.int, version >= 1,
      let id = json["id"]?.string,
      let routine = json["routine"]?.string,
      let startedAt = json["started_at"]?.string.flatMap(Timestamp.init),
      let endedAt = json["ended_at"]?.string.flatMap(Timestamp.init),
      let outcome = json["outcome"]?.string,
      let active = json["active_seconds"]?.number,
      let stepValues = json["steps"]?.array
    else { return nil }
    var steps: [StepRecord] = []
    for value in stepValues {
      guard let technique = value["technique"]?.string, let target = value["target"]?.string,
        let outcome = value["outcome"]?.string
      else { return nil }
      steps.append(
        StepRecord(
          technique: technique, target: target, side: value["side"]?.string,
          plannedSeconds: value["planned_seconds"]?.number ?? 0,
          elapsedSeconds: value["elapsed_seconds"]?.number ?? 0, outcome: outcome,
          repsTarget: value["reps_target"]?.int, repsDone: value["reps_done"]?.int,
          pressureFlagged: value["pressure_flagged"] == .bool(true),
          freedom: value["freedom"]?.int.flatMap { (1...5).contains($0) ? $0 : nil },
          breathsTarget: value["breaths_target"]?.int, breathsDone: value["breaths_done"]?.int))
    }
    self.init(
      version: version, id: id, routine: routine,
      routineName: json["routine_name"]?.string ?? routine, startedAt: startedAt,
      endedAt: endedAt, outcome: outcome, plannedSeconds: json["planned_seconds"]?.number ?? 0,
      activeSeconds: active, pausedSeconds: json["paused_seconds"]?.number ?? 0, steps: steps)
  }
}
