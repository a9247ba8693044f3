import GlideCore
import Testing

@testable import GlideRender

/// The summary's counts agree in number with their nouns.
@Suite struct SummaryCountTests {
  @Test func oneOfEachReadsInTheSingular() {
    let summary = Summary(
      routineID: "one", routineName: "One", outcome: .completed, planned: .seconds(90),
      active: .seconds(90), paused: .zero,
      steps: [
        .init(
          number: 1, technique: .roll, target: "calves", side: nil, planned: .seconds(60),
          elapsed: .seconds(60), outcome: .done),
        .init(
          number: 2, technique: .reps, target: "calves", side: nil, planned: .seconds(30),
          elapsed: .seconds(30), outcome: .done, repsTarget: 8, repsDone: 8),
      ])
    let lines = SummaryText.lines(summary, week: WeekTally(sessions: 1))
    #expect(lines.contains("Active    1 of 1 passive step followed by reps"))
    #expect(lines.contains("This week 1 session (aim for 2-3)"))
    #expect(
      SummaryText.lines(summary, week: WeekTally(sessions: 2))
        .contains("This week 2 sessions (aim for 2-3)"))
    // A session of the active program's week counts that week's sessions instead.
    let program = SummaryText.lines(
      summary, week: WeekTally(sessions: 4, program: .init(number: 2, done: 1, planned: 3)))
    #expect(program.contains("Program   week 2: 1 of 3 sessions done"))
    #expect(!program.contains { $0.hasPrefix("This week") })
    #expect(
      SummaryText.lines(
        summary, week: WeekTally(sessions: 1, program: .init(number: 1, done: 1, planned: 1))
      ).contains("Program   week 1: 1 of 1 session done"))
  }

  @Test func aPauseIsShownOnlyWhenItRoundsToASecond() {
    func timeLine(paused: TimeSpan) -> String? {
      let summary = Summary(
        routineID: "one", routineName: "One", outcome: .completed, planned: .seconds(60),
        active: .seconds(60), paused: paused, steps: [])
      return SummaryText.lines(summary).first { $0.hasPrefix("Time") }
    }
    #expect(timeLine(paused: .milliseconds(300)) == "Time      1:00 active of 1:00 planned")
    #expect(
      timeLine(paused: .milliseconds(500)) == "Time      1:00 active of 1:00 planned, 0:01 paused")
  }
}
