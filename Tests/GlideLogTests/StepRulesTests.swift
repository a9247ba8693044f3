import GlideCore
import Testing

@testable import GlideLog

/// The follow-through rule and the side pairing are one rule each: a session's summary and
/// its log record give the same answers.
@Suite struct StepRulesTests {
  private func result(
    _ technique: Technique, _ target: String, side: Side? = nil, outcome: StepOutcome = .done,
    repsDone: Int? = nil, freedom: Int? = nil
  ) -> Summary.StepResult {
    Summary.StepResult(
      number: 1, technique: technique, target: target, side: side, planned: .seconds(60),
      elapsed: .seconds(60), outcome: outcome, repsTarget: repsDone.map { _ in 8 },
      repsDone: repsDone, freedom: freedom)
  }

  @Test func summaryAndRecordAgree() {
    let steps = [
      result(.roll, "Calves", side: .left, freedom: 2),
      result(.roll, "Calves", side: .right, freedom: 4),
      result(.hold, "upper back"),
      result(.reps, "calves", repsDone: 6),
      result(.reps, "upper back", repsDone: 0),
      result(.stretch, "hips", side: .left, freedom: 3),
      result(.hold, "hips", side: .right, freedom: 1),
    ]
    let summary = Summary(
      routineID: "r", routineName: "R", outcome: .completed, planned: .seconds(1),
      active: .seconds(1), paused: .zero, steps: steps)
    let record = SessionRecord(summary, id: "x", startedAt: .now(), endedAt: .now())
    let followed = steps.indices.map { steps.isFollowedByReps($0) }
    #expect(followed == [true, true, false, false, false, false, false])
    #expect(record.steps.indices.map { record.steps.isFollowedByReps($0) } == followed)
    #expect(summary.sideComparison.map(\.target) == ["Calves"], "a hold does not pair a stretch")
    #expect(summary.sideComparison.map(\.left) == [2])
    #expect(record.steps.sidePairs.map(\.target) == ["Calves"])
    #expect(record.steps.sidePairs.map(\.right) == [4])
  }
}
