import GlideConfig
import GlideCore
import GlideRender
import Testing

@Suite struct RoundDecodingTests {
  static let head =
    "name = \"R\"\n[[steps]]\ntechnique = \"breathe\"\ntarget = \"breath\"\nduration = \"30s\"\n"
  static let roundSteps = """
    [[steps.round]]
    technique = "roll"
    target = "calves"
    sides = "both"
    duration = "90s"
    [[steps.round]]
    technique = "reps"
    target = "calves"
    movement = "Calf raises"
    reps = 8
    tempo = "2s"

    """

  func decode(_ text: String) -> RoutineDecoder.Result {
    RoutineDecoder.decode(text: text, id: "r", file: "r.toml")
  }

  @Test func aRoundDecodesIntoStepsAndARound() throws {
    let result = decode(Self.head + "[[steps]]\ntimes = 3\nrest = \"20s\"\n" + Self.roundSteps)
    #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
    let routine = try #require(result.routine)
    #expect(routine.steps.map(\.technique) == [.breathe, .roll, .reps])
    #expect(routine.rounds == [Round(steps: 1..<3, times: 3, rest: .seconds(20))])
    #expect(Plan(routine).stepCount == 1 + 3 * 3 + 2)
  }

  @Test func badTimesAreErrors() {
    let cases: [(String, String)] = [
      (
        "times = 1",
        "r.toml:7:9: error: step 2 (round): times: 1 is outside 2-20 (a round runs at least twice; for once, write plain [[steps]])"
      ),
      (
        "times = 50",
        "r.toml:7:9: error: step 2 (round): times: 50 is outside 2-20 (a round runs at least twice; for once, write plain [[steps]])"
      ),
      (
        "times = \"2\"",
        "r.toml:7:9: error: step 2 (round): times: must be a whole number, not a string"
      ),
      (
        "times = 2.5",
        "r.toml:7:9: error: step 2 (round): times: must be a whole number, not a number"
      ),
      (
        "rest = \"20s\"",
        "r.toml:6:1: error: step 2 (round): times: missing: how many times the round runs (2-20)"
      ),
      (
        "times = 2\nrest = \"forever\"",
        "r.toml:8:8: error: step 2 (round): rest: 'forever' is not a length: write \"90s\", \"2m\", \"1m30s\" or a number of seconds"
      ),
      ("times = 2\nrepeat = 3", "r.toml:8:1: error: step 2 (round): repeat: unknown key"),
    ]
    for (keys, expected) in cases {
      let result = decode(Self.head + "[[steps]]\n" + keys + "\n" + Self.roundSteps)
      #expect(result.routine == nil, "\(keys)")
      #expect(result.errors.map(\.description) == [expected], "\(keys)")
    }
    let empty = decode(Self.head + "[[steps]]\ntimes = 2\n")
    #expect(
      empty.errors.map(\.description) == [
        "r.toml:6:1: error: step 2 (round): a round needs its steps: add [[steps.round]] tables after it"
      ])
  }

  @Test func stepsInRoundsAreCheckedAndNumberedAsShowNumbersThem() {
    // Step 2 (left calves) and 3 (right) are the roll, 4 the reps; the round runs twice,
    // so the step after it is number 8.
    let result = decode(
      Self.head + "[[steps]]\ntimes = 2\n" + """
        [[steps.round]]
        technique = "roll"
        target = "calves"
        sides = "both"
        duration = "20s"
        [[steps.round]]
        technique = "reps"
        target = "calves"
        movement = "Calf raises"
        reps = 30
        tempo = "2s"
        [[steps]]
        technique = "hold"
        target = "quads"
        duration = "3m"
        breath = "4-6"
        """)
    #expect(result.routine != nil)
    #expect(
      result.warnings.map(\.description) == [
        "r.toml:12:12: warning: step 2 (calves): duration: a roll of 0:20 is outside 1-2 minutes per muscle group (longer adds little, shorter does little)",
        "r.toml:17:8: warning: step 4 (calves): reps: 30 reps is outside 5-10 (enough to use the new range, not to tire)",
        "r.toml:20:13: warning: step 8 (quads): technique: no reps step for 'quads' follows this hold (freed range goes unused without active reps)",
      ])
    let error = decode(
      Self.head
        + "[[steps]]\ntimes = 2\n[[steps.round]]\ntechnique = \"rol\"\ntarget = \"calves\"\nduration = \"1m\"\n"
    )
    #expect(
      error.errors.map(\.description) == [
        "r.toml:9:13: error: step 2 (calves): technique: unknown technique 'rol'; did you mean 'roll'? known techniques: roll, hold, stretch, floss, percussion, breathe, reps, rest"
      ])
  }

  @Test func theScreenSaysWhichRound() throws {
    let routine = try #require(
      decode(Self.head + "[[steps]]\ntimes = 3\n" + Self.roundSteps).routine)
    var state = SessionState(plan: Plan(routine))
    _ = reduce(&state, .start(at: .zero))
    // Lead-in, breathe, then round 1 (left, switch, right, reps); the next is round 2.
    for _ in 0..<6 { _ = reduce(&state, .skip(at: .zero)) }
    let frame = SessionScreen.render(state, at: .seconds(1), width: 80, height: 24)
    #expect(frame.text.contains("ROLL · left calves · round 2 of 3"), "\(frame.text)")
    #expect(frame.text.contains("step 5 of 10"))
  }
}

@Suite struct RoundTextTests {
  @Test func aRoutineWithRoundsIsWrittenBackUnchanged() throws {
    let text =
      RoundDecodingTests.head + "[[steps]]\ntimes = 2\nrest = \"15s\"\n"
      + RoundDecodingTests.roundSteps
      + "[[steps]]\ntechnique = \"breathe\"\ntarget = \"breath\"\nduration = \"1m\"\n"
    let routine = try #require(
      RoutineDecoder.decode(text: text, id: "r", file: "r.toml").routine)
    let again = RoutineDecoder.decode(text: RoutineText.toml(routine), id: "r", file: "again")
    #expect(again.routine == routine, "\(RoutineText.toml(routine))")
  }
}
