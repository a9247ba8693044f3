import GlideCore
import PropertyBased
import Testing

/// Random scripts of key presses and ticks at random times, checked against the rules
/// every session must keep whatever the person does.
@Suite struct SessionPropertyTests {
  static let widths = ReadoutWidths(step: 37, session: 53, breath: 29, beat: 11)

  /// Decodes one random number into an event kind and a time step (0-40 s, ms-grained).
  static func event(_ code: Int, at now: Instant) -> Event {
    switch code % 15 {
    case 0, 1, 2: .tick(at: now)
    case 3: .togglePause(at: now)
    case 4: .skip(at: now)
    case 5: .back(at: now)
    case 6: .extend(by: .seconds(15), at: now)
    case 7: .extend(by: .seconds(-15), at: now)
    case 8, 9: .countRep(at: now)
    case 10: .requestQuit(at: now)
    case 11: .cancelQuit(at: now)
    case 12: .toggleHelp(at: now)
    case 13: .suspend(at: now)
    default: code % 97 == 0 ? .confirmQuit(at: now) : .closeOverlay(at: now)
    }
  }

  /// Runs a script, checking the invariants after every event; returns the final state.
  @discardableResult
  static func run(_ script: [Int], plan: Plan = Fixture.plan) -> SessionState {
    var state = SessionState(plan: plan)
    var now = Instant.seconds(1000)
    var effects = reduce(&state, .start(at: now))
    var journal = journaled(effects, over: nil)
    check(state, at: now)
    for code in script {
      now = now + .milliseconds(Int64(code / 15 % 40_000))
      let step = reduce(&state, event(code, at: now))
      effects += step
      journal = journaled(step, over: journal)
      check(state, at: now)
      checkWake(state, at: now)
      checkJournal(journal, of: state)
    }
    checkStory(effects, of: state)
    return state
  }

  /// The effects tell the whole story on their own, as the shell sees it: items start and
  /// end in turn, pauses and resumes alternate, and the end comes once, last but leaving.
  static func checkStory(_ effects: [Effect], of state: SessionState) {
    var current: Int?
    var paused = false
    var ended = false
    for effect in effects {
      if case .appendLog = effect { continue }
      #expect(!ended || effect == .quit || effect == .suspend, "nothing but the log after the end")
      switch effect {
      case .stepStarted(let index, _):
        #expect(current == nil, "an item starts after the last one ended")
        current = index
      case .stepEnded(let index, _, _):
        #expect(current == index, "the item that ends is the one that started")
        current = nil
      case .paused:
        #expect(!paused && current != nil)
        paused = true
      case .resumed:
        #expect(paused && current != nil)
        paused = false
      case .stillPaused(let index):
        #expect(paused && current == index, "only an item entered during a pause waits")
      case .sessionEnded(let outcome, _, _):
        #expect(current == nil, "the last item ended first")
        #expect(outcome == state.summary?.outcome)
        ended = true
      case .appendLog(let summary):
        #expect(summary == state.summary)
      default: break
      }
    }
    #expect(ended == state.isFinished)
  }

  static func check(_ state: SessionState, at now: Instant) {
    guard let startedAt = state.startedAt else { return }
    let active = state.active(at: now)
    let paused = state.paused(at: now)
    #expect(active >= .zero)
    #expect(paused >= .zero)
    if let summary = state.summary {
      #expect(summary.active + summary.paused == (state.endedAt ?? .zero) - startedAt)
      #expect(state.endedAt.map { $0 <= state.now } == true)
      #expect(summary.steps.map(\.number) == Array(1...state.plan.stepCount))
      #expect(summary.steps.allSatisfy { $0.elapsed >= .zero })
      let banked = state.records.map(\.elapsed).reduce(TimeSpan.zero, +)
      #expect(banked == summary.active, "every active second belongs to one item")
    } else {
      #expect(active + paused == now - startedAt)
      let banked = state.records.map(\.elapsed).reduce(TimeSpan.zero, +)
      #expect(banked + state.clock.elapsed(at: now) == active)
      #expect(state.clock.elapsed(at: now) >= .zero)
      if let remaining = state.clock.remaining(at: now), state.mode == .running {
        #expect(remaining > .zero, "a running item's deadline is still ahead")
      }
    }
  }

  /// What the journal holds once the run loop has written one event's effects: the last
  /// synced journal, else the first refresh (the run loop keeps a pending write over a
  /// refresh); with neither, what it held.
  static func journaled(_ effects: [Effect], over journal: Summary?) -> Summary? {
    var pending: Summary?
    for effect in effects {
      switch effect {
      case .journal(let summary): pending = summary
      case .refreshJournal(let summary): pending = pending ?? summary
      default: break
      }
    }
    return pending ?? journal
  }

  /// The journal names the clock that runs, and none while none does: a crash is credited
  /// the time from the journal's last write as that clock's, so a clock stopped or run
  /// again without a write would credit time nobody worked, or lose time worked.
  static func checkJournal(_ journal: Summary?, of state: SessionState) {
    guard !state.isFinished else { return }
    // Its time left moves with every wake and `+`; whether and which clock runs may not.
    let named = journal?.running.map { Summary.RunningClock(step: $0.step, left: nil) }
    let running = state.report(.interrupted, at: state.now).running
    #expect(
      named == running.map { Summary.RunningClock(step: $0.step, left: nil) },
      "the journal says whether, and which, clock runs in \(state.mode)")
  }

  static func checkWake(_ state: SessionState, at now: Instant) {
    guard let wake = state.nextWake(after: now, widths: widths) else {
      #expect(state.mode != .running || state.item?.isCountedReps == true)
      return
    }
    #expect(wake > now, "never in the past")
    // The loop never sleeps past the latest wake the reducer counts on: were it to, a
    // healthy loop would look to the reducer like a process stopped meanwhile.
    if let latest = state.latestWake(after: now) { #expect(wake <= latest) }
    let shown = state.readout(at: now, widths: widths)
    let gap = wake - now
    for probe in [
      TimeSpan(nanoseconds: 1), TimeSpan(nanoseconds: gap.nanoseconds / 2),
      gap - TimeSpan(nanoseconds: 1),
    ]
    where probe > .zero && probe < gap {
      #expect(
        state.readout(at: now + probe, widths: widths) == shown, "nothing changes before the wake")
    }
    #expect(state.readout(at: wake, widths: widths) != shown, "something changes at the wake")
  }

  @Test func aRunningTimedItemAlwaysHasAWakeEvenWhenAskedLate() async {
    // The run loop reads the clock after the reducer: by then the item may have ended.
    await propertyCheck(
      count: 300,
      input: Gen.int(in: 0...(15 * 40_000)).array(of: 0...40), Gen.int(in: 0...30_000)
    ) { script, lateness in
      let state = Self.run(script)
      guard state.mode == .running, let deadline = state.clock.deadline else { return }
      for asked in [
        state.now, deadline - TimeSpan(nanoseconds: 1), deadline,
        deadline + .milliseconds(Int64(lateness)),
      ] where asked >= state.now {
        let wake = state.nextWake(after: asked, widths: Self.widths)
        #expect(wake != nil, "a running timed item always has a wake")
        #expect(wake.map { $0 >= asked && $0 <= max(deadline, asked) } == true)
      }
    }
  }

  @Test func invariantsHoldOverRandomScripts() async {
    await propertyCheck(count: 300, input: Gen.int(in: 0...(15 * 40_000)).array(of: 0...60)) {
      script in
      Self.run(script)
    }
  }

  @Test func everySessionReachesTheSummary() async {
    await propertyCheck(count: 200, input: Gen.int(in: 0...(15 * 40_000)).array(of: 0...40)) {
      script in
      var state = Self.run(script)
      let endedInScript = state.summary?.outcome
      var now = state.now
      // Whatever happened, letting the time run and counting reps ends the session…
      var guardCount = 0
      while !state.isFinished, guardCount < 500 {
        guardCount += 1
        if state.mode != .running && state.mode != .paused {
          _ = reduce(&state, .cancelQuit(at: now))
        } else if state.mode == .paused {
          _ = reduce(&state, .togglePause(at: now))
        } else if state.item?.isCountedReps == true {
          _ = reduce(&state, .countRep(at: now))
        } else {
          now = state.clock.deadline ?? now
          _ = reduce(&state, .tick(at: now))
        }
      }
      #expect(state.summary?.outcome == (endedInScript ?? .completed))
      // …and so does confirming a quit, from a fresh run of the same script.
      var quitter = Self.run(script)
      let later = quitter.now + .seconds(1)
      _ = reduce(&quitter, .requestQuit(at: later))
      _ = reduce(&quitter, .confirmQuit(at: later))
      #expect(quitter.isFinished)
    }
  }

  static var pacedInParts: Step {
    var step = Step(repsOf: "Bridges", target: "hips", count: 3, tempo: .seconds(4.5))
    step.tempoPhases = [.seconds(2), .seconds(0.5), .seconds(2)]
    return step
  }

  @Test func builtinShapedPlanKeepsInvariants() async {
    let routine = Routine(
      id: "b", name: "B", summary: "", phase: .any,
      steps: [
        Step(.breathe, target: "breath", duration: .seconds(31), breath: BreathPattern("4-7-8")),
        Step(
          .stretch, target: "hips", sides: .both, duration: .seconds(17.5),
          breath: BreathPattern("5.5-5.5")),
        Step(repsOf: "Circles", target: "hips", count: 3, sides: .both, tempo: .seconds(2.5)),
        Step(.breathe, target: "breath", duration: .seconds(13), breath: BreathPattern("4-4-4-4")),
        Step(.hold, target: "hips", breaths: 2, pattern: BreathPattern("3.5-4.25")!),
        Self.pacedInParts,
      ])
    await propertyCheck(count: 200, input: Gen.int(in: 0...(15 * 40_000)).array(of: 0...50)) {
      script in
      Self.run(script, plan: Plan(routine))
    }
  }

  @Test func wakeWalkthroughSeesEveryChange() {
    // Walk a whole session wake by wake: each wake shows a new readout, and the count of
    // wakes matches what the widths imply (no busy polling).
    var state = SessionState(
      plan: Plan(
        Routine(
          id: "w", name: "W", summary: "", phase: .any,
          steps: [
            Step(.hold, target: "calves", duration: .seconds(20), breath: BreathPattern("4-6"))
          ])))
    var now = Instant.zero
    _ = reduce(&state, .start(at: now))
    var wakes = 0
    while let wake = state.nextWake(after: now, widths: ReadoutWidths(step: 10)) {
      #expect(wake > now)
      now = wake
      _ = reduce(&state, .tick(at: now))
      wakes += 1
    }
    // 10 s lead-in + 20 s hold: one wake per second (the step bar's 10 cells over 20 s
    // fall on whole seconds in the hold; in the lead-in every cell is a second).
    #expect(wakes == 30)
    #expect(state.summary?.outcome == .completed)
  }
}
