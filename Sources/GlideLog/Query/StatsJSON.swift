import GlideCore

extension Stats {
  /// The version of the object `glide stats --json` writes; fields are only ever added.
  public static let jsonVersion = 1

  /// The stats as one JSON object for widgets, keys in a fixed order (README documents
  /// them); every string from the log goes through the writer's escaping.
  public func json(program: ProgramAdherence?) -> String {
    let w = JSONWriter.self
    func number(_ value: Double) -> String { w.seconds(value) }
    func optionalNumber(_ value: Double?) -> String { w.optional(value, number) }
    let weeks = self.weeks.map {
      "{\"week\":\(w.string($0.label)),\"sessions\":\($0.sessions),\"met\":\($0.met)}"
    }
    let areas = minutesByTarget.map {
      "{\"area\":\(w.string($0.target)),\"active_seconds\":\(number(($0.minutes * 60).rounded()))}"
    }
    let sides = sideDifference.map {
      "{\"area\":\(w.string($0.target)),\"mean_left_minus_right\":\(number($0.meanLeftMinusRight)),"
        + "\"sessions\":\($0.sessions)}"
    }
    let checkIns = self.checkIns.map { trend in
      "{\"name\":\(w.string(trend.name)),\"unit\":\(w.optional(trend.unit, w.string)),"
        + "\"sessions\":\(trend.sessions),"
        + "\"mean_before\":\(optionalNumber(trend.sessions > 0 ? trend.meanBefore : nil)),"
        + "\"mean_after\":\(optionalNumber(trend.sessions > 0 ? trend.meanAfter : nil)),"
        + "\"change\":\(optionalNumber(trend.sessions > 0 ? trend.change : nil)),"
        + "\"weekly_after\":[\(trend.weeklyAfter.map(optionalNumber).joined(separator: ","))]}"
    }
    let programJSON = program.map { program in
      "{\"id\":\(w.string(program.id)),\"name\":\(w.string(program.name)),"
        + "\"week\":\(program.week),\"weeks\":\(program.weeks),\"over\":\(program.isOver),"
        + "\"behind\":\(program.isBehind),"
        + "\"per_week\":["
        + program.perWeek.map {
          "{\"week\":\($0.number),\"done\":\($0.done),\"planned\":\($0.planned)}"
        }.joined(separator: ",") + "]}"
    }
    let nudges = self.nudges(program: program).map {
      "{\"kind\":\(w.string($0.kind.rawValue)),\"area\":\(w.optional($0.area, w.string)),"
        + "\"text\":\(w.string($0.text))}"
    }
    let percent =
      passiveSteps > 0
      ? number((Double(followedSteps) / Double(passiveSteps) * 100).rounded()) : "null"
    return "{\"v\":\(Self.jsonVersion),"
      + "\"weeks\":[\(weeks.joined(separator: ","))],"
      + "\"streak\":\(streak),"
      + "\"areas\":[\(areas.joined(separator: ","))],"
      + "\"follow_through\":{\"passive_steps\":\(passiveSteps),\"followed\":\(followedSteps),"
      + "\"percent\":\(percent)},"
      + "\"sides\":[\(sides.joined(separator: ","))],"
      + "\"check_ins\":[\(checkIns.joined(separator: ","))],"
      + "\"program\":\(programJSON ?? "null"),"
      + "\"nudges\":[\(nudges.joined(separator: ","))]}"
  }
}
