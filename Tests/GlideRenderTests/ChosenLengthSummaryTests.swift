import GlideCore
import GlideRender
import Testing

/// The summary measures a step against the length `+` or `-` chose for it.
@Suite struct ChosenLengthSummaryTests {
  @Test func aRollMadeLongerIsShownAgainstItsNewLength() throws {
    let plan = Plan(
      Routine(
        id: "f", name: "Feet", summary: "", phase: .any,
        steps: [Step(.roll, target: "plantar fascia", sides: .both, duration: .seconds(60))]),
      settings: Plan.Settings(leadIn: .seconds(10), countIn: .zero))
    var state = SessionState(plan: plan)
    _ = reduce(&state, .start(at: .zero))
    _ = reduce(&state, .tick(at: .seconds(10)))
    _ = reduce(&state, .extend(by: .seconds(15), at: .seconds(20)))
    _ = reduce(&state, .skip(at: .seconds(74)))
    _ = reduce(&state, .requestQuit(at: .seconds(75)))
    _ = reduce(&state, .confirmQuit(at: .seconds(75)))
    let lines = SummaryText.lines(try #require(state.summary))
    let row = try #require(lines.first { $0.contains("partial roll") }, "\(lines)")
    #expect(row.hasSuffix("1:04 of 1:15"), "\(row)")
    #expect(lines.contains { $0.hasPrefix("Time      1:15 active of 2:30 planned") }, "\(lines)")
  }
}
