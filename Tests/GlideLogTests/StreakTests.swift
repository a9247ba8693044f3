import Foundation
import GlideCore
import Testing

@testable import GlideLog

/// A log of two sessions a week (Monday and Thursday, 08:00 UTC) for the weeks `weeks`
/// back from the week of 2026-11-16 (0 is that week), skipping those in `gaps`.
private func weeklyLog(_ folder: TemporaryFolder, weeks: ClosedRange<Int>, gaps: Set<Int> = [])
  -> String
{
  let monday = CivilDate(year: 2026, month: 11, day: 16).daysSinceEpoch
  var text = ""
  for back in weeks.reversed() where !gaps.contains(back) {
    for day in [0, 3] {
      let start = Timestamp(
        milliseconds: ((monday - Int64(7 * back) + Int64(day)) * 86_400 + 28_800) * 1000)
      text +=
        sampleRecord(id: "w\(back)-\(day)", started: start.description).jsonLine + "\n"
    }
  }
  folder.write("log.jsonl", Array(text.utf8))
  return folder.file("log.jsonl")
}

@Suite struct StreakTests {
  let now = Timestamp("2026-11-18T12:00:00Z")!

  @Test func aStreakOfThousandsOfWeeksIsCountedWhole() throws {
    // About 57 years of two sessions a week, this week's already two.
    let folder = TemporaryFolder()
    var reader = try LogReader(path: weeklyLog(folder, weeks: 0...2_969))
    let stats = Stats(reader: &reader, weeks: 8, now: now, time: .fixed(seconds: 0))
    #expect(stats.streak == 2_970)
    #expect(stats.lines.contains("Streak    2970 weeks in a row with 2 or more sessions"))
  }

  @Test func aShortWeekLongAgoEndsTheStreakThere() throws {
    let folder = TemporaryFolder()
    var reader = try LogReader(path: weeklyLog(folder, weeks: 0...1_200, gaps: [700]))
    let stats = Stats(reader: &reader, weeks: 8, now: now, time: .fixed(seconds: 0))
    #expect(stats.streak == 700)
  }

  @Test func aStreakWithinTheWeeksShownIsCountedAsBefore() throws {
    let folder = TemporaryFolder()
    var reader = try LogReader(path: weeklyLog(folder, weeks: 1...30, gaps: [5]))
    let stats = Stats(reader: &reader, weeks: 12, now: now, time: .fixed(seconds: 0))
    // This week is under way with none yet: the streak is counted from last week.
    #expect(stats.streak == 4)
    var wide = try LogReader(path: weeklyLog(folder, weeks: 1...30, gaps: [20]))
    #expect(Stats(reader: &wide, weeks: 12, now: now, time: .fixed(seconds: 0)).streak == 19)
  }

  @Test func theRunningFigureJoinsTheWeeksCountedOneByOne() {
    var run = WeekRun()
    for back in 10...19 { run.add(1_000 - Int64(7 * back)) }
    let counted = Dictionary(uniqueKeysWithValues: (0...9).map { (1_000 - Int64(7 * $0), 2) })
    #expect(run.streak(from: 1_000, perWeek: counted) == 20)
    // Older weeks the walk read but did not judge still count, one by one.
    let older = counted.merging([1_000 - 7 * 20: 3, 1_000 - 7 * 21: 1]) { $1 }
    #expect(run.streak(from: 1_000, perWeek: older) == 21)
    #expect(run.streak(from: 1_000, perWeek: [:]) == 0)
  }
}
