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

  @Test func repPartsOnlyWithBreathWords() {
    let effects: [Effect] = (0..<3).map { .speak(Cue.repPart($0, of: 3).speech(in: plan)) }
    #expect(PlainNarration().lines(for: effects) == [])
    #expect(PlainNarration(breathWords: true).lines(for: effects) == ["Out", "Hold", "Back"])
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

/// The lines for what a key changed that no moment says.
@Suite struct PlainKeyNarrationTests {
  @Test func aChangedLengthSaysWhatAndTheTimeLeft() {
    let effects: [Effect] = [
      .lengthChanged(index: 1, by: .seconds(15), remaining: .seconds(75)),
      .lengthChanged(index: 1, by: .seconds(-15), remaining: .seconds(60)),
      .lengthChanged(index: 1, by: .seconds(-9), remaining: .seconds(1)),
    ]
    #expect(
      PlainNarration().lines(for: effects) == [
        "15 seconds added: 75 seconds left", "15 seconds removed: 1 minute left",
        "9 seconds removed: 1 second left",
      ])
  }

  @Test func aStepEnteredWhilePausedSaysItWaits() {
    #expect(
      PlainNarration().lines(for: [.stillPaused(index: 2)]) == ["Still paused: space resumes"])
    #expect(PlainNarration.reply(to: .stillPaused(index: 2)) == PlainNarration.stillPaused)
  }

  @Test func theQuitQuestionIsTheScreensWords() {
    #expect(
      PlainNarration().lines(for: [.askedToQuit]) == [
        "End session? y ends and saves it · n or esc goes on"
      ])
    #expect(PlainNarration.askedToQuit.hasPrefix(KeyTable.quitQuestionWords))
    #expect(PlainNarration.askedToQuit.hasSuffix(KeyTable.quitQuestionKeys))
  }

  /// "n or esc goes on": a no is said, so a person who cannot see the screen knows the
  /// session went on, and whether it is still paused.
  @Test func aNoToTheQuestionIsSaid() {
    #expect(PlainNarration().lines(for: [.quitDeclined(paused: false)]) == ["Going on"])
    #expect(
      PlainNarration().lines(for: [.quitDeclined(paused: true)]) == ["Going on, still paused"])
    #expect(KeyTable.quitQuestionKeys.hasSuffix("goes on"), "the question's own words")
  }

  /// The check-in's scale is said once, as the screen shows it, so `t` for 10 is known;
  /// each answer is read back, so a slip (1, then 0) is heard at once.
  @Test func theCheckInSaysItsScaleAndReadsEachAnswerBack() {
    #expect(
      PlainNarration().lines(for: [.checkInScale]) == [
        "Keys: 0 stiff or sore … t = 10 free · s skip"
      ])
    #expect(PlainNarration.checkInScale.contains(KeyTable.checkInScale))
    #expect(
      PlainNarration().lines(for: [
        .checkInAnswered("calves", answer: "10"), .checkInAnswered("quads", answer: nil),
        .checkInAnswered("knee to wall", answer: "8.5 cm"), .checkInEnded,
      ]) == [
        "calves: 10", "quads: skipped", "knee to wall: 8.5 cm",
        "Input ended: the rest of the check-in is skipped",
      ])
  }

  @Test func theHelpIsTheKeyTableInOneLine() {
    let session = PlainNarration().lines(for: [.helpOpened(checkIn: false)])
    #expect(session.count == 1)
    #expect(session.first?.hasPrefix("Keys: space . F5 pause / resume · n → PgDn skip") == true)
    #expect(session.first?.contains("q end the session (asks y/n)") == true)
    #expect(session.first?.contains("? h these keys") == true)
    #expect(session.first.map { !$0.contains("scroll") && !$0.contains("esc closes") } == true)
    let checkIn = PlainNarration().lines(for: [.helpOpened(checkIn: true)])
    #expect(checkIn == ["Keys: " + KeyTable.line(of: KeyTable.plain(KeyTable.checkInBindings))])
    // Nothing a screen of lines has no use for: no scrolling, no help to close.
    #expect(!checkIn[0].contains("scroll") && !checkIn[0].contains("esc closes"))
    #expect(checkIn.first?.contains("s esc skip the question") == true)
  }

  @Test func bangSaysTheScreensWarningAndWhereItDoesNothingWhatItIsFor() {
    let effects: [Effect] = [
      .easedOff(index: 1, shortenedTo: nil), .easedOff(index: 3, shortenedTo: .seconds(40)),
      .noted(.pressureIsForPassiveSteps),
    ]
    #expect(
      PlainNarration().lines(for: effects) == [
        "Ease off: lighter and slower. Heavy pressure makes the muscle guard, not release",
        "Ease off: lighter and slower. Heavy pressure makes the muscle guard, not release."
          + " 40 seconds left",
        "Nothing to ease here: ! is for a roll, hold, stretch, floss or percussion",
      ])
  }
}
