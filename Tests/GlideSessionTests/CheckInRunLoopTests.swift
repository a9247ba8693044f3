import GlideCore
import GlideRender
import Testing

@testable import GlideSession

/// Check-ins on the fake screen: the person answers with keys, the voice asks, the clock
/// waits for them, and the log gets the answers.
@Suite struct CheckInRunLoopTests {
  /// The rig's plan (calves, then hips), checking in with a knee-to-wall test.
  static let plan: Plan = {
    var routine = Routine(
      id: "rig", name: "Rig", summary: "", phase: .any,
      steps: [
        Step(.roll, target: "calves", duration: .seconds(10)),
        Step(.hold, target: "hips", duration: .seconds(3)),
      ])
    routine.rangeTest = RangeTest(name: "knee to wall", unit: "cm")
    var settings = Plan.Settings(leadIn: .seconds(2), countIn: .zero)
    settings.checkIn = true
    return Plan(routine, settings: settings)
  }()

  @Test func keysAnswerTheCheckInsAndTheLogKeepsThem() {
    var options = Rig.options
    options.voice = true
    options.title = true
    let rig = Rig(
      [
        // Before: a minute on the floor deciding; nothing moves meanwhile.
        .key(.character("6"), after: .seconds(60)),
        .key(.character("s")),
        .key(.character("8")), .key(.character(".")), .key(.character("5")),
        .key(.backspace), .key(.character("7")), .key(.enter),
        // The session: 2 s get-ready, 10 s roll, 3 s hold.
        .until(75),
        // After: calves 9, hips 10, knee to wall 10 cm.
        .key(.character("9"), after: .seconds(5)),
        .key(.character("t")),
        .key(.character("1")), .key(.character("0")), .key(.enter),
        .key(.character("x")),
      ], plan: Self.plan, options: options)
    let end = rig.runner.run()
    let summary = end.summary
    #expect(summary?.outcome == .completed)
    #expect(rig.screen.script.isEmpty, "every key was used, the last closed the summary")
    #expect(summary?.active == .seconds(15), "the check-ins are not session time")
    #expect(
      rig.recorder.finished?.checkIn
        == CheckIn(
          areas: ["calves", "hips"], before: ["calves": 6], after: ["calves": 9, "hips": 10],
          rangeTest: RangeTest(name: "knee to wall", unit: "cm"), rangeBefore: 8.7,
          rangeAfter: 10))
    #expect(rig.lines("log") == ["log completed"])
    #expect(
      rig.recorder.journals.last?.checkIn?.after == ["calves": 9, "hips": 10],
      "a session killed during the after check-in keeps the answers given")
    let said = rig.lines("say")
    #expect(said.first == "say Check-in before you start. Rate your calves, 0 to 10")
    #expect(said.contains("say Knee to wall: type it in cm, then enter"))
    #expect(said.contains("say Check-in. Rate your calves, 0 to 10"))
    #expect(said.last == "say Session complete")
    // The get-ready starts only once the before check-in is over.
    let firstTimer = rig.transcript.frames.firstIndex { $0.text.contains("step 1 of 2") }
    let lastQuestion = rig.transcript.frames.lastIndex { $0.text.contains("Before: knee to wall") }
    #expect(firstTimer != nil && lastQuestion != nil && lastQuestion! < firstTimer!)
    let titles = rig.lines("title")
    #expect(titles.first == "title Check-in before - Glide")
    #expect(titles.contains("title Check-in after - Glide"))
    #expect(titles.last == "title Session complete - Glide")
    #expect(
      rig.transcript.frames.contains { $0.text.contains("before the session: 6") },
      "the after rating shows what was said before")
  }

  @Test func aSessionWithoutCheckInsAsksNothing() {
    let rig = Rig([.until(12), .key(.enter), .key(.enter), .until(15), .key(.character("x"))])
    let end = rig.runner.run()
    #expect(end.summary?.checkIn == nil)
    #expect(!rig.transcript.frames.contains { $0.text.contains("Check-in") })
  }

  /// A pipe at its end during the check-in before: the rest is skipped, the session runs
  /// hands-free to its end, and no check-in is asked after it; plain mode says each answer
  /// and why the questions stopped.
  @Test func anInputAtItsEndSkipsTheRestOfTheCheckIns() {
    let rig = Rig(
      [.key(.character("6"), after: .seconds(3)), .end, .until(40)], plan: Self.plan,
      options: Rig.options)
    rig.screen.plain = true
    let end = rig.runner.run()
    #expect(end.summary?.outcome == .completed)
    #expect(
      rig.recorder.finished?.checkIn
        == CheckIn(
          areas: ["calves", "hips"], before: ["calves": 6],
          rangeTest: RangeTest(name: "knee to wall", unit: "cm")))
    #expect(
      Array(rig.lines("plain").prefix(5)) == [
        "plain Check-in before you start. Rate your calves, 0 to 10",
        "plain Keys: 0 stiff or sore … t = 10 free · s skip",
        "plain calves: 6",
        "plain Rate your hips, 0 to 10",
        "plain Input ended: the rest of the check-in is skipped",
      ])
    #expect(!rig.transcript.frames.contains { $0.text.contains("After:") })
    #expect(!rig.lines("plain").contains { $0.contains("Check-in.") })
  }
}
