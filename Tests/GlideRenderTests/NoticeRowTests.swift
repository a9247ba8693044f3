import GlideCore
import Testing

@testable import GlideRender

/// The row above the keys: the answer to a key shows over the shell's notice, which comes
/// back once the answer is gone.
@Suite struct NoticeRowTests {
  @Test func aKeysAnswerShowsOverTheNoticeUntilTheStepChanges() {
    let plan = Plan(
      Routine(
        id: "reps", name: "Reps", summary: "", phase: .any,
        steps: [
          Step(repsOf: "Raises", target: "calves", count: 5, tempo: .seconds(3)),
          Step(.hold, target: "hips", duration: .seconds(30)),
        ]),
      settings: Plan.Settings(leadIn: .seconds(1), countIn: .zero))
    let warning = "1 warning about this routine: listed when the session ends"
    var state = SessionState(plan: plan)
    _ = reduce(&state, .start(at: .zero))
    _ = reduce(&state, .tick(at: .seconds(2)))
    func text(at now: Instant) -> String {
      SessionScreen.render(state, at: now, width: 80, height: 24, notice: warning).text
    }
    #expect(text(at: .seconds(2)).contains(warning))
    _ = reduce(&state, .extend(by: .seconds(15), at: .seconds(3)))
    let answer = state.note?.text ?? ""
    #expect(answer.hasPrefix("Nothing to lengthen here"))
    #expect(text(at: .seconds(3)).contains(answer), "the key's answer is seen")
    #expect(!text(at: .seconds(3)).contains(warning))
    _ = reduce(&state, .skip(at: .seconds(4)))
    #expect(text(at: .seconds(4)).contains(warning), "the notice is back")
  }
}
