import Foundation
import GlideCore
import Testing

@testable import GlideLog

/// A crafted log: sessions at given UTC times, each a floss of the calves (optionally
/// followed by reps) and a hold of the hips never followed by reps, with check-ins.
private func craftedLog(
  _ folder: TemporaryFolder,
  _ sessions: [(String, reps: Bool, checkIn: CheckIn?)]
) -> String {
  var text = ""
  for (index, session) in sessions.enumerated() {
    var steps: [SessionRecord.StepRecord] = [
      .init(
        technique: "floss", target: "calves", side: nil, plannedSeconds: 60, elapsedSeconds: 60,
        outcome: "done", repsTarget: nil, repsDone: nil),
      .init(
        technique: "hold", target: "hips", side: nil, plannedSeconds: 180, elapsedSeconds: 180,
        outcome: "done", repsTarget: nil, repsDone: nil),
    ]
    if session.reps {
      steps.insert(
        .init(
          technique: "reps", target: "calves", side: nil, plannedSeconds: 30, elapsedSeconds: 30,
          outcome: "done", repsTarget: 8, repsDone: 8), at: 1)
    }
    var record = sampleRecord(id: "c\(index)", started: session.0, steps: steps)
    record.checkIn = session.checkIn
    text += record.jsonLine + "\n"
  }
  folder.write("log.jsonl", Array(text.utf8))
  return folder.file("log.jsonl")
}

private let knee = RangeTest(name: "knee to wall", unit: "cm")

private func checkIn(
  calves: (Int?, Int?), range: (Double?, Double?)? = nil
) -> CheckIn {
  var result = CheckIn(areas: ["calves", "hips"], rangeTest: range == nil ? nil : knee)
  result.before["calves"] = calves.0
  result.after["calves"] = calves.1
  result.rangeBefore = range?.0
  result.rangeAfter = range?.1
  return result
}

@Suite struct CheckInStatsTests {
  // Now: Thursday 2026-11-26 (2026-W48). Weeks shown: W46, W47, W48.
  static let now = Timestamp("2026-11-26T12:00:00Z")!

  func stats(_ path: String, weeks: Int = 3) throws -> Stats {
    var reader = try LogReader(path: path)
    return Stats(reader: &reader, weeks: weeks, now: Self.now, time: .fixed(seconds: 0))
  }

  @Test func checkInTrendsPerAreaAndRangeTestWithAWeeklyChart() throws {
    let folder = TemporaryFolder()
    let path = craftedLog(
      folder,
      [
        // W46: calves 3→5, 4→6; knee to wall 8→9.
        ("2026-11-09T08:00:00Z", true, checkIn(calves: (3, 5), range: (8, 9))),
        ("2026-11-11T08:00:00Z", true, checkIn(calves: (4, 6))),
        // W47: none.
        // W48: calves 5→9 and an after without a before; knee to wall 9→11.5.
        ("2026-11-23T08:00:00Z", true, checkIn(calves: (5, 9), range: (9, 11.5))),
        ("2026-11-25T08:00:00Z", true, checkIn(calves: (nil, 8))),
      ])
    let stats = try stats(path)
    #expect(stats.checkIns.map(\.label) == ["calves", "knee to wall (cm)"])
    let calves = try #require(stats.checkIns.first)
    #expect(calves.sessions == 3)
    #expect(calves.meanBefore == 4)
    #expect(calves.meanAfter == 20.0 / 3)
    #expect(calves.weeklyAfter == [5.5, nil, 8.5])
    #expect(calves.chart == "▅·▇")
    let range = try #require(stats.checkIns.last)
    #expect(range.sessions == 2)
    #expect(range.change == 1.75)
    #expect(range.weeklyAfter == [9, nil, 11.5])
    #expect(range.chart == "▁·█", "a range test's chart runs from its lowest week to its highest")
    let lines = stats.lines
    #expect(lines.contains("Check-ins before→after on average; the chart is each week's after"))
    #expect(lines.contains("  calves             4→6.7 (+2.7), 3 sessions   ▅·▇"))
    #expect(lines.contains("  knee to wall (cm)  8.5→10.3 (+1.8), 2 sessions ▁·█"))
    #expect(
      !lines.contains { $0.contains("last week") }, "this week met the aim: no word on the last")
  }

  @Test func anAreaRatedOnlyOnOneSideSaysWhichSide() throws {
    let folder = TemporaryFolder()
    let path = craftedLog(
      folder,
      [
        // Stopped after the before check-in: calves rated before only; the range test
        // typed after only.
        ("2026-11-23T08:00:00Z", true, checkIn(calves: (5, nil), range: (nil, 9)))
      ])
    let stats = try stats(path)
    #expect(stats.checkIns.map(\.sessions) == [0, 0])
    let lines = stats.lines
    #expect(lines.contains { $0.hasPrefix("  calves ") && $0.contains("before only") })
    #expect(lines.contains { $0.hasPrefix("  knee to wall (cm) ") && $0.contains("after only") })
  }

  @Test func aLogWithoutCheckInsShowsNone() throws {
    let folder = TemporaryFolder()
    let path = craftedLog(folder, [("2026-11-23T08:00:00Z", true, nil)])
    let stats = try stats(path)
    #expect(stats.checkIns.isEmpty)
    #expect(!stats.lines.contains { $0.hasPrefix("Check-ins") })
  }

  @Test func nudgesSayWhatToDo() throws {
    let folder = TemporaryFolder()
    let path = craftedLog(
      folder,
      [
        ("2026-11-09T08:00:00Z", true, nil), ("2026-11-11T08:00:00Z", true, nil),
        // W47: one session; W48 so far: one, on a Thursday.
        ("2026-11-18T08:00:00Z", true, nil), ("2026-11-24T08:00:00Z", false, nil),
      ])
    let stats = try stats(path)
    let nudges = stats.nudges(program: nil)
    #expect(nudges.map(\.kind) == [.weekBelowTarget, .noRepsAfter])
    #expect(nudges.map(\.area) == [nil, "hips"])
    let notes = stats.lines.filter { $0.hasPrefix("Note      ") }
    #expect(
      notes == [
        "Note      this week has 1 session so far, under the 2-3 that build tissue over weeks: fit in one more by Sunday",
        "Note      hips worked passively in 4 sessions, never followed by reps: add 5-10 active reps through the same range after the passive work",
      ])
  }

  @Test func lastWeekBelowTheAimEarlyInTheWeek() throws {
    let folder = TemporaryFolder()
    let path = craftedLog(
      folder, [("2026-11-10T08:00:00Z", true, nil), ("2026-11-18T08:00:00Z", true, nil)])
    var reader = try LogReader(path: path)
    // Monday 2026-11-23: this week has barely begun; last week had one.
    let stats = Stats(
      reader: &reader, weeks: 3, now: Timestamp("2026-11-23T07:00:00Z")!,
      time: .fixed(seconds: 0))
    let week = stats.nudges(program: nil).filter { $0.kind == .weekBelowTarget }
    #expect(
      week.map(\.text) == [
        "last week had 1 session, under the 2 a week that make progress: plan 2 this week with a rest day between"
      ])
  }

  @Test func programAdherenceAndItsNudge() throws {
    let folder = TemporaryFolder()
    let path = craftedLog(folder, [("2026-11-23T08:00:00Z", true, nil)])
    let stats = try stats(path)
    let program = ProgramAdherence(
      id: "runners-legs", name: "Runner's legs", week: 2, weeks: 4,
      perWeek: [.init(number: 1, done: 3, planned: 3), .init(number: 2, done: 1, planned: 3)],
      isBehind: true, next: "Today: session 2, Hips; run 'glide next'")
    let lines = stats.lines(program: program)
    #expect(lines.contains("Program   Runner's legs, week 2 of 4: 3/3 ✓, 1/3 so far"))
    #expect(
      lines.contains(
        "Note      week 2 of Runner's legs has 1 of 3 sessions done and is falling behind. Today: session 2, Hips; run 'glide next'"
      ))
    #expect(stats.nudges(program: program).last?.kind == .programBehind)
  }

  @Test func aProgramOverIsSaidOverInTheLineAndTheJSON() throws {
    let folder = TemporaryFolder()
    let path = craftedLog(folder, [("2026-11-23T08:00:00Z", true, nil)])
    let stats = try stats(path)
    let program = ProgramAdherence(
      id: "p", name: "P", week: 4, weeks: 2,
      perWeek: [.init(number: 1, done: 3, planned: 3), .init(number: 2, done: 1, planned: 3)],
      isBehind: false, next: nil)
    #expect(program.isOver)
    #expect(
      stats.nudges(program: program).last
        == StatsNudge(
          kind: .programOver,
          text: "P is over, 4 of 6 sessions done: 'glide program start p' runs it again,"
            + " 'glide program stop' ends it"))
    #expect(stats.lines(program: program).contains("Program   P, over after 2 weeks: 3/3 ✓, 1/3"))
    let json = stats.json(program: program)
    #expect(json.contains("\"week\":4,\"weeks\":2,\"over\":true,\"behind\":false"))
    let running = ProgramAdherence(
      id: "p", name: "P", week: 2, weeks: 2, perWeek: program.perWeek, isBehind: false, next: nil)
    #expect(!running.isOver && running.place == "week 2 of 2")
    #expect(!stats.nudges(program: running).contains { $0.kind == .programOver })
    #expect(stats.json(program: running).contains("\"over\":false"))
  }

  @Test func jsonForWidgetsIsOneStableObject() throws {
    let folder = TemporaryFolder()
    var odd = checkIn(calves: (2, 4))
    odd.areas = ["calves \"left\"\n"]
    odd.before = ["calves \"left\"\n": 2]
    odd.after = ["calves \"left\"\n": 4]
    let path = craftedLog(
      folder,
      [
        ("2026-11-23T08:00:00Z", true, checkIn(calves: (3, 5), range: (8, 9))),
        ("2026-11-24T08:00:00Z", true, odd),
      ])
    let json = try stats(path, weeks: 2).json(program: nil)
    let object = try #require(JSONParser.parse(Array(json.utf8)))
    #expect(object["v"] == .number(1))
    #expect(object["weeks"]?.array?.count == 2)
    #expect(object["weeks"]?.array?.last?["sessions"] == .number(2))
    #expect(object["streak"] == .number(1))
    #expect(object["program"] == .null)
    let checkIns = try #require(object["check_ins"]?.array)
    #expect(checkIns.map { $0["name"]?.string } == ["calves", "calves \"left\"\n", "knee to wall"])
    #expect(checkIns[0]["change"] == .number(2))
    #expect(checkIns[0]["weekly_after"] == .array([.null, .number(5)]))
    #expect(checkIns[2]["unit"] == .string("cm"))
    #expect(json.contains(#""name":"calves \"left\"\n""#), "log text is escaped")
    #expect(!json.contains("\n"))
    #expect(
      json.hasPrefix(
        #"{"v":1,"weeks":[{"week":"2026-W47","sessions":0,"met":false},{"week":"2026-W48","sessions":2,"met":true}],"streak":1,"areas":[{"area":"hips","active_seconds":360},{"area":"calves","active_seconds":180}],"follow_through":{"passive_steps":4,"followed":2,"percent":50},"sides":[],"check_ins":["#
      ))
  }

  @Test func checkInsRoundTripThroughTheLogAndOldLinesHaveNone() throws {
    var record = sampleRecord()
    record.checkIn = checkIn(calves: (3, 7), range: (8.5, 10))
    record.checkIn?.after["hips"] = 6
    let line = record.jsonLine
    #expect(
      line.hasSuffix(
        #","check_in":{"before":{"calves":3},"after":{"calves":7,"hips":6},"range":{"name":"knee to wall","unit":"cm","before":8.5,"after":10}}}"#
      ))
    let back = try #require(SessionRecord(jsonLine: Array(line.utf8)))
    #expect(back.checkIn == record.checkIn)
    #expect(SessionRecord(jsonLine: Array(sampleRecord().jsonLine.utf8))?.checkIn == nil)
    // Ratings out of 0-10 and absurd numbers are left out, not trusted.
    let bad =
      sampleRecord().jsonLine.dropLast()
      + #","check_in":{"before":{"calves":11,"hips":-1},"after":{"calves":4.5},"range":{"name":"x","unit":"cm","before":1e99}}}"#
    #expect(SessionRecord(jsonLine: Array(bad.utf8))?.checkIn == nil)
  }
}
