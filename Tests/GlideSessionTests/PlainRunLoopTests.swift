import GlideCore
import Testing

@testable import GlideSession

/// Plain mode's lines from the run loop on fakes: every key that changes something says
/// so in a line, in the screen's own words.
@Suite struct PlainRunLoopTests {
  /// A two-sided roll of 2 s a side, then a hold of `hold` seconds.
  static func sides(hold: Double) -> Plan {
    Plan(
      Routine(
        id: "sides", name: "Sides", summary: "", phase: .any,
        steps: [
          Step(.roll, target: "calves", sides: .both, duration: .seconds(2)),
          Step(.hold, target: "hips", duration: .seconds(hold)),
        ]),
      settings: Plan.Settings(leadIn: .seconds(1), countIn: .zero))
  }

  @Test func plusHelpAndQuitEachSayALineAndTheStepIsMeasuredAtItsNewLength() {
    let rig = Rig([
      .until(4), .key(.character("+")), .key(.character("-"), after: .seconds(1)),
      .key(.character("+"), after: .seconds(1)), .key(.character("?")),
      .key(.character("?")), .key(.character("q")), .key(.character("y")),
    ])
    rig.screen.plain = true
    let end = rig.runner.run()
    #expect(
      rig.lines("plain ") == [
        "plain Get ready. First: roll, calves",
        "plain Roll, calves, 10 seconds",
        "plain 15 seconds added: 23 seconds left",
        "plain 15 seconds removed: 7 seconds left",
        "plain 15 seconds added: 21 seconds left",
        "plain Keys: " + KeyTable.line(of: KeyTable.plain(KeyTable.bindings)),
        "plain End session? y ends and saves it · n or esc goes on",
      ])
    // The roll ran 4 s of the 25 s it was made.
    let roll = end.summary?.steps.first
    #expect(roll?.planned == .seconds(25))
    #expect(roll?.changedFrom == .seconds(10))
    #expect(roll?.elapsed == .seconds(4))
  }

  @Test func backAndSkipSayTheStepTheyGoTo() {
    let rig = Rig([
      .until(4), .key(.character("n")), .key(.character("b")), .key(.character("q")),
      .key(.character("y")),
    ])
    rig.screen.plain = true
    _ = rig.runner.run()
    #expect(
      rig.lines("plain ") == [
        "plain Get ready. First: roll, calves", "plain Roll, calves, 10 seconds",
        "plain Raises, 2 reps, press enter after each", "plain Roll, calves, 10 seconds",
        "plain End session? y ends and saves it · n or esc goes on",
      ])
  }

  @Test func bangSaysEaseOffOnARollAndWhatItIsForOnReps() {
    let rig = Rig([
      .until(4), .key(.character("!")), .key(.character("n")), .key(.character("!")),
      .key(.character("q")), .key(.character("y")),
    ])
    rig.screen.plain = true
    _ = rig.runner.run()
    #expect(
      rig.lines("plain ") == [
        "plain Get ready. First: roll, calves", "plain Roll, calves, 10 seconds",
        "plain " + Pressure.easeOff, "plain Raises, 2 reps, press enter after each",
        "plain Nothing to ease here: ! is for a roll, hold, stretch, floss or percussion",
        "plain End session? y ends and saves it · n or esc goes on",
      ])
  }

  /// After both sides of a step, each side's question is printed with its keys and said
  /// by the voice, after the next step's announcement; the right side's follows the
  /// left's answer.
  @Test func theSidesQuestionIsPrintedAndSaid() {
    let plan = Self.sides(hold: 30)
    var options = Rig.options
    options.voice = true
    let rig = Rig(
      [
        .until(20), .key(.character("4")), .key(.character("2")), .key(.character("q")),
        .key(.character("y")),
      ],
      plan: plan, options: options)
    rig.screen.plain = true
    rig.processes.phrasesEnd = true
    _ = rig.runner.run()
    let left = "How free does your left calf feel? " + KeyTable.sideScale
    let right = "How free does your right calf feel? " + KeyTable.sideScale
    let plain = rig.lines("plain ")
    #expect(
      plain.suffix(4) == [
        "plain Hold, hips, 30 seconds", "plain " + left, "plain " + right,
        "plain " + PlainNarration.askedToQuit,
      ], "\(plain)")
    let said = rig.lines("say ")
    #expect(
      said.suffix(4) == [
        "say Hold, hips, 30 seconds", "say " + left, "say " + right,
        "say " + PlainNarration.askedToQuit,
      ], "\(said)")
  }

  /// With the input at its end, reps counted by enter are left, saying why, and the
  /// session runs to its end.
  @Test func countedRepsAreSkippedOnceTheInputHasEnded() {
    let rig = Rig([.end, .until(40)])
    rig.screen.plain = true
    let end = rig.runner.run()
    #expect(
      rig.lines("plain ").contains("plain " + PlainNarration.countedRepsSkipped),
      "\(rig.lines("plain "))")
    #expect(end.summary?.outcome == .completed)
  }

  /// With the input at its end no side question is asked: no key could answer it.
  @Test func noSideQuestionIsAskedOnceTheInputHasEnded() {
    let plan = Self.sides(hold: 5)
    let rig = Rig([.end, .until(40)], plan: plan)
    rig.screen.plain = true
    let end = rig.runner.run()
    #expect(!rig.lines("plain ").contains { $0.contains("How free") }, "\(rig.lines("plain "))")
    #expect(end.summary?.outcome == .completed)
  }
}
