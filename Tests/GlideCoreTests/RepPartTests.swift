import GlideCore
import Testing

/// A paced rep's parts are named one way, and never with the word a stopped session shows.
@Suite struct RepPartTests {
  @Test func partsAreOutHoldBackOrOutBack() {
    #expect(RepPart.names(of: 3) == "out, hold, back")
    #expect(RepPart.names(of: 2) == "out, back")
    #expect("\(RepPart.name(nil, of: 1))" == "beat")
  }

  @Test(arguments: [1, 2, 3])
  func noPartIsCalledPause(count: Int) {
    for part in [nil] + (0..<count).map(Optional.some) {
      #expect("\(RepPart.name(part, of: count))" != "pause")
    }
  }
}

/// Each part of a paced rep is cued once, as a breath phase is: said at the full voice
/// level, and printed by `--breath-words`.
@Suite struct RepPartCueTests {
  static let plan: Plan = {
    var reps = Step(repsOf: "Bridges", target: "hips", count: 2, tempo: .seconds(5))
    reps.tempoPhases = [.seconds(2), .seconds(1), .seconds(2)]
    return Plan(
      Routine(id: "r", name: "R", summary: "", phase: .any, steps: [reps]),
      settings: Plan.Settings(leadIn: .seconds(1)))
  }()

  /// The full-voice count phrases a tick at `at` seconds brings.
  static func said(_ state: inout SessionState, at seconds: Double) -> [String] {
    reduce(&state, .tick(at: .seconds(seconds))).compactMap {
      guard case .speak(let speech) = $0, speech.level == .full, speech.priority == .count
      else { return nil }
      return speech.phrase
    }
  }

  @Test func eachPartIsSaidOnceAndTheLastRepEndsThem() {
    var state = SessionState(plan: Self.plan)
    _ = reduce(&state, .start(at: .zero))
    #expect(Self.said(&state, at: 1) == ["out"], "the step starts with its first part")
    #expect(Self.said(&state, at: 2.5).isEmpty)
    #expect(Self.said(&state, at: 3) == ["hold"])
    #expect(Self.said(&state, at: 4) == ["back"])
    #expect(Self.said(&state, at: 6) == ["out"], "the second rep")
    #expect(Self.said(&state, at: 6.5).isEmpty)
    #expect(Self.said(&state, at: 9) == ["back"], "a late wake says the part it reached")
    #expect(Self.said(&state, at: 11.5).isEmpty && state.isFinished, "none after the last rep")
  }

  @Test func aRepCountedEarlyStartsAtItsFirstPart() {
    var state = SessionState(plan: Self.plan)
    _ = reduce(&state, .start(at: .zero))
    _ = Self.said(&state, at: 1)
    _ = Self.said(&state, at: 3)
    _ = reduce(&state, .countRep(at: .seconds(3.5)))
    #expect(Self.said(&state, at: 3.6) == ["out"])
  }
}
