import Foundation

/// A made-up but plausible log for the report: two years of sessions, two or three most
/// weeks with gaps, rolling and holds followed by reps on a few areas, and check-ins whose
/// ratings and knee-to-wall distance improve over the months. Deterministic, so the
/// picture in the docs is the same on every run.
enum SampleLog {
  /// The log's JSON lines, oldest first, ending the day before `end` (seconds since 1970).
  static func twoYears(endingBefore end: Int64) -> String {
    var random = UInt64(42)
    func next(_ bound: Int) -> Int {
      random = random &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((random >> 33) % UInt64(bound))
    }
    let days = 730
    let firstDay = end / 86_400 - Int64(days)
    let areas = ["calves", "hamstrings", "glutes", "upper back", "feet", "hips"]
    var lines = ""
    for offset in 0..<days {
      let day = firstDay + Int64(offset)
      let week = offset / 7
      // Three quiet weeks in summer and a slower month in the first winter.
      if (30...32).contains(week) || ((14...18).contains(week) && next(3) > 0) { continue }
      guard next(7) < 3 else { continue }
      let progress = Double(offset) / Double(days)
      let area = areas[(offset / 3 + next(2)) % (week > 60 ? 4 : areas.count)]
      let start = day * 86_400 + 7 * 3600 + Int64(next(50)) * 60
      let roll = 60 + next(4) * 30
      let hold = 90 + next(3) * 30
      var line =
        #"{"v":1,"id":"sample-\#(offset)","routine":"after-run","routine_name":"After a run","#
        + #""started_at":"\#(iso(start))","ended_at":"\#(iso(start + 720))","outcome":"completed","#
        + #""planned_seconds":720,"active_seconds":700,"paused_seconds":0,"steps":["#
        + step("roll", area, roll) + "," + step("hold", area, hold) + ","
        + step("reps", area, 40, reps: 10) + "," + step("breathe", "breath", 60) + "]"
      if next(3) > 0 {
        let before = min(9, 3 + Int(progress * 4) + next(2))
        let after = min(10, before + 1 + next(3))
        let reach = 7.0 + progress * 4 + Double(next(10)) / 10
        line +=
          #","check_in":{"before":{"\#(area)":\#(before)},"after":{"\#(area)":\#(after)},"#
          + #""range":{"name":"knee to wall","unit":"cm","before":\#(reach),"after":\#(reach + 1.5)}}"#
      }
      lines += line + "}\n"
    }
    return lines
  }

  static func step(_ technique: String, _ target: String, _ seconds: Int, reps: Int? = nil)
    -> String
  {
    #"{"technique":"\#(technique)","target":"\#(target)","side":null,"planned_seconds":\#(seconds),"#
      + #""elapsed_seconds":\#(seconds),"outcome":"done","reps_target":\#(reps.map(String.init) ?? "null"),"#
      + #""reps_done":\#(reps.map(String.init) ?? "null")}"#
  }

  static func iso(_ seconds: Int64) -> String {
    var time = time_t(seconds)
    var parts = tm()
    gmtime_r(&time, &parts)
    func two(_ value: Int32) -> String { value < 10 ? "0\(value)" : "\(value)" }
    return "\(parts.tm_year + 1900)-\(two(parts.tm_mon + 1))-\(two(parts.tm_mday))T"
      + "\(two(parts.tm_hour)):\(two(parts.tm_min)):00Z"
  }
}
