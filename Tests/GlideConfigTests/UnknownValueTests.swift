import GlideCore
import Testing

@testable import GlideConfig

/// A routine, program or config file's unknown value is one line: its place, what, the
/// nearest known value when one is near, and every known value.
@Suite struct UnknownValueTests {
  static let phases = "known phases: warm-up, recovery, break, any"

  @Test func theOneShapeNamesTheNearestWhenOneIsNear() {
    #expect(
      Suggestion.unknownName("phase", "warmup", known: ["warm-up", "break"])
        == "unknown phase 'warmup'; did you mean 'warm-up'? known phases: warm-up, break")
    #expect(
      Suggestion.unknownName("sides", "both-ways", known: ["none", "both"], plural: "sides")
        == "unknown sides 'both-ways'; known sides: none, both")
  }

  @Test func aProgramSessionsUnknownRoutineOrPurposeNamesTheNearest() {
    let result = ProgramTests.decode(
      """
      name = "Mine"
      [[sessions]]
      routine = "desk-rest"
      [[sessions]]
      areas = ["calves"]
      purpose = "warmup"
      [[weeks]]
      """)
    let lines = result.diagnostics.map(\.description)
    let routines = BuiltinRoutines.files.map(\.id).joined(separator: ", ")
    #expect(
      lines == [
        "mine.toml:3:11: error: session 1: routine: unknown routine 'desk-rest'; "
          + "did you mean 'desk-reset'? known routines: \(routines)",
        "mine.toml:6:11: error: session 2: purpose: unknown purpose 'warmup'; "
          + "did you mean 'warm-up'? known purposes: warm-up, recovery, break, any",
      ])
  }

  @Test func aPlannedSessionWhoseRoutineWentMissingNamesTheNearest() throws {
    let program = try #require(
      ProgramTests.decode("name = \"Mine\"\n[[sessions]]\nroutine = \"desk-reset\"\n[[weeks]]\n")
        .program)
    let gone = ProgramDecoder.Context(
      routine: { _ in nil }, routineIDs: ["desk-rest", "pre-run"], library: Library.builtin)
    #expect(
      ProgramPlanner.week(program, 1, context: gone).map(\.problem) == [
        "unknown routine 'desk-reset'; did you mean 'desk-rest'? known routines: desk-rest, pre-run"
      ])
  }

  @Test func aRoutinesUnknownPhaseOrTechniqueNamesTheNearest() {
    let result = RoutineDecoder.decode(
      text: """
        name = "R"
        phase = "warmup"
        [[steps]]
        target = "calves"
        technique = "rol"
        duration = "1m"
        """, id: "r", file: "r.toml")
    #expect(
      result.diagnostics.map(\.description) == [
        "r.toml:2:9: error: phase: unknown phase 'warmup'; did you mean 'warm-up'? \(Self.phases)",
        "r.toml:5:13: error: step 1 (calves): technique: unknown technique 'rol'; "
          + "did you mean 'roll'? known techniques: "
          + "roll, hold, stretch, floss, percussion, breathe, reps, rest",
      ])
  }

  @Test func aConfigChoiceIsSaidAsAFlagsChoiceIs() {
    let result = SettingsDecoder.decode(text: "sound = \"beep\"\nsummary = 3\n", file: "c.toml")
    #expect(
      result.errors.map(\.description) == [
        "c.toml:1:9: error: sound: unknown value 'beep'; did you mean 'bell'? "
          + "known values: tones, bell, off",
        "c.toml:2:11: error: summary: unknown value '3'; known values: wait, print, none",
      ])
  }
}
