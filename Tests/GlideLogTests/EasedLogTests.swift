import GlideCore
import PropertyBased
import Testing

@testable import GlideLog

/// The log keeps the plan as `!` eased it: each step's planned time is the eased one and
/// the length as written rides along, so a line read back is the summary the person saw.
@Suite struct EasedLogTests {
  /// A session of `steps` run from start to end with `!` at `flagged`.
  static func run(_ steps: [Step], flaggedAt flagged: Instant) -> SessionRecord? {
    let routine = Routine(id: "r", name: "R", summary: "", phase: .any, steps: steps)
    var state = SessionState(plan: Plan(routine, settings: Plan.Settings(leadIn: .seconds(10))))
    _ = reduce(&state, .start(at: .zero))
    var now = Instant.zero
    var flaggedYet = false
    while !state.isFinished {
      now = now + .seconds(1)
      _ = reduce(&state, .tick(at: now))
      if !flaggedYet && now >= flagged {
        _ = reduce(&state, .flagPressure(at: now))
        flaggedYet = true
      }
    }
    guard let summary = state.summary else { return nil }
    let start = Timestamp("2026-11-16T07:30:00Z")!
    return SessionRecord(
      summary, id: "6f1c2e1a-0000-4000-8000-000000000001", startedAt: start,
      endedAt: Timestamp(milliseconds: start.milliseconds + 600_000))
  }

  @Test func aHoldEasedByBangIsLoggedAtItsEasedLength() throws {
    let glutes = Step(.hold, target: "glutes", sides: .both, duration: .seconds(180))
    let record = try #require(Self.run([glutes], flaggedAt: .seconds(38)))
    let line = record.jsonLine
    // The right side: 2:00 as run, 3:00 as written.
    #expect(line.contains(#""side":"right","planned_seconds":120,"#))
    #expect(line.contains(#""eased_from_seconds":180"#))
    #expect(line.contains(#""pressure_flagged":true"#))
    let back = try #require(SessionRecord(jsonLine: Array(line.utf8)))
    // Seconds are written to the millisecond: the line read back writes the same line.
    #expect(back.jsonLine == line)
    #expect(back.steps.map(\.easedFrom) == record.steps.map(\.easedFrom))
    #expect(back.steps.last?.planned == .seconds(120))
    #expect(back.steps.last?.easedFrom == .seconds(180))
    // The session's planned time is the eased plan's, which the session took.
    #expect(back.plannedSeconds == back.activeSeconds)
  }

  @Test func afterAnyBangTheLogReadsBackTheSummaryAsRun() async {
    let techniques: [Technique] = [.hold, .hold, .roll, .stretch]
    await propertyCheck(
      count: 60, input: Gen.int(in: 0...1000).array(of: 1...4), Gen.int(in: 0...900)
    ) { codes, when in
      let steps = codes.map { code in
        Step(
          techniques[code % 4], target: code / 4 % 2 == 0 ? "glutes" : "calves",
          sides: code / 8 % 2 == 0 ? .both : .none,
          duration: .seconds(code / 16 % 2 == 0 ? 90 : 180))
      }
      guard let record = Self.run(steps, flaggedAt: .seconds(Double(when))) else { return }
      let back = SessionRecord(jsonLine: Array(record.jsonLine.utf8))
      #expect(back?.jsonLine == record.jsonLine)
      #expect(back?.steps.map(\.easedFrom) == record.steps.map(\.easedFrom))
      #expect(abs(record.plannedSeconds - record.activeSeconds) < 0.001)
      for step in record.steps {
        if let written = step.easedFrom { #expect(step.planned < written) }
      }
    }
  }
}
