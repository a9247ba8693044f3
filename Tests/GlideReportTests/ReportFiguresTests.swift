import GlideCore
import GlideLog
import Testing

@testable import GlideReport

/// 2026-03-02, a Monday.
let monday = CivilDate(year: 2026, month: 3, day: 2).daysSinceEpoch

@Suite struct ReportFiguresTests {
  @Test func sessionsMinutesAndCheckInsAreSummedPerDayAndMonth() throws {
    let records = [
      session(day: monday - 40, before: 9, after: 10),  // before the window: left out
      session(day: monday, before: 3, after: 6, reach: (8, 9.5)),
      session(day: monday, area: "glutes", rollSeconds: 240),
      session(day: monday + 2, before: 5, after: 7, reach: (9, 10.5)),
      session(day: monday + 31, rollSeconds: 60, after: 8),
      session(day: monday + 90),  // after the window
    ]
    let result = try figures(records, first: monday - 5, last: monday + 40)
    #expect(result.sessions == 4)
    #expect(result.sessionsByDay == [monday: 2, monday + 2: 1, monday + 31: 1])
    // Rolls plus a minute of reps each: 3 + 5 + 3 + 2.
    #expect(result.minutes == 13)
    let march = 2026 * 12 + 2
    #expect(result.minutesByMonth[march] == ["calves": 6, "glutes": 5])
    #expect(result.minutesByMonth[march + 1] == ["calves": 2])
    let calves = try #require(result.checkIns["calves"])
    #expect(calves.meanBefore(march) == 4)
    #expect(calves.meanAfter(march) == 6.5)
    #expect(calves.meanBefore(march + 1) == nil)
    #expect(calves.meanAfter(march + 1) == 8)
    let reach = try #require(result.checkIns["knee to wall\u{0}cm"])
    #expect(reach.label == "knee to wall (cm)")
    #expect(reach.meanAfter(march) == 10)
  }

  @Test func anAreaAskedForKeepsOnlyItsWork() throws {
    let records = [
      session(day: monday, before: 3, after: 6),
      session(day: monday + 1, area: "glutes", before: 2, after: 4),
    ]
    let result = try figures(records, first: monday, last: monday + 6, areas: ["Glutes"])
    #expect(result.sessions == 1)
    #expect(result.sessionsByDay == [monday + 1: 1])
    #expect(Array(result.checkIns.keys) == ["glutes"])
    #expect(result.minutesByMonth.values.allSatisfy { Array($0.keys) == ["glutes"] })
  }

  @Test func whatIsKeptIsBoundedByTheWindowNotTheSessions() throws {
    // Two hundred areas over ten years: the calendar keeps a year of days, and areas past
    // the limit are summed as one.
    let records = (0..<3650).map { offset in
      session(day: monday - 3650 + Int64(offset), area: "area \(offset % 200)", before: 4, after: 6)
    }
    let result = try figures(records, first: monday - 3650, last: monday)
    #expect(result.sessions == 3650)
    #expect(result.sessionsByDay.count <= 7 * 53)
    #expect(result.areaNames.count == ReportFigures.areaLimit)
    #expect(result.checkIns.count == ReportFigures.areaLimit)
    #expect(result.minutesByMonth.values.allSatisfy { $0.count <= ReportFigures.areaLimit + 1 })
    #expect(result.minutesByMonth.values.contains { $0[ReportFigures.otherAreas] != nil })
  }

  @Test func theWindowDefaultsToTheLastYearAndItsCalendarToFiftyThreeWeeks() {
    let today = CivilDate(daysSinceEpoch: monday + 3)
    let window = ReportWindow.asked(since: nil, until: nil, today: today)
    #expect(window.last == today)
    #expect(window.first.daysSinceEpoch == today.daysSinceEpoch - 364)
    #expect(window.calendarWeeks == 53)
    let long = ReportWindow.asked(
      since: CivilDate(year: 2020, month: 1, day: 1), until: nil, today: today)
    #expect(long.calendarWeeks == 53)
    #expect(long.months.count == 6 * 12 + 3)
    let swapped = ReportWindow(first: today, last: CivilDate(daysSinceEpoch: monday))
    #expect(swapped.first.daysSinceEpoch == monday)
  }
}
