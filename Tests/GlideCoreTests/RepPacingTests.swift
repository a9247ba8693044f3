import GlideCore
import Testing

private func at(_ seconds: Double) -> Instant { .seconds(seconds) }

/// A 1 s lead-in, then three reps without a tempo of their own, then a 20 s roll.
private func plan(_ reps: Step, pacing: RepPacing? = nil) -> Plan {
  var routine = Routine(
    id: "r", name: "R", summary: "", phase: .any,
    steps: [reps, Step(.roll, target: "quads", duration: .seconds(20))])
  routine.repPacing = pacing
  return Plan(routine, settings: Plan.Settings(leadIn: .seconds(1)))
}

private let squats = Step(repsOf: "Squats", target: "quads", count: 3)

/// Starts `plan` at 0 s and runs its 1 s lead-in into the reps.
private func inReps(_ plan: Plan) -> TestStore { TestStore.inFirstStep(plan) }

@Suite struct RepPacingTests {
  @Test func repsWithoutATempoArePacedAtTheRoutinesOrTheDefaultTempo() {
    #expect(plan(squats).items[1].step.tempo == .seconds(3))
    #expect(plan(squats).items[1].planned == .seconds(9))
    #expect(plan(squats, pacing: .paced(.seconds(2))).items[1].step.tempo == .seconds(2))
    var own = squats
    own.tempo = .seconds(4)
    #expect(plan(own, pacing: .paced(.seconds(2))).items[1].step.tempo == .seconds(4))
    // Manual, by the step or by the routine: no tempo, no clock, planned at 3 s a rep.
    for manual in [plan(byKey(squats)), plan(squats, pacing: .byKey)] {
      #expect(manual.items[1].step.tempo == nil)
      #expect(manual.items[1].isCountedReps)
      #expect(!manual.items[1].isTimed)
      #expect(manual.items[1].planned == .seconds(9))
    }
    #expect(!plan(squats).items[1].isCountedReps)
  }

  @Test func pacedRepsCountThemselvesAndEnterCountsEarlyWithThePaceFollowing() {
    let plan = plan(squats)
    var store = inReps(plan)
    store.send(.tick(at: at(3.9)), effects: [])
    store.send(.tick(at: at(4)), effects: cued(.rep(1), in: plan)) { $0.repsDone = 1 }
    // Enter 1 s into the second rep: it counts now, and the third rep takes a whole 3 s
    // from here, so the step now ends at 8 s instead of 10 s.
    store.send(.countRep(at: at(5)), effects: cued(.rep(2), in: plan)) {
      $0.repsDone = 2
      $0.beat = SessionState.Beat(from: .seconds(4), reps: 2)
      $0.clock.length = .seconds(7)
    }
    #expect(store.state.clock.deadline == at(8))
    let widths = ReadoutWidths(beat: 3)
    #expect(store.state.readout(at: at(5), widths: widths).beatCells == 0)
    #expect(store.state.readout(at: at(6), widths: widths).beatCells == 1)
    #expect(store.state.nextWake(after: at(5), widths: widths) == at(6))
    store.send(
      .tick(at: at(8)),
      effects: cued(.rep(3), in: plan) + [ended(1, .done, left: 0)] + entered(2, in: plan),
      journal: written(
        plan, planned: 30, active: 8, steps: [1: (7, .done)], reps: [1: 3], running: (1, 20))
    ) {
      $0.repsDone = 0
      $0.beat = SessionState.Beat()
      $0.records[1] = ItemRecord(elapsed: .seconds(7), outcome: .done, repsDone: 3)
      $0.index = 2
      $0.clock = ItemClock(length: .seconds(20), runningSince: at(8))
    }
    let summary = store.state.report(.interrupted, at: at(8))
    #expect(summary.steps.map(\.repsPaced) == [true, nil])
    #expect(summary.steps[0].repsDone == 3)
  }

  @Test func theLastRepCountedByEnterEndsPacedReps() {
    let plan = plan(squats)
    var store = inReps(plan)
    store.send(.countRep(at: at(1.5)), effects: cued(.rep(1), in: plan)) {
      $0.repsDone = 1
      $0.beat = SessionState.Beat(from: .seconds(0.5), reps: 1)
      $0.clock.length = .seconds(6.5)
    }
    store.send(.countRep(at: at(2)), effects: cued(.rep(2), in: plan)) {
      $0.repsDone = 2
      $0.beat = SessionState.Beat(from: .seconds(1), reps: 2)
      $0.clock.length = .seconds(4)
    }
    store.send(
      .countRep(at: at(2.5)),
      effects: cued(.rep(3), in: plan) + [ended(1, .done, left: 0)] + entered(2, in: plan),
      journal: written(
        plan, planned: 30, active: 2.5, steps: [1: (1.5, .done)], reps: [1: 3], running: (1, 20))
    ) {
      $0.repsDone = 0
      $0.beat = SessionState.Beat()
      $0.records[1] = ItemRecord(elapsed: .seconds(1.5), outcome: .done, repsDone: 3)
      $0.index = 2
      $0.clock = ItemClock(length: .seconds(20), runningSince: at(2.5))
    }
  }

  @Test func manualRepsRingAReminderEveryTenSecondsWithoutARep() {
    let plan = plan(squats, pacing: .byKey)
    var store = inReps(plan)
    #expect(store.state.readout(at: at(1)).reminders == 0)
    #expect(store.state.nextWake(after: at(1), widths: ReadoutWidths()) == at(11))
    store.send(.tick(at: at(10.9)), effects: [])
    // Ticks at least 10 s apart also write the journal.
    // Cut off now, reps that ran 10 s were worked, though none was counted.
    store.send(
      .tick(at: at(11)), effects: cued(.countReminder, in: plan),
      refresh: written(
        plan, planned: 30, active: 11, steps: [1: (10, .partial)], running: (0, nil))
    ) {
      $0.remindersCued = 1
    }
    #expect(store.state.readout(at: at(11)).reminders == 1)
    // A rep starts the wait again.
    store.send(.countRep(at: at(15)), effects: cued(.rep(1), in: plan)) {
      $0.repsDone = 1
      $0.beat = SessionState.Beat(from: .seconds(14), reps: 1)
      $0.remindersCued = 0
    }
    store.send(
      .tick(at: at(24.9)), effects: [],
      refresh: written(
        plan, planned: 30, active: 24.9, steps: [1: (23.9, .partial)], reps: [1: 1],
        running: (0, nil)))
    store.send(.tick(at: at(25)), effects: cued(.countReminder, in: plan)) {
      $0.remindersCued = 1
    }
    store.send(
      .tick(at: at(35)), effects: cued(.countReminder, in: plan),
      refresh: written(
        plan, planned: 30, active: 35, steps: [1: (34, .partial)], reps: [1: 1],
        running: (0, nil))
    ) {
      $0.remindersCued = 2
    }
    // n ends the reminders with the step.
    store.send(
      .skip(at: at(36)), effects: [ended(1, .partial, left: nil)] + entered(2, in: plan),
      journal: written(
        plan, planned: 30, active: 36, steps: [1: (35, .partial)], reps: [1: 1], running: (1, 20))
    ) {
      $0.repsDone = 0
      $0.beat = SessionState.Beat()
      $0.remindersCued = 0
      $0.records[1] = ItemRecord(elapsed: .seconds(35), outcome: .partial, repsDone: 1)
      $0.index = 2
      $0.clock = ItemClock(length: .seconds(20), runningSince: at(36))
    }
    #expect(store.state.report(.interrupted, at: at(36)).steps[0].repsPaced == false)
    #expect(Cue.countReminder.rings)
    #expect(Cue.countReminder.phrase(in: plan) == "Press enter after each rep")
  }

  @Test func pausedManualRepsDoNotRemind() {
    var state = SessionState(plan: plan(byKey(squats)))
    _ = reduce(&state, .start(at: at(0)))
    _ = reduce(&state, .tick(at: at(1)))
    _ = reduce(&state, .togglePause(at: at(2)))
    #expect(state.nextWake(after: at(2), widths: ReadoutWidths()) == nil)
    // The only wake is the journal's heartbeat: no reminder, no cue.
    #expect(state.heartbeat == at(12))
    let effects = reduce(&state, .tick(at: at(60)))
    #expect(effects.count == 1)
    #expect(effects.allSatisfy { if case .refreshJournal = $0 { true } else { false } })
  }
}
