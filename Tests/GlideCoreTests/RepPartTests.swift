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

  /// The speech of part `part` of three.
  static func part(_ part: Int) -> Effect {
    .speak(Cue.repPart(part, of: 3).speech(in: plan))
  }

  /// The speech of rep `n`'s count.
  static func count(_ n: Int) -> Effect { .speak(Cue.rep(n).speech(in: plan)) }

  @Test func eachPartIsSaidOnceAndTheLastRepEndsThem() {
    var state = SessionState(plan: Self.plan)
    _ = reduce(&state, .start(at: .zero))
    let first = reduce(&state, .tick(at: .seconds(1)))
    #expect(first.contains(Self.part(0)), "the step starts with its first part")
    #expect(reduce(&state, .tick(at: .seconds(2.5))) == [])
    #expect(reduce(&state, .tick(at: .seconds(3))) == [Self.part(1)])
    #expect(reduce(&state, .tick(at: .seconds(4))) == [Self.part(2)])
    #expect(reduce(&state, .tick(at: .seconds(6))) == [Self.count(1), Self.part(0)])
    #expect(reduce(&state, .tick(at: .seconds(6.5))) == [])
    #expect(
      reduce(&state, .tick(at: .seconds(9))) == [Self.part(2)], "a late wake says the part reached")
    let end = reduce(&state, .tick(at: .seconds(11.5)))
    #expect(state.isFinished)
    #expect(!end.contains { if case .speak(let s) = $0 { s.level == .full } else { false } })
  }

  @Test func aRepCountedEarlySaysItsCountAndTheNextRepsFirstPartAtOnce() {
    var state = SessionState(plan: Self.plan)
    _ = reduce(&state, .start(at: .zero))
    _ = reduce(&state, .tick(at: .seconds(1)))
    _ = reduce(&state, .tick(at: .seconds(3)))
    #expect(reduce(&state, .countRep(at: .seconds(3.5))) == [Self.count(1), Self.part(0)])
    #expect(reduce(&state, .tick(at: .seconds(3.6))) == [])
  }
}
