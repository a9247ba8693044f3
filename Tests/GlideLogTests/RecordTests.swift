import Foundation
import GlideCore
import Testing

@testable import GlideLog

extension Summary.StepResult {
  /// A step as the log's lines spell it, for tests.
  init(
    technique: String, target: String, side: String?, plannedSeconds: Double,
    elapsedSeconds: Double, outcome: String, repsTarget: Int?, repsDone: Int?,
    freedom: Int? = nil
  ) {
    self.init(
      number: 1, technique: Technique(rawValue: technique)!, target: target,
      side: side.flatMap(Side.init(rawValue:)), planned: .seconds(plannedSeconds),
      elapsed: .seconds(elapsedSeconds), outcome: StepOutcome(rawValue: outcome)!,
      repsTarget: repsTarget, repsDone: repsDone, freedom: freedom)
  }
}

/// Steps numbered as a log line read back numbers them.
func numbered(_ steps: [SessionRecord.StepRecord]) -> [SessionRecord.StepRecord] {
  steps.enumerated().map { index, step in
    var step = step
    step.number = index + 1
    return step
  }
}

func sampleRecord(
  id: String = "6f1c2e1a-0000-4000-8000-000000000001", started: String = "2026-11-16T07:30:00Z",
  routine: String = "pre-run", outcome: String = "completed",
  steps: [SessionRecord.StepRecord]? = nil
) -> SessionRecord {
  let start = Timestamp(started)!
  return SessionRecord(
    id: id, routine: routine, routineName: "Pre-run \"warm-up\"", startedAt: start,
    endedAt: Timestamp(milliseconds: start.milliseconds + 600_500), outcome: outcome,
    plannedSeconds: 639, activeSeconds: 600.125, pausedSeconds: 0.5,
    steps: numbered(
      steps ?? [
        .init(
          technique: "roll", target: "calves", side: "left", plannedSeconds: 60,
          elapsedSeconds: 60, outcome: "done", repsTarget: nil, repsDone: nil),
        .init(
          technique: "reps", target: "calves", side: nil, plannedSeconds: 20, elapsedSeconds: 12.5,
          outcome: "partial", repsTarget: 10, repsDone: 6),
      ]))
}

@Suite struct RecordTests {
  @Test func lineHasTheSchemaKeysInOrder() {
    #expect(
      sampleRecord().jsonLine
        == #"{"v":1,"id":"6f1c2e1a-0000-4000-8000-000000000001","routine":"pre-run","routine_name":"Pre-run \"warm-up\"","started_at":"2026-11-16T07:30:00Z","ended_at":"2026-11-16T07:40:00.500Z","outcome":"completed","planned_seconds":639,"active_seconds":600.125,"paused_seconds":0.5,"steps":[{"technique":"roll","target":"calves","side":"left","planned_seconds":60,"elapsed_seconds":60,"outcome":"done","reps_target":null,"reps_done":null},{"technique":"reps","target":"calves","side":null,"planned_seconds":20,"elapsed_seconds":12.5,"outcome":"partial","reps_target":10,"reps_done":6}]}"#
    )
  }

  @Test func roundTrip() {
    let record = sampleRecord()
    #expect(SessionRecord(jsonLine: Array(record.jsonLine.utf8)) == record)
    var odd = sampleRecord()
    odd.routineName = "tab\there \u{1F9D8} \\ \u{7}"
    #expect(SessionRecord(jsonLine: Array(odd.jsonLine.utf8)) == odd)
  }

  @Test func fromASummary() {
    let summary = Summary(
      routineID: "r", routineName: "R", outcome: .stopped, planned: .seconds(100),
      active: .seconds(12.3456), paused: .seconds(1),
      steps: [
        .init(
          number: 1, technique: .hold, target: "calves", side: .right, planned: .seconds(180),
          elapsed: .seconds(12.3456), outcome: .partial)
      ])
    let record = SessionRecord(
      summary, id: "x", startedAt: Timestamp(milliseconds: 0),
      endedAt: Timestamp(milliseconds: 13_346))
    #expect(record.jsonLine.contains(#""active_seconds":12.346"#))
    #expect(record.jsonLine.contains(#""side":"right""#))
    #expect(record.outcome == "stopped")
  }

  @Test func absurdSecondsMakeALineUnreadable() {
    for (key, value) in [("active_seconds", "1e300"), ("active_seconds", "-5")] {
      let line = sampleRecord().jsonLine.replacingOccurrences(
        of: "\"\(key)\":600.125", with: "\"\(key)\":\(value)")
      #expect(line != sampleRecord().jsonLine)
      #expect(SessionRecord(jsonLine: Array(line.utf8)) == nil, "\(key)=\(value)")
    }
    let step = sampleRecord().jsonLine.replacingOccurrences(
      of: "\"elapsed_seconds\":12.5", with: "\"elapsed_seconds\":9e99")
    #expect(SessionRecord(jsonLine: Array(step.utf8)) == nil)
  }

  @Test func newIDsAreVersion4UUIDs() {
    let id = SessionRecord.newID()
    #expect(id.count == 36)
    #expect(Array(id)[14] == "4")
    #expect(id != SessionRecord.newID())
  }

  @Test func timestamps() {
    #expect(Timestamp("2026-11-21T18:30:05Z")?.description == "2026-11-21T18:30:05Z")
    #expect(Timestamp("2026-11-21T18:30:05.25Z")?.description == "2026-11-21T18:30:05.250Z")
    #expect(Timestamp("2026-11-21T19:30:05+01:00") == Timestamp("2026-11-21T18:30:05Z"))
    #expect(Timestamp("1969-12-31T23:59:59Z")?.milliseconds == -1000)
    for bad in ["", "2026-11-21", "2026-13-01T00:00:00Z", "2026-11-21T18:30:05", "garbage-here-x"] {
      #expect(Timestamp(bad) == nil, "\(bad)")
    }
  }

  @Test func isoWeeksAtYearEdges() {
    #expect(CivilDate(year: 2020, month: 12, day: 31).isoWeek == (2020, 53))
    #expect(CivilDate(year: 2021, month: 1, day: 3).isoWeek == (2020, 53))
    #expect(CivilDate(year: 2021, month: 1, day: 4).isoWeek == (2021, 1))
    #expect(CivilDate(year: 2026, month: 1, day: 1).isoWeek == (2026, 1))
    #expect(CivilDate(year: 2024, month: 12, day: 30).isoWeek == (2025, 1))
    #expect(CivilDate(year: 2026, month: 11, day: 21).isoWeekday == 6)
    for days: Int64 in [-800_000, -1, 0, 1, 18_000, 20_000, 3_000_000] {
      #expect(CivilDate(daysSinceEpoch: days).daysSinceEpoch == days)
    }
  }

  @Test func parserRejectsWhatIsNotJSON() {
    for bad in [
      "", "{", "{\"a\":}", "[1,]", "{\"a\":1}x", "nul", "\"\u{1}\"", "{\"a\":\"\\q\"}", "1e999",
    ] {
      #expect(JSONParser.parse(Array(bad.utf8)) == nil, "\(bad)")
    }
    #expect(
      JSONParser.parse(Array(#"{"a":[1,2.5,-3e2,true,null,"\u00e9\ud83e\uddd8"]}"#.utf8))?["a"]?
        .array?.count == 6)
  }
}

@Suite struct SkimTests {
  @Test func streakFactsOfALine() {
    let line = Array(sampleRecord().jsonLine.utf8)
    let facts = line.withUnsafeBufferPointer { JSONSkim.streakFacts($0) }
    #expect(facts?.startedAt == Timestamp("2026-11-16T07:30:00Z"))
    #expect(facts?.didWork == true)
    let idle = sampleRecord(steps: [
      .init(
        technique: "roll", target: "calves", side: nil, plannedSeconds: 60, elapsedSeconds: 0,
        outcome: "skipped", repsTarget: nil, repsDone: nil)
    ])
    let idleFacts = Array(idle.jsonLine.utf8).withUnsafeBufferPointer { JSONSkim.streakFacts($0) }
    #expect(idleFacts?.didWork == false)
    let broken = Array("not a record".utf8).withUnsafeBufferPointer { JSONSkim.streakFacts($0) }
    #expect(broken == nil)
  }
}
