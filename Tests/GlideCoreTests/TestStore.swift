import GlideCore
import Testing

/// Sends events to a session and checks, after each, the whole state and the exact list
/// of effects, in the manner of TCA's TestStore: the test states how the state changes,
/// the store checks nothing else changed.
struct TestStore {
  /// The session; only events change it, through `send` (checked) or `skip` (not).
  private(set) var state: SessionState

  init(_ plan: Plan, stallAfter: TimeSpan? = nil) {
    state = SessionState(plan: plan, stallAfter: stallAfter)
  }

  /// Sends events whose states and effects another test checks: the session's way to a
  /// point of interest, through the reducer like any other event.
  mutating func skip(_ events: Event...) {
    for event in events { _ = reduce(&state, event) }
  }

  /// With `journal`, the expected effects end with that journal, written out, as every
  /// item change, pause and resume writes one; with `refresh`, with the unsynced refresh a
  /// wake writes every ten seconds. The expected state's `journaledAt` is then the event's
  /// instant. Expected journals are never computed with the reducer's own `report`.
  mutating func send(
    _ event: Event, effects expected: [Effect], journal: Summary? = nil, refresh: Summary? = nil,
    sourceLocation: SourceLocation = #_sourceLocation,
    _ change: (inout SessionState) -> Void = { _ in }
  ) {
    var expectedState = state
    expectedState.now = max(expectedState.now, event.instant)
    change(&expectedState)
    var expected = expected
    if let written = journal ?? refresh {
      expectedState.journaledAt = expectedState.now
      expected.append(journal != nil ? Effect.journal(written) : Effect.refreshJournal(written))
    }
    let effects = reduce(&state, event)
    #expect(
      state == expectedState,
      "state after \(event) differs in: \(differences(state, expectedState))",
      sourceLocation: sourceLocation)
    #expect(effects == expected, "effects of \(event)", sourceLocation: sourceLocation)
  }
}

extension TestStore {
  /// A session of `plan` (with a lead-in of 1 s) started at 0 s and run into its first
  /// step at 1 s, each event checked on the way; `stallAfter` as the session takes it.
  static func inFirstStep(_ plan: Plan, stallAfter: TimeSpan? = nil) -> TestStore {
    var store = TestStore(plan, stallAfter: stallAfter)
    let total = Double(plan.total.nanoseconds) / 1e9
    let lead = Double(plan.items[0].planned.nanoseconds) / 1e9
    store.send(
      .start(at: .seconds(0)), effects: entered(0, in: plan),
      journal: written(plan, planned: total, active: 0, running: (nil, lead))
    ) {
      $0.mode = .running
      $0.startedAt = .seconds(0)
      $0.clock = ItemClock(length: .seconds(1), runningSince: .seconds(0))
    }
    let first = plan.items[1]
    store.send(
      .tick(at: .seconds(1)), effects: [ended(0, .done, left: 0)] + entered(1, in: plan),
      journal: written(
        plan, planned: total, active: 1,
        running: (0, first.isTimed ? Double(first.planned.nanoseconds) / 1e9 : nil))
    ) {
      $0.records[0] = ItemRecord(elapsed: .seconds(1), outcome: .done)
      $0.index = 1
      $0.clock = ItemClock(
        length: first.isTimed ? first.planned : nil, runningSince: .seconds(1))
    }
    return store
  }
}

/// A short routine with every kind of item: a two-sided roll, reps counted by key, a hold
/// with breath pacing, and paced reps.
enum Fixture {
  static let routine = Routine(
    id: "fixture", name: "Fixture", summary: "Every kind of step", phase: .any,
    steps: [
      Step(.roll, target: "calves", sides: .both, duration: .seconds(60), cue: "Roll slowly"),
      byKey(Step(repsOf: "Calf raises", target: "calves", count: 3)),
      Step(.hold, target: "upper back", duration: .seconds(20), breath: BreathPattern("4-6")),
      Step(repsOf: "Extensions", target: "upper back", count: 2, tempo: .seconds(2)),
    ])
  static let plan = Plan(routine, settings: Plan.Settings(countIn: .zero))

  static func at(_ seconds: Double) -> Instant { .seconds(seconds) }

  /// The fixture's record, written out: every step unworked but those `steps` names (by
  /// step number: seconds and outcome), with the reps done `reps` names, the steps
  /// `flagged` names flagged, and the clock `running` names (step index, seconds left).
  static func record(
    _ outcome: Summary.Outcome = .interrupted, planned: Double = 168, active: Double,
    paused: Double = 0, steps worked: [Int: (Double, StepOutcome)] = [:], reps: [Int: Int] = [:],
    flagged: Set<Int> = [], changed: [Int: (to: Double, from: Double)] = [:],
    running: (step: Int?, left: Double?)? = nil
  ) -> Summary {
    var steps = unworked()
    for (number, length) in changed {
      steps[number - 1].planned = .seconds(length.to)
      steps[number - 1].changedFrom = .seconds(length.from)
    }
    for (number, (elapsed, outcome)) in worked {
      steps[number - 1].elapsed = .seconds(elapsed)
      steps[number - 1].outcome = outcome
    }
    for (number, done) in reps { steps[number - 1].repsDone = done }
    for number in flagged { steps[number - 1].pressureFlagged = true }
    return Summary(
      routineID: "fixture", routineName: "Fixture", outcome: outcome, planned: .seconds(planned),
      active: .seconds(active), paused: .seconds(paused), steps: steps,
      running: running.map {
        Summary.RunningClock(step: $0.step, left: $0.left.map { .seconds($0) })
      })
  }

  /// The fixture's steps as a record gives them before any work, written out.
  static func unworked() -> [Summary.StepResult] {
    [
      Summary.StepResult(
        number: 1, technique: .roll, target: "calves", side: .left, planned: .seconds(60),
        elapsed: .zero, outcome: .skipped),
      Summary.StepResult(
        number: 2, technique: .roll, target: "calves", side: .right, planned: .seconds(60),
        elapsed: .zero, outcome: .skipped),
      Summary.StepResult(
        number: 3, technique: .reps, target: "calves", side: nil, movement: "Calf raises",
        planned: .seconds(9), elapsed: .zero, outcome: .skipped, repsTarget: 3, repsDone: 0,
        repsPaced: false),
      Summary.StepResult(
        number: 4, technique: .hold, target: "upper back", side: nil, planned: .seconds(20),
        elapsed: .zero, outcome: .skipped),
      Summary.StepResult(
        number: 5, technique: .reps, target: "upper back", side: nil, movement: "Extensions",
        planned: .seconds(4), elapsed: .zero, outcome: .skipped, repsTarget: 2, repsDone: 0,
        repsPaced: true),
    ]
  }

  static func clock(_ index: Int, banked: Double = 0, since: Double?) -> ItemClock {
    let item = plan.items[index]
    return ItemClock(
      length: item.isTimed ? item.planned : nil, banked: .seconds(banked),
      runningSince: since.map { .seconds($0) })
  }
}

/// A record of `plan` written out, as a journal or the log should hold it: `planned`
/// seconds in all, every step as planned and unworked but those `steps` names (by step
/// number: seconds and outcome), with the reps done and the breaths done `reps` and
/// `breaths` name, the steps `flagged` names flagged, those `eased` names eased (to, from
/// seconds), and the clock `running` names (step index, seconds left).
func written(
  _ plan: Plan, _ outcome: Summary.Outcome = .interrupted, planned: Double, active: Double,
  paused: Double = 0, steps worked: [Int: (Double, StepOutcome)] = [:], reps: [Int: Int] = [:],
  breaths: [Int: Int] = [:], flagged: Set<Int> = [], eased: [Int: (to: Double, from: Double)] = [:],
  running: (step: Int?, left: Double?)? = nil
) -> Summary {
  var steps = plan.items.filter { $0.kind == .step }.map { item in
    let isReps = item.technique == .reps
    return Summary.StepResult(
      number: item.number, technique: item.technique, target: item.step.target, side: item.side,
      movement: item.step.movement, planned: item.planned, elapsed: .zero, outcome: .skipped,
      repsTarget: isReps ? item.step.reps : nil, repsDone: isReps ? 0 : nil,
      breathsTarget: item.step.breaths, breathsDone: item.step.breaths.map { _ in 0 },
      repsPaced: isReps ? !item.isCountedReps : nil)
  }
  for (number, (elapsed, outcome)) in worked {
    steps[number - 1].elapsed = .seconds(elapsed)
    steps[number - 1].outcome = outcome
  }
  for (number, done) in reps { steps[number - 1].repsDone = done }
  for (number, done) in breaths { steps[number - 1].breathsDone = done }
  for number in flagged { steps[number - 1].pressureFlagged = true }
  for (number, length) in eased {
    steps[number - 1].planned = .seconds(length.to)
    steps[number - 1].easedFrom = .seconds(length.from)
  }
  return Summary(
    routineID: plan.routineID, routineName: plan.routineName, outcome: outcome,
    planned: .seconds(planned), active: .seconds(active), paused: .seconds(paused), steps: steps,
    running: running.map { Summary.RunningClock(step: $0.step, left: $0.left.map { .seconds($0) }) }
  )
}

/// `step` with its reps counted by key (`tempo = "manual"`).
func byKey(_ step: Step) -> Step {
  var step = step
  step.countsByKey = true
  return step
}

/// The fields of two values that differ, as `name: actual ≠ expected`, so a failure
/// shows what changed rather than two whole states.
func differences<T>(_ actual: T, _ expected: T) -> String {
  let a = Mirror(reflecting: actual).children
  let e = Mirror(reflecting: expected).children
  return zip(a, e).compactMap { lhs, rhs in
    let l = String(describing: lhs.value)
    let r = String(describing: rhs.value)
    return l == r ? nil : "\(lhs.label ?? "?"): \(l) ≠ \(r)"
  }.joined(separator: "; ")
}

/// The effects of a cue: its ring, when it rings, and its phrase.
func cued(_ cue: Cue, in plan: Plan = Fixture.plan) -> [Effect] {
  let speech = Effect.speak(cue.speech(in: plan))
  return cue.rings ? [.ring(cue), speech] : [speech]
}

/// The effects of plan item `index` starting: the start with its length (`length`, else
/// the planned one; none for counted reps), the bell, the announcement and, for a step
/// with a cue, its cue line.
func entered(_ index: Int, in plan: Plan = Fixture.plan, length: TimeSpan? = nil) -> [Effect] {
  let item = plan.items[index]
  let remaining = item.isTimed ? (length ?? item.planned) : nil
  let cueLine =
    item.kind == .step && item.step.cue != nil ? cued(.cueLine(index: index), in: plan) : []
  // The announcement says the length the item runs for.
  let started = Cue.itemStarted(index: index)
  let announced: [Effect] = [
    .ring(started), .speak(started.speech(in: plan, length: length ?? item.planned)),
  ]
  return [.stepStarted(index: index, remaining: remaining)] + announced + cueLine
}

/// Plan item `index` ended as `outcome` with `left` seconds of its clock (nil: counted).
func ended(_ index: Int, _ outcome: StepOutcome, left: Double?) -> Effect {
  .stepEnded(index: index, outcome: outcome, remaining: left.map { .seconds($0) })
}

/// The effect of `+` or `-` changing plan item `index`'s length by `by` seconds, with
/// `left` seconds of it left.
func changed(_ index: Int, _ by: Double, left: Double) -> Effect {
  .lengthChanged(index: index, by: .seconds(by), remaining: .seconds(left))
}
