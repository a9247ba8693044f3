import GlideCore
import Testing

@testable import GlideRender

/// The loop wakes only when the picture changes: once per digit on a plain countdown.
@Suite struct WakeTests {
  private func started(_ step: Step) -> SessionState {
    var state = SessionState(
      plan: Plan(Routine(id: "w", name: "W", summary: "", phase: .any, steps: [step])))
    _ = reduce(&state, .start(at: .zero))
    _ = reduce(&state, .skip(at: .zero))
    return state
  }

  @Test(arguments: [(80, 24), (40, 12), (200, 60)])
  func aCountdownWakesOncePerVisibleSecond(width: Int, height: Int) {
    var state = started(Step(.roll, target: "calves", duration: .seconds(600)))
    let widths = SessionScreen.widths(width: width, height: height)
    var now = Instant.zero
    var shown = SessionScreen.render(state, at: now, width: width, height: height)
    var wakes = 0
    while let wake = state.nextWake(after: now, widths: widths), wake <= .seconds(60) {
      now = wake
      _ = reduce(&state, .tick(at: now))
      let frame = SessionScreen.render(state, at: now, width: width, height: height)
      #expect(frame != shown, "a wake at \(now) changes nothing on screen")
      shown = frame
      wakes += 1
    }
    #expect(wakes == 60)
  }

  @Test func barsMoveOnlyWithTheDigits() {
    let state = started(Step(.roll, target: "calves", duration: .seconds(90)))
    let widths = SessionScreen.widths(width: 80, height: 24)
    for second in 0..<90 {
      let start = state.readout(at: .seconds(Double(second)), widths: widths)
      let late = state.readout(at: .seconds(Double(second) + 0.999), widths: widths)
      #expect(start == late, "the readout moved within second \(second)")
    }
    let end = state.readout(at: .seconds(89.5), widths: widths)
    #expect(end.stepCells == widths.step * 89 / 90)
  }
}
