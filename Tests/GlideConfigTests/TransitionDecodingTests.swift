import GlideConfig
import GlideCore
import Testing

@Suite struct TransitionDecodingTests {
  func decode(_ top: String, step: String = "") -> RoutineDecoder.Result {
    RoutineDecoder.decode(
      text: "name = \"t\"\n\(top)\n[[steps]]\ntechnique = \"rest\"\ntarget = \"x\"\nduration = 5\n"
        + step, id: "t", file: "t.toml")
  }

  @Test func pausesBetweenStepsAreRead() throws {
    let routine = try #require(
      decode("get_ready = \"20s\"\nswitch_sides = 8\ntransition = \"6s\"", step: "transition = 0\n")
        .routine)
    #expect(routine.getReady == .seconds(20))
    #expect(routine.switchSides == .seconds(8))
    #expect(routine.transition == .seconds(6))
    #expect(routine.steps[0].transition == .zero)
    #expect(try #require(decode("").routine).transition == nil)
  }

  @Test func outOfRangeOrMalformedPausesNameKeyRangeAndMeaning() {
    #expect(
      decode("get_ready = \"5m\"").errors.map(\.description) == [
        "t.toml:2:13: error: get_ready: must be a length of 1s-2m, e.g. \"20s\": the get-ready "
          + "that opens the session"
      ])
    #expect(
      decode("switch_sides = 0").errors.map(\.description) == [
        "t.toml:2:16: error: switch_sides: must be a length of 1s-1m, e.g. \"10s\": the pause "
          + "between the left and the right side"
      ])
    #expect(
      decode("", step: "transition = \"soon\"\n").errors.map(\.description) == [
        "t.toml:7:14: error: step 1 (x): transition: must be a length of 0s-1m, e.g. \"10s\": "
          + "the pause to get into position before a step"
      ])
    #expect(decode("transition = -2").errors.count == 1)
    #expect(decode("transitoin = 2").errors.first?.message.contains("'transition'") == true)
  }
}
