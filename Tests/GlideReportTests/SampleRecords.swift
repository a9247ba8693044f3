import Foundation
import GlideCore
import GlideLog

@testable import GlideReport

/// A session on `day` (days since 1970, 07:00 UTC): a roll and reps on `area`, and a
/// check-in when ratings are given.
func session(
  day: Int64, area: String = "calves", rollSeconds: Double = 120, before: Int? = nil,
  after: Int? = nil, reach: (Double, Double)? = nil
) -> SessionRecord {
  let start = Timestamp(milliseconds: (day * 86_400 + 7 * 3600) * 1000)
  var checkIn: CheckIn?
  if before != nil || after != nil || reach != nil {
    checkIn = CheckIn(
      areas: [area], before: before.map { [area: $0] } ?? [:],
      after: after.map { [area: $0] } ?? [:],
      rangeTest: reach.map { _ in RangeTest(name: "knee to wall", unit: "cm") },
      rangeBefore: reach?.0, rangeAfter: reach?.1)
  }
  return SessionRecord(
    id: "s\(day)-\(area)", routine: "r", routineName: "R", startedAt: start,
    endedAt: Timestamp(milliseconds: start.milliseconds + 300_000), outcome: "completed",
    plannedSeconds: 300, activeSeconds: 300, pausedSeconds: 0,
    steps: [
      .init(
        number: 1, technique: .roll, target: area, side: nil, planned: .seconds(rollSeconds),
        elapsed: .seconds(rollSeconds), outcome: .done),
      .init(
        number: 2, technique: .reps, target: area, side: nil, planned: .seconds(60),
        elapsed: .seconds(60), outcome: .done, repsTarget: 10, repsDone: 10),
    ], checkIn: checkIn)
}

/// A log file of `records` in a folder of its own.
func logFile(_ records: [SessionRecord]) -> String {
  let folder = NSTemporaryDirectory() + "glide-report-tests-\(UUID().uuidString)"
  try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
  let path = folder + "/log.jsonl"
  _ = FileManager.default.createFile(
    atPath: path, contents: Data(records.map { $0.jsonLine + "\n" }.joined().utf8))
  return path
}

/// The report figures over `records` for the days `first...last`.
func figures(
  _ records: [SessionRecord], first: Int64, last: Int64, areas: [String] = []
) throws -> ReportFigures {
  var reader = try LogReader(path: logFile(records))
  return ReportFigures(
    reader: &reader,
    window: ReportWindow(
      first: CivilDate(daysSinceEpoch: first), last: CivilDate(daysSinceEpoch: last)),
    areas: areas, time: .fixed(seconds: 0))
}
