import GlideCore
import GlideSound
import Testing

/// Get-ready, left calves, switch, right calves, a hold, reps.
private let plan = Plan(
  Routine(
    id: "s", name: "S", summary: "", phase: .any,
    steps: [
      Step(.roll, target: "calves", sides: .both, duration: .seconds(60)),
      Step(.hold, target: "calves", duration: .seconds(180)),
      Step(repsOf: "Raises", target: "calves", count: 5),
    ]))

@Suite struct CueSoundTests {
  @Test func eachCueKindHasItsOwnSound() {
    #expect(plan.items.map(\.kind) == [.leadIn, .step, .switchSides, .step, .step, .step])
    let sounds: [Cue: Sound?] = [
      .itemStarted(index: 0): .stepStart,
      .itemStarted(index: 1): .go,
      .itemStarted(index: 2): .switchSides,
      .itemStarted(index: 3): .go,
      .itemStarted(index: 4): .stepStart,
      .itemStarted(index: 5): .stepStart,
      .countdown(3): .tick,
      .countdown(1): .tick,
      .halfway: .halfway,
      .sessionComplete: .sessionEnd,
      .rep(2): nil,
      .breath(.inhale): .breathIn,
      .breath(.exhale): .breathOut,
      .breath(.holdIn): .breathHoldIn,
      .breath(.holdOut): .breathHoldOut,
      .itemStarted(index: 99): nil,
    ]
    for (cue, sound) in sounds {
      #expect(Sound(cue: cue, in: plan) == sound, "\(cue)")
    }
  }

  @Test func theCueKindsSoundDifferent() {
    let kinds: [Cue] = [
      .itemStarted(index: 0), .itemStarted(index: 1), .itemStarted(index: 2), .countdown(2),
      .halfway, .sessionComplete,
    ]
    let sounds = kinds.compactMap { Sound(cue: $0, in: plan) }
    #expect(sounds.count == kinds.count)
    #expect(Set(sounds).count == kinds.count)
  }

  @Test func ofSeveralCuesAtOnceTheLastWithASoundPlays() {
    #expect(Sound.forCues([.countdown(1), .itemStarted(index: 2)], in: plan) == .switchSides)
    #expect(Sound.forCues([.itemStarted(index: 5), .sessionComplete], in: plan) == .sessionEnd)
    #expect(Sound.forCues([.halfway, .rep(3)], in: plan) == .halfway)
    #expect(Sound.forCues([.rep(3)], in: plan) == nil)
    #expect(Sound.forCues([.breath(.exhale), .countdown(2)], in: plan) == .tick)
    #expect(Sound.forCues([.breath(.exhale)], in: plan) == .breathOut)
    #expect(Sound.forCues([], in: plan) == nil)
  }
}
