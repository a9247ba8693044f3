import Foundation
import GlideCore
import Testing

@testable import GlideLog

/// Builds a log of sessions at given UTC times, each a roll then optionally reps.
private func log(_ folder: TemporaryFolder, _ sessions: [(String, target: String, reps: Bool)])
  -> String
{
  var text = ""
  for (index, session) in sessions.enumerated() {
    var steps: [SessionRecord.StepRecord] = [
      .init(
        technique: "roll", target: session.target, side: nil, plannedSeconds: 60,
        elapsedSeconds: 60, outcome: "done", repsTarget: nil, repsDone: nil)
    ]
    if session.reps {
      steps.append(
        .init(
          technique: "reps", target: session.target, side: nil, plannedSeconds: 30,
          elapsedSeconds: 30, outcome: "done", repsTarget: 8, repsDone: 8))
    }
    text += sampleRecord(id: "s\(index)", started: session.0, steps: steps).jsonLine + "\n"
  }
  folder.write("log.jsonl", Array(text.utf8))
  return folder.file("log.jsonl")
}

@Suite struct StatsTests {
  @Test func weeksStreakAreasAndFollowThroughAcrossAYearBoundary() throws {
    let folder = TemporaryFolder()
    // Now: Wednesday 2021-01-06 (ISO 2021-W01). Weeks: 2020-W51, W52, W53, 2021-W01.
    let path = log(
      folder,
      [
        // W51: 2
        ("2020-12-14T08:00:00Z", "calves", true), ("2020-12-16T08:00:00Z", "calves", true),
        // W52: 1
        ("2020-12-21T08:00:00Z", "quads", false),
        // W53: 2
        ("2020-12-28T08:00:00Z", "calves", true), ("2021-01-03T22:00:00Z", "quads", true),
        // W01: 2
        ("2021-01-04T00:30:00Z", "calves", true), ("2021-01-05T08:00:00Z", "calves", true),
      ])
    var reader = try LogReader(path: path)
    let stats = Stats(
      reader: &reader, weeks: 4, now: Timestamp("2021-01-06T12:00:00Z")!, time: .fixed(seconds: 0))
    #expect(stats.weeks.map(\.label) == ["2020-W51", "2020-W52", "2020-W53", "2021-W01"])
    #expect(stats.weeks.map(\.sessions) == [2, 1, 2, 2])
    #expect(stats.streak == 2)
    #expect(stats.passiveSteps == 7)
    #expect(stats.followedSteps == 6)
    #expect(stats.minutesByTarget.map(\.target) == ["calves", "quads"])
    #expect(stats.minutesByTarget.map(\.minutes) == [7.5, 2.5])
  }

  @Test func localTimeMovesSessionsAcrossWeekEdges() throws {
    let folder = TemporaryFolder()
    // Sunday 23:30 UTC is Monday 00:30 at UTC+1, but still Sunday at UTC-5.
    let path = log(
      folder, [("2026-11-15T23:30:00Z", "calves", true), ("2026-11-17T08:00:00Z", "calves", true)])
    let now = Timestamp("2026-11-18T12:00:00Z")!
    var reader = try LogReader(path: path)
    let east = Stats(reader: &reader, weeks: 2, now: now, time: .fixed(seconds: 3600))
    #expect(east.weeks.map(\.sessions) == [0, 2])
    let west = Stats(reader: &reader, weeks: 2, now: now, time: .fixed(seconds: -5 * 3600))
    #expect(west.weeks.map(\.sessions) == [1, 1])
    var counter = try LogReader(path: path)
    #expect(sessionsThisWeek(&counter, now: now, time: .fixed(seconds: 3600)) == 2)
  }

  @Test func streakCountsLastWeekWhileThisOneIsUnderWay() throws {
    let folder = TemporaryFolder()
    let path = log(
      folder,
      [
        ("2026-11-02T08:00:00Z", "calves", true), ("2026-11-04T08:00:00Z", "calves", true),
        ("2026-11-09T08:00:00Z", "calves", true), ("2026-11-11T08:00:00Z", "calves", true),
        ("2026-11-16T08:00:00Z", "calves", true),
      ])
    var reader = try LogReader(path: path)
    let stats = Stats(
      reader: &reader, weeks: 8, now: Timestamp("2026-11-18T08:00:00Z")!, time: .fixed(seconds: 0))
    #expect(stats.streak == 2)
    #expect(stats.weeks.count == 8)
    #expect(stats.lines.first == "Sessions per week (aim for 2-3)")
  }

  @Test func nudgeForRollingDaysRunningWithoutReps() throws {
    let folder = TemporaryFolder()
    let path = log(
      folder,
      [
        ("2026-11-10T08:00:00Z", "calves", false), ("2026-11-11T08:00:00Z", "calves", false),
        ("2026-11-12T08:00:00Z", "calves", false), ("2026-11-13T08:00:00Z", "quads", false),
        ("2026-11-14T08:00:00Z", "quads", true), ("2026-11-15T08:00:00Z", "quads", false),
      ])
    var reader = try LogReader(path: path)
    let stats = Stats(
      reader: &reader, weeks: 2, now: Timestamp("2026-11-16T08:00:00Z")!, time: .fixed(seconds: 0))
    #expect(stats.nudges.map(\.target) == ["calves"])
    #expect(stats.nudges.first?.days == 3)
    #expect(stats.lines.contains { $0.contains("calves rolled 3 days running") })
  }

  @Test func historyFormats() throws {
    let record = sampleRecord()
    let table = History.table([record], time: .fixed(seconds: 3600))
    #expect(table.count == 2)
    #expect(table[1].hasPrefix("2026-11-16 08:30  pre-run  completed"))
    #expect(table[1].hasSuffix("10:00     1/2   6/10"))
    #expect(
      History.csvRow(record)
        == "2026-11-16T07:30:00Z,pre-run,\"Pre-run \"\"warm-up\"\"\",completed,600.125,0.5,639,1,2,6,10"
    )
    #expect(
      History.csvHeader.split(separator: ",").count == History.csvRow(record).split(separator: ",")
        .count - 0)
  }

  @Test func historyLinesUpWideAndEscapedRoutineIDs() throws {
    var wide = sampleRecord()
    wide.routine = "ふくらはぎ"
    var control = sampleRecord()
    control.routine = "evil\u{1B}[31m"
    let table = History.table([wide, control, sampleRecord()], time: .fixed(seconds: 3600))
    // Every row's outcome starts in the same column once drawn (CJK two columns each, a
    // control character as its visible escape).
    let columns = table.dropFirst().map { row in
      String(row.prefix(upTo: row.range(of: "completed")!.lowerBound)).columns
    }
    #expect(Set(columns).count == 1)
    #expect(
      String(table[0].prefix(upTo: table[0].range(of: "outcome")!.lowerBound)).columns == columns[0]
    )
  }
}

@Suite struct SideStatsTests {
  @Test func leftRightDifferencePerTarget() throws {
    let folder = TemporaryFolder()
    func side(_ side: String, _ freedom: Int?) -> SessionRecord.StepRecord {
      .init(
        technique: "roll", target: "calves", side: side, plannedSeconds: 60, elapsedSeconds: 60,
        outcome: "done", repsTarget: nil, repsDone: nil, freedom: freedom)
    }
    let lines = [
      sampleRecord(
        id: "a", started: "2026-11-16T08:00:00Z", steps: [side("left", 4), side("right", 2)]),
      sampleRecord(
        id: "b", started: "2026-11-17T08:00:00Z", steps: [side("left", 3), side("right", 2)]),
      sampleRecord(
        id: "c", started: "2026-11-18T08:00:00Z", steps: [side("left", 3), side("right", nil)]),
    ].map { $0.jsonLine + "\n" }.joined()
    folder.write("log.jsonl", Array(lines.utf8))
    var reader = try LogReader(path: folder.file("log.jsonl"))
    let stats = Stats(
      reader: &reader, weeks: 2, now: Timestamp("2026-11-19T08:00:00Z")!, time: .fixed(seconds: 0))
    #expect(stats.sideDifference.count == 1)
    #expect(stats.sideDifference.first?.meanLeftMinusRight == 1.5)
    #expect(stats.sideDifference.first?.sessions == 2)
    #expect(stats.lines.contains("Sides     calves: left freer by 1.5 on average (2 sessions)"))
  }
}
