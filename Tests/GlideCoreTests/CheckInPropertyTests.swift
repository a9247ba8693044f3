import GlideCore
import PropertyBased
import Testing

/// Random scripts of session keys and check-in answers on a session that checks in: the
/// check-ins never count as session time, and every session still reaches its summary.
@Suite struct CheckInPropertyTests {
  /// Decodes one random number into a check-in answer, else a session event.
  static func event(_ code: Int, at now: Instant) -> Event {
    switch code % 24 {
    case 15, 16: .checkInRate(code % 12, at: now)
    case 17: .checkInSkip(at: now)
    case 18, 19: .checkInType(Array("0123456789.x")[code % 12], at: now)
    case 20: .checkInErase(at: now)
    case 21, 22: .checkInEnter(at: now)
    case 23: .tick(at: now)
    default: SessionPropertyTests.event(code, at: now)
    }
  }

  static func check(_ state: SessionState, at now: Instant) {
    guard state.question?.when == .after, let startedAt = state.startedAt,
      let workEnd = state.endedAt
    else {
      SessionPropertyTests.check(state, at: now)
      return
    }
    // Asked with the work over: the session's time stopped at the last step's end.
    let banked = state.records.map(\.elapsed).reduce(TimeSpan.zero, +)
    #expect(state.active(at: now) == banked)
    #expect(state.active(at: now) + state.paused(at: now) == workEnd - startedAt)
    #expect(state.nextWake(after: now, widths: SessionPropertyTests.widths) == nil)
  }

  @Test func checkInsNeverCountAsSessionTime() async {
    await propertyCheck(count: 300, input: Gen.int(in: 0...(24 * 40_000)).array(of: 0...80)) {
      script in
      var state = SessionState(plan: CheckInFixture.plan)
      var now = Instant.seconds(1000)
      _ = reduce(&state, .start(at: now))
      for code in script {
        now = now + .milliseconds(Int64(code / 24 % 40_000))
        let wasAsking = state.question != nil
        let active = state.active(at: now)
        _ = reduce(&state, Self.event(code, at: now))
        if wasAsking && state.question != nil {
          #expect(state.active(at: now) == active, "no answer moves the session's clock")
        }
        Self.check(state, at: now)
        if let typed = state.question?.typed {
          #expect(typed.count <= RangeTest.maxTyped)
          #expect(typed.filter { $0 == "." }.count <= 1)
        }
      }
      // Skipping every question and letting time run always ends in the summary.
      var guardCount = 0
      while !state.isFinished, guardCount < 500 {
        guardCount += 1
        switch state.mode {
        case .checkingIn: _ = reduce(&state, .checkInSkip(at: now))
        case .paused: _ = reduce(&state, .togglePause(at: now))
        case .running:
          if state.item?.isCountedReps == true {
            _ = reduce(&state, .countRep(at: now))
          } else {
            now = state.clock.deadline ?? now
            _ = reduce(&state, .tick(at: now))
          }
        default: _ = reduce(&state, .cancelQuit(at: now))
        }
      }
      #expect(state.isFinished)
      if let summary = state.summary, let startedAt = state.startedAt {
        #expect(summary.active + summary.paused == (state.endedAt ?? now) - startedAt)
      }
    }
  }
}
