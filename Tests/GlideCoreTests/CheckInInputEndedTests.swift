import GlideCore
import Testing

/// A pipe at its end gives no keys: the rest of a check-in is skipped as `s` would skip
/// it, and none is asked after the work, so a hands-free session never waits for a key.
@Suite struct CheckInInputEndedTests {
  let plan = CheckInFixture.plan
  let test = RangeTest(name: "knee to wall", unit: "cm")

  /// The start, and the three questions before the work skipped.
  static let pastTheCheckIn: [Event] = [
    .start(at: .seconds(0)), .checkInSkip(at: .seconds(0)), .checkInSkip(at: .seconds(0)),
    .checkInSkip(at: .seconds(0)),
  ]

  func answers(before: [String: Int] = [:]) -> CheckIn {
    CheckIn(areas: ["calves", "hips"], before: before, rangeTest: test)
  }

  @Test func theInputEndingMidCheckInStartsTheWorkWithTheAnswersGiven() {
    var store = TestStore(plan)
    store.skip(.start(at: .seconds(0)), .checkInRate(6, at: .seconds(1)))
    #expect(store.state.question == CheckInFixture.question(.before, 1))
    let started = Summary(
      routineID: "check", routineName: "Check", outcome: .interrupted, planned: .seconds(7),
      active: .zero, paused: .zero,
      steps: [
        Summary.StepResult(
          number: 1, technique: .roll, target: "calves", side: nil, planned: .seconds(4),
          elapsed: .zero, outcome: .skipped),
        Summary.StepResult(
          number: 2, technique: .hold, target: "hips", side: nil, planned: .seconds(2),
          elapsed: .zero, outcome: .skipped),
      ], checkIn: answers(before: ["calves": 6]),
      running: Summary.RunningClock(step: nil, left: .seconds(1)))
    store.send(
      .inputEnded(at: .seconds(2)), effects: [.checkInEnded] + entered(0, in: plan),
      journal: started
    ) {
      $0.checkInState.inputEnded = true
      $0.question = nil
      $0.mode = .running
      $0.startedAt = .seconds(2)
      $0.clock = ItemClock(length: .seconds(1), runningSince: .seconds(2))
      $0.now = .seconds(2)
    }
  }

  @Test func theInputEndingDuringTheWorkAsksNoCheckInAfterIt() {
    var store = TestStore(plan)
    store.skip(
      .start(at: .seconds(0)), .checkInSkip(at: .seconds(0)), .checkInSkip(at: .seconds(0)),
      .checkInSkip(at: .seconds(0)))
    #expect(store.state.mode == .running)
    // Within the get-ready: nothing else happens at this instant.
    store.send(.inputEnded(at: .seconds(0.5)), effects: []) {
      $0.checkInState.inputEnded = true
      $0.now = .seconds(0.5)
    }
    store.skip(.tick(at: .seconds(30)))
    #expect(store.state.question == nil, "no question is asked that no key can answer")
    #expect(store.state.isFinished)
    #expect(store.state.summary?.outcome == .completed)
  }

  @Test func theInputEndingInTheAfterCheckInEndsTheSessionCompleted() {
    var state = SessionState(plan: plan)
    let events = Self.pastTheCheckIn + [.tick(at: .seconds(7)), .checkInRate(9, at: .seconds(8))]
    for event in events { _ = reduce(&state, event) }
    #expect(state.question == CheckInFixture.question(.after, 1))
    let effects = reduce(&state, .inputEnded(at: .seconds(9)))
    let summary = state.summary
    #expect(
      effects
        == [.checkInEnded] + cued(.sessionComplete, in: plan) + [
          .sessionEnded(.completed, index: 2, remaining: .zero)
        ] + (summary.map { [.appendLog($0)] } ?? []))
    #expect(summary?.outcome == .completed)
    #expect(summary?.checkIn?.after == ["calves": 9])
    #expect(state.question == nil)
  }

  /// `q` then the end of the input: no `y` or `n` can come, and the question is not
  /// waited on for ever; it is answered as the `q` meant, and the session is logged
  /// stopped, as a `y` would log it.
  @Test func theInputEndingWhileEndSessionIsAskedEndsItAsAYes() {
    var asked = SessionState(plan: plan)
    var answered = SessionState(plan: plan)
    let events = Self.pastTheCheckIn + [.tick(at: .seconds(3)), .requestQuit(at: .seconds(3))]
    for event in events {
      _ = reduce(&asked, event)
      _ = reduce(&answered, event)
    }
    let ended = reduce(&asked, .inputEnded(at: .seconds(4)))
    let yes = reduce(&answered, .confirmQuit(at: .seconds(4)))
    #expect(ended == [.endedForInput] + yes)
    #expect(asked.summary?.outcome == .stopped)
    #expect(asked.isFinished)
  }

  /// Space then the end of the input: no key can resume the session, so it is not left
  /// paused for ever; it ends there, logged stopped, as `q` then `y` would end it.
  @Test func theInputEndingWhilePausedEndsTheSessionAsQThenY() {
    var ended = SessionState(plan: plan)
    var quit = SessionState(plan: plan)
    let events = Self.pastTheCheckIn + [.tick(at: .seconds(3)), .togglePause(at: .seconds(3))]
    for event in events {
      _ = reduce(&ended, event)
      _ = reduce(&quit, event)
    }
    #expect(ended.mode == .paused)
    let effects = reduce(&ended, .inputEnded(at: .seconds(8)))
    _ = reduce(&quit, .requestQuit(at: .seconds(8)))
    let yes = reduce(&quit, .confirmQuit(at: .seconds(8)))
    #expect(effects == [.endedForInput] + yes)
    #expect(ended.summary == quit.summary)
    #expect(ended.summary?.outcome == .stopped)
    #expect(ended.isFinished)
  }

  /// The input ends first, then Ctrl-Z pauses the session on its way out: it is ended
  /// there too, not found paused after `fg` with no key left to resume it.
  @Test func aSuspensionAfterTheInputEndedEndsTheSession() {
    var state = SessionState(plan: plan)
    let events = Self.pastTheCheckIn + [.tick(at: .seconds(3)), .inputEnded(at: .seconds(3))]
    for event in events { _ = reduce(&state, event) }
    #expect(state.mode == .running, "a session running when the input ends runs on")
    let effects = reduce(&state, .suspend(at: .seconds(5)))
    // The session's end is logged before the process stops, not after a `fg`.
    #expect(effects.last == .suspend, "Ctrl-Z still stops the process, last")
    let logged = effects.firstIndex { if case .appendLog = $0 { true } else { false } }
    #expect(logged != nil && logged! < effects.count - 1)
    #expect(state.isFinished)
    #expect(state.summary?.outcome == .stopped)
    #expect(effects.contains { if case .sessionEnded(.stopped, _, _) = $0 { true } else { false } })
  }

  /// The input ends and the session runs on hands-free; then the process is stopped (or
  /// the machine sleeps) past its wake, which pauses it from that wake. Nobody asked for
  /// that pause, and no key can end it: it is resumed, and the session runs on.
  @Test func aStallAfterTheInputEndedResumesTheSession() {
    var state = SessionState(plan: plan, stallAfter: .seconds(2))
    let events = Self.pastTheCheckIn + [.tick(at: .seconds(1)), .inputEnded(at: .seconds(1))]
    for event in events { _ = reduce(&state, event) }
    // Stopped from the wake at 2 s to 30 s: the 28 s are a pause, not the roll's time.
    let effects = reduce(&state, .tick(at: .seconds(30)))
    #expect(effects.contains { if case .paused = $0 { true } else { false } })
    #expect(!state.isFinished)
    #expect(state.mode != .paused)
    #expect(!effects.contains(.endedForInput))
  }
}
