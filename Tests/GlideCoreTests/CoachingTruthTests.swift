import GlideCore
import Testing

private func at(_ seconds: Double) -> Instant { .seconds(seconds) }

private let plan = Plan(
  Routine(
    id: "c", name: "C", summary: "", phase: .any,
    steps: [
      Step(.hold, target: "calves", breaths: 3, pattern: BreathPattern("4-6")!),
      Step(.stretch, target: "hip flexors", sides: .both, duration: .seconds(60)),
      Step(repsOf: "Bridges", target: "hip flexors", count: 5),
    ]),
  settings: Plan.Settings(leadIn: .seconds(1), countIn: .zero))

/// In the 30 s breath-counted hold, 1 s after the 1 s lead-in.
private func inHold() -> TestStore {
  var store = TestStore(plan)
  store.skip(.start(at: at(0)))
  store.skip(.tick(at: at(1)))
  return store
}

@Suite struct CoachingTruthTests {
  @Test func plusAndMinusOnABreathCountedStepAddOrRemoveWholeBreaths() {
    var store = inHold()
    store.send(.extend(by: .seconds(15), at: at(2)), effects: [changed(1, 10, left: 39)]) {
      $0.records[1].breaths = 4
      $0.records[1].chosen = .seconds(40)
      $0.clock.length = .seconds(40)
    }
    #expect(store.state.readout(at: at(2)).breath?.of == 4)
    #expect(store.state.readout(at: at(2)).remainingSeconds == 39)
    for (time, breaths) in [(3.0, 3), (3.5, 2), (4.0, 1)] {
      let length = 10 * Double(breaths)
      store.send(
        .extend(by: .seconds(-15), at: at(time)),
        effects: [changed(1, -10, left: length - (time - 1))]
      ) {
        $0.records[1].breaths = breaths
        $0.records[1].chosen = .seconds(length)
        $0.clock.length = .seconds(length)
      }
    }
    // Never below the breath under way.
    store.send(.extend(by: .seconds(-15), at: at(4.5)), effects: [])
    store.send(.extend(by: .seconds(15), at: at(4.9)), effects: [changed(1, 10, left: 16.1)]) {
      $0.records[1].breaths = 2
      $0.records[1].chosen = .seconds(20)
      $0.clock.length = .seconds(20)
    }
    #expect(store.state.readout(at: at(4.9)).breath?.of == 2)
    let summary = store.state.report(.interrupted, at: at(21))
    #expect(summary.steps[0].breathsTarget == 2)
    #expect(summary.steps[0].breathsDone == 2)
    // Measured against the breaths chosen, at their length.
    #expect(summary.steps[0].planned == .seconds(20))
    #expect(summary.steps[0].changedFrom == .seconds(30))
  }

  @Test func bangOnAStretchEasesItAndElsewhereSaysWhatItIsFor() {
    var store = inHold()
    store.skip(.skip(at: at(2)))
    #expect(store.state.item?.technique == .stretch)
    store.send(.flagPressure(at: at(3)), effects: [.easedOff(index: 2, shortenedTo: nil)]) {
      $0.records[2].pressureFlagged = true
    }
    #expect(store.state.clock.length == .seconds(60), "a stretch is eased, not shortened")
    var lead = TestStore(plan)
    lead.skip(.start(at: at(0)))
    lead.send(.flagPressure(at: at(0.5)), effects: [.noted(.pressureIsForPassiveSteps)]) {
      $0.note = .pressureIsForPassiveSteps
    }
    #expect(
      SessionState.Note.pressureIsForPassiveSteps.text.contains(
        "roll, hold, stretch, floss or percussion"))
  }

  @Test func theSideRatingReadsNaturallyAndIsNotAskedWhenBothSidesWereSkipped() {
    var worked = SessionState(plan: plan)
    _ = reduce(&worked, .start(at: at(0)))
    _ = reduce(&worked, .skip(at: at(0)))  // lead-in
    _ = reduce(&worked, .skip(at: at(0)))  // hold
    _ = reduce(&worked, .skip(at: at(10)))  // left side, worked 10 s
    _ = reduce(&worked, .skip(at: at(10)))  // switch
    _ = reduce(&worked, .skip(at: at(10)))  // right side, skipped
    #expect(worked.rating?.question(in: plan) == "How free does your left hip flexor feel?")

    var skipped = SessionState(plan: plan)
    _ = reduce(&skipped, .start(at: at(0)))
    for _ in 0..<5 { _ = reduce(&skipped, .skip(at: at(0))) }
    #expect(skipped.item?.technique == .reps)
    #expect(skipped.rating == nil)

    let calves = Plan(
      Routine(
        id: "s", name: "S", summary: "", phase: .any,
        steps: [Step(.roll, target: "calves", sides: .both, duration: .seconds(60))]))
    let request = SessionState.RatingRequest(left: 1, right: 3, asking: .right)
    #expect(request.question(in: calves) == "How free does your right calf feel?")
  }
}
