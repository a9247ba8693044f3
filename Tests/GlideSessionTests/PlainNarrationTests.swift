import GlideCore
import Testing

@testable import GlideSession

/// Plain mode's lines, from the effects the reducer returns.
@Suite struct PlainNarrationTests {
  let plan = Rig.plan

  @Test func aStepsAnnouncementAndItsCueShareALine() {
    let effects: [Effect] = [
      .stepStarted(index: 1, remaining: .seconds(10)),
      .speak(Speech("Roll calves, 10 seconds", priority: .announcement, whenBusy: .waits)),
      .speak(
        Speech("Roller from ankle to knee", priority: .timing, whenBusy: .waits, level: .full)),
    ]
    #expect(
      PlainNarration().lines(for: effects) == [
        "Roll calves, 10 seconds. Roller from ankle to knee"
      ])
  }

  @Test func theCountdownIsDigitsAndRepsAreCounted() {
    let effects =
      [3, 2, 1].flatMap { n -> [Effect] in
        [.ring(.countdown(n)), .speak(Cue.countdown(n).speech(in: plan))]
      } + [.speak(Cue.rep(4).speech(in: plan))]
    #expect(PlainNarration().lines(for: effects) == ["3", "2", "1", "Rep 4"])
  }

  @Test func breathPhasesOnlyWithBreathWords() {
    let effects: [Effect] = [.speak(Cue.breath(.inhale).speech(in: plan))]
    #expect(PlainNarration().lines(for: effects) == [])
    #expect(PlainNarration(breathWords: true).lines(for: effects) == ["In"])
  }

  @Test func pauseAndResumeByName() {
    let effects: [Effect] = [
      .paused(index: 1, remaining: .seconds(5)), .resumed(index: 1, remaining: .seconds(5)),
      .quit,
    ]
    #expect(PlainNarration().lines(for: effects) == ["Paused", "Resumed"])
  }

  @Test func halfwayAndTheEndAreTheVoicesWords() {
    let effects: [Effect] = [Cue.halfway, .sessionComplete].flatMap {
      [.ring($0), .speak($0.speech(in: plan))]
    }
    // The end is the summary's first line, which names the routine: said once.
    #expect(PlainNarration().lines(for: effects) == ["Halfway"])
  }
}
