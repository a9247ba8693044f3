import GlideCore
import Testing

@testable import GlideConfig

@Suite struct CheckInDecodingTests {
  func decode(_ top: String) -> RoutineDecoder.Result {
    RoutineDecoder.decode(
      text: "name = \"t\"\n\(top)\n[[steps]]\ntechnique = \"roll\"\ntarget = \"calves\"\n"
        + "duration = 60\n", id: "t", file: "t.toml")
  }

  @Test func checkInAndRangeTestAreRead() throws {
    let routine = try #require(
      decode("check_in = true\nrange_test = { name = \"knee to wall\", unit = \"cm\" }").routine)
    #expect(routine.checkIn)
    #expect(routine.rangeTest == RangeTest(name: "knee to wall", unit: "cm"))
    #expect(Plan(routine).checkIn == CheckInPlan(areas: ["calves"], rangeTest: routine.rangeTest))
    let plain = try #require(decode("").routine)
    #expect(!plain.checkIn)
    #expect(Plan(plain).checkIn == nil, "a routine that does not ask runs hands-free")
  }

  @Test func badCheckInKeysSayWhatAndWhere() {
    #expect(
      decode("check_in = \"yes\"").errors.map(\.description) == [
        "t.toml:2:12: error: check_in: must be true or false, not a string"
      ])
    #expect(
      decode("range_test = \"knee\"").errors.map(\.description) == [
        "t.toml:2:14: error: range_test: must be a table like { name = \"knee to wall\", unit = \"cm\" }, not a string"
      ])
    #expect(
      decode("range_test = { name = \"knee to wall\" }").errors.map(\.description) == [
        "t.toml:2:14: error: range_test: missing unit: add unit = \"cm\""
      ])
    #expect(
      decode("range_test = { name = \"knee\", unit = \"cm\", units = \"cm\" }").errors.first?
        .message == "unknown key 'units' in range_test (did you mean 'unit'?)")
    #expect(decode("range_test = { name = \"\", unit = \"cm\" }").errors.count == 1)
    #expect(decode("check_inn = true").errors.first?.message.contains("'check_in'") == true)
  }

  @Test func aRoutineWrittenBackKeepsItsCheckIn() throws {
    var routine = try #require(decode("").routine)
    routine.checkIn = true
    routine.rangeTest = RangeTest(name: "sit \"and\" reach", unit: "cm")
    let text = RoutineText.toml(routine)
    let back = try #require(RoutineDecoder.decode(text: text, id: "t", file: "t.toml").routine)
    #expect(back.checkIn)
    #expect(back.rangeTest == routine.rangeTest)
  }

  @Test func aProgramAsksEverySessionToCheckIn() throws {
    let text = BuiltinPrograms.files[0].text
    let asked = ProgramTests.decode("check_in = true\n" + text)
    let program = try #require(asked.program)
    #expect(program.checkIn)
    let week = ProgramPlanner.week(program, 1, context: ProgramTests.context)
    #expect(!week.isEmpty && week.allSatisfy { $0.routine?.checkIn == true })
    #expect(ProgramTests.decode(text).program?.checkIn == false)
    #expect(
      ProgramTests.decode("check_in = 1\n" + text).diagnostics.first?.message
        == "must be true or false")
  }

  @Test func theAnkleAndHamstringRoutinesNameTheirRangeTests() throws {
    let catalog = RoutineCatalog(configDirectory: nil)
    #expect(try catalog.routine(id: "ankle-floss").rangeTest?.name == "knee to wall")
    #expect(try catalog.routine(id: "hamstrings-low-back").rangeTest?.name == "sit and reach")
  }
}
