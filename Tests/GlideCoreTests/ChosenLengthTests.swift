import GlideCore
import Testing

/// `+` and `-` choose the step's length: from then on the step is planned, shown,
/// summed up and logged at it, as `!` does with the length it eases to.
@Suite struct ChosenLengthTests {
  /// A 1 s lead-in, then a 90 s hold.
  static let plan = Plan(
    Routine(
      id: "h", name: "H", summary: "", phase: .any,
      steps: [Step(.hold, target: "glutes", duration: .seconds(90))]),
    settings: Plan.Settings(leadIn: .seconds(1), countIn: .zero))

  @Test func plusThenBangThenMinusEachMeasureTheHoldAgainstTheLatestLength() {
    var store = TestStore.inFirstStep(Self.plan)
    store.send(.extend(by: .seconds(15), at: .seconds(10)), effects: [changed(1, 15, left: 96)]) {
      $0.clock.length = .seconds(105)
      $0.records[1].chosen = .seconds(105)
    }
    var summary = store.state.report(.interrupted, at: .seconds(10))
    #expect(summary.steps[0].planned == .seconds(105))
    #expect(summary.steps[0].changedFrom == .seconds(90))
    #expect(summary.planned == .seconds(106), "the lead-in and the hold as chosen")
    // `!` cuts a third of the 90 s left from the length chosen: 1:15 as eased.
    store.send(
      .flagPressure(at: .seconds(16)), effects: [.easedOff(index: 1, shortenedTo: .seconds(60))]
    ) {
      $0.clock.length = .seconds(75)
      $0.records[1].pressureFlagged = true
      $0.records[1].eased = .seconds(75)
      $0.records[1].chosen = nil
    }
    summary = store.state.report(.interrupted, at: .seconds(16))
    #expect(summary.steps[0].planned == .seconds(75))
    #expect(summary.steps[0].easedFrom == .seconds(90))
    #expect(summary.steps[0].changedFrom == nil)
    // A length chosen after the easing is the person's: not called eased any more.
    store.send(.extend(by: .seconds(-15), at: .seconds(20)), effects: [changed(1, -15, left: 41)]) {
      $0.clock.length = .seconds(60)
      $0.records[1].chosen = .seconds(60)
    }
    summary = store.state.report(.interrupted, at: .seconds(20))
    #expect(summary.steps[0].planned == .seconds(60))
    #expect(summary.steps[0].easedFrom == nil)
    #expect(summary.steps[0].changedFrom == .seconds(90))
    #expect(summary.steps[0].pressureFlagged)
    #expect(summary.planned == .seconds(61))
  }

  @Test func plusOnRepsCountedByKeyChangesNothingAndSaysSo() {
    let reps = Plan(
      Routine(
        id: "r", name: "R", summary: "", phase: .any,
        steps: [byKey(Step(repsOf: "Raises", target: "calves", count: 3))]),
      settings: Plan.Settings(leadIn: .seconds(1), countIn: .zero))
    var store = TestStore.inFirstStep(reps)
    store.send(
      .extend(by: .seconds(15), at: .seconds(2)), effects: [.noted(.lengthIsForTimedSteps)]
    ) {
      $0.note = .lengthIsForTimedSteps
    }
    #expect(store.state.report(.interrupted, at: .seconds(2)).steps[0].changedFrom == nil)
  }
}
