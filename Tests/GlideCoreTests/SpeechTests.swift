import GlideCore
import Testing

private func at(_ seconds: Double) -> Instant { .seconds(seconds) }

private let routine = Routine(
  id: "v", name: "V", summary: "", phase: .any,
  steps: [
    Step(
      .hold, target: "calves", sides: .both, breaths: 2, pattern: BreathPattern("4-2-6")!,
      cue: "Let the pressure build"),
    Step(.rest, target: "rest", duration: .seconds(20)),
    Step(.breathe, target: "breath", duration: .seconds(60), breath: BreathPattern("4-6")),
    Step(repsOf: "Hip circles", target: "hips", count: 8, sides: .left, tempo: .seconds(2)),
  ])
private let plan = Plan(routine, settings: Plan.Settings(leadIn: .seconds(2)))

@Suite struct SpeechTests {
  @Test func announcementsSayTechniqueTargetSideAndAmountWithoutRepeatingAWord() {
    let phrases = plan.items.indices.map { Cue.itemStarted(index: $0).phrase(in: plan) }
    #expect(
      phrases == [
        "Get ready. First: hold, left calves",
        "Hold, left calves, 2 breaths",
        "Switch sides. Next: hold, right calves",
        "Hold, right calves, 2 breaths",
        "Rest, 20 seconds",
        "Breathe, 1 minute",
        "Hip circles, left side, 8 reps",
      ])
    #expect(Cue.cueLine(index: 1).phrase(in: plan) == "Let the pressure build")
    #expect(Cue.breath(.inhale).phrase(in: plan) == "in")
    #expect(Cue.breath(.holdIn).phrase(in: plan) == "hold")
    #expect(Cue.breath(.exhale).phrase(in: plan) == "out")
  }

  @Test func lesserCuesNeverCutOffAnAnnouncementTheyWaitOrDrop() {
    let announcement = Cue.itemStarted(index: 1).speech(in: plan)
    #expect(announcement.priority == .announcement)
    #expect(announcement.level == .basic)
    for cue in [
      Cue.countdown(2), .halfway, .rep(3), .countReminder, .breath(.inhale), .cueLine(index: 1),
    ] {
      #expect(cue.speech(in: plan).priority < announcement.priority, "\(cue)")
    }
    // Out of date later: let go. Still true later: said next.
    #expect(Cue.countdown(2).speech(in: plan).whenBusy == .drops)
    #expect(Cue.rep(3).speech(in: plan).whenBusy == .drops)
    #expect(Cue.breath(.exhale).speech(in: plan).whenBusy == .drops)
    #expect(Cue.halfway.speech(in: plan).whenBusy == .waits)
    #expect(Cue.cueLine(index: 1).speech(in: plan).whenBusy == .waits)
    #expect(Cue.sessionComplete.speech(in: plan).whenBusy == .waits)
    // The full level adds the cue line and the breath phases.
    #expect(Cue.cueLine(index: 1).speech(in: plan).level == .full)
    #expect(Cue.breath(.inhale).speech(in: plan).level == .full)
    #expect(Cue.countdown(1).speech(in: plan).level == .basic)
    #expect(Speech.Level.basic < .full)
  }

  @Test func aStepStartsWithItsAnnouncementThenItsCueLineAndBreathPhasesFollow() {
    var store = TestStore(plan)
    store.send(
      .start(at: at(0)), effects: entered(0, in: plan),
      journal: written(plan, planned: 151, active: 0, running: (nil, 2))
    ) {
      $0.mode = .running
      $0.startedAt = at(0)
      $0.clock = ItemClock(length: .seconds(2), runningSince: at(0))
    }
    store.send(
      .tick(at: at(2)),
      effects: [
        ended(0, .done, left: 0), .stepStarted(index: 1, remaining: .seconds(24)),
        .ring(.itemStarted(index: 1)),
        .speak(
          Speech("Hold, left calves, 2 breaths", priority: .announcement, whenBusy: .waits)),
        .speak(
          Speech("Let the pressure build", priority: .timing, whenBusy: .waits, level: .full)),
      ], journal: written(plan, planned: 151, active: 2, running: (0, 24))
    ) {
      $0.records[0] = ItemRecord(elapsed: .seconds(2), outcome: .done)
      $0.index = 1
      $0.clock = ItemClock(length: .seconds(24), runningSince: at(2))
    }
    // 4 s in, 2 s hold, 6 s out; the first in-breath is covered by the announcement.
    store.send(.tick(at: at(5.9)), effects: [])
    store.send(.tick(at: at(6)), effects: cued(.breath(.holdIn), in: plan)) { $0.breathCued = 1 }
    store.send(.tick(at: at(8)), effects: cued(.breath(.exhale), in: plan)) { $0.breathCued = 2 }
    store.send(
      .tick(at: at(14)), effects: cued(.breath(.inhale), in: plan),
      refresh: written(
        plan, planned: 151, active: 14, steps: [1: (12, .partial)], breaths: [1: 1],
        running: (0, 12))
    ) {
      $0.breathCued = 3
    }
    // A late wake names only the phase it lands in.
    store.send(.tick(at: at(20.5)), effects: cued(.breath(.exhale), in: plan)) {
      $0.breathCued = 5
    }
  }
}
