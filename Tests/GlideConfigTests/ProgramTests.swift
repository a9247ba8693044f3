import GlideCore
import PropertyBased
import Testing

@testable import GlideConfig

@Suite struct ProgramTests {
  static let context = ProgramDecoder.Context.builtin

  static func decode(_ text: String) -> ProgramDecoder.Result {
    ProgramDecoder.decode(
      bytes: Array(text.utf8), id: "mine", file: "mine.toml", context: context)
  }

  static func builtins() -> [Program] {
    BuiltinPrograms.files.compactMap {
      decode($0.text).program.map { program in
        var program = program
        program.id = "x"
        return program
      }
    }
  }

  @Test func theBuiltinProgramsDecodeWithNoErrorOrWarning() {
    #expect(BuiltinPrograms.files.map(\.id) == ["runners-legs", "desk-back", "plantar-ankle"])
    for file in BuiltinPrograms.files {
      let result = Self.decode(file.text)
      #expect(result.diagnostics.isEmpty, "\(file.id): \(result.diagnostics.map(\.description))")
      let program = try! #require(result.program)
      #expect((4...6).contains(program.weeks.count), "\(file.id)")
      #expect(Evidence.sessionsPerWeek.contains(program.sessions.count), "\(file.id)")
      #expect(program.restDays >= 1)
    }
  }

  /// Each week of each built-in: every session planned, within the evidence ranges, and
  /// no easier than the same session the week before.
  @Test func everyWeekIsWithinTheEvidenceAndNotEasierThanTheLast() throws {
    for program in Self.builtins() {
      var previous: [Routine]?
      var grew = false
      for week in 1...program.weeks.count {
        let planned = ProgramPlanner.week(program, week, context: Self.context)
        let routines = try planned.map { try #require($0.routine, "\($0.problem ?? "")") }
        for routine in routines {
          #expect(routine.evidenceWarnings.isEmpty, "\(routine.id): \(routine.evidenceWarnings)")
          #expect(routine.id.hasPrefix("x-w\(week)-s"))
        }
        if let previous {
          for (before, after) in zip(previous, routines) {
            #expect(Plan(after).total >= Plan(before).total, "\(after.id) is shorter")
            // The closing breath of a built session fills spare time; it is not an area.
            func areas(_ routine: Routine) -> Set<String> {
              Set(routine.steps.filter { $0.technique != .breathe }.map(\.target))
            }
            #expect(areas(before).isSubset(of: areas(after)), "\(after.id)")
            if before.steps.count == after.steps.count {
              for (a, b) in zip(before.steps, after.steps) {
                #expect((b.duration ?? .zero) >= (a.duration ?? .zero), "\(after.id)")
                #expect((b.reps ?? 0) >= (a.reps ?? 0), "\(after.id)")
                #expect((b.tempo ?? .zero) >= (a.tempo ?? .zero), "\(after.id)")
              }
            }
            if after != before.renamed(after) { grew = true }
          }
        }
        previous = routines
      }
      #expect(grew, "\(program.name) never progresses")
    }
  }

  /// Random programs of built-in routines and random weekly amounts within what a file
  /// may say: every week stays within the evidence ranges the routine met, and no step
  /// gets shorter, fewer or faster from one week to the next.
  @Test func randomProgressionsNeverEaseOrLeaveTheRanges() async {
    let routines = BuiltinRoutines.all
    await propertyCheck(
      count: 200,
      input: Gen.int(in: 0...(routines.count - 1)), Gen.int(in: 0...120),
      Gen.int(in: 0...5), Gen.int(in: 0...6)
    ) { pick, hold, reps, halfSeconds in
      var week = Program.Week(name: "more")
      week.progression.holdSeconds = Double(hold)
      week.progression.reps = reps
      week.progression.tempoSeconds = Double(halfSeconds) / 2
      let program = Program(
        id: "r", name: "R", summary: "", sessions: [.routine(routines[pick].id)],
        weeks: [Program.Week(name: "base"), week, week, week, week])
      var previous = routines[pick]
      for number in 1...program.weeks.count {
        let routine = ProgramPlanner.week(program, number, context: Self.context)[0].routine!
        #expect(routine.evidenceWarnings.count <= routines[pick].evidenceWarnings.count)
        #expect(Plan(routine).total >= Plan(previous).total)
        for (before, after) in zip(previous.steps, routine.steps) {
          #expect((after.duration ?? .zero) >= (before.duration ?? .zero))
          #expect((after.reps ?? 0) >= (before.reps ?? 0))
          #expect((after.tempo ?? .zero) >= (before.tempo ?? .zero))
          if after.technique == .hold, let seconds = after.duration?.seconds,
            (before.duration?.seconds ?? 0) <= Evidence.holdSeconds.upperBound
          {
            #expect(Evidence.holdSeconds.upperBound >= seconds)
          }
          if let count = after.reps, (before.reps ?? 0) <= Evidence.reps.upperBound {
            #expect(Evidence.reps.upperBound >= count)
          }
          if let phases = after.tempoPhases, let tempo = after.tempo {
            #expect(abs(phases.map(\.seconds).reduce(0, +) - tempo.seconds) < 0.001)
          }
        }
        previous = routine
      }
    }
  }

  /// `glide next` runs a week's session from a file it writes: the file reads back as
  /// the same routine, with no errors, for every week of every built-in program.
  @Test func everyPlannedSessionReadsBackFromItsFile() throws {
    for program in Self.builtins() {
      for week in 1...program.weeks.count {
        for planned in ProgramPlanner.week(program, week, context: Self.context) {
          let routine = try #require(planned.routine)
          let result = RoutineDecoder.decode(
            bytes: Array(RoutineText.toml(routine).utf8), id: routine.id, file: "next.toml")
          #expect(result.diagnostics.filter { $0.severity == .error }.isEmpty, "\(routine.id)")
          #expect(result.routine == routine, "\(routine.id)")
        }
      }
    }
  }

  @Test func progressionStaysWithinTheRangesAndNeverShortens() {
    var progression = Program.Progression()
    progression.holdSeconds = 90
    progression.reps = 4
    progression.tempoSeconds = 3
    let hold = Step(.hold, target: "calves", duration: .seconds(240))
    #expect(ProgramPlanner.progressed(hold, by: progression).duration == .seconds(300))
    let long = Step(.hold, target: "calves", duration: .seconds(330))
    #expect(ProgramPlanner.progressed(long, by: progression).duration == .seconds(330))
    var reps = Step(repsOf: "Squats", target: "quads", count: 8, tempo: .seconds(6))
    reps.tempoPhases = [.seconds(2), .seconds(2), .seconds(2)]
    let slower = ProgramPlanner.progressed(reps, by: progression)
    #expect(slower.reps == 10)
    #expect(slower.tempo == .seconds(8))
    #expect(slower.tempoPhases == [TimeSpan.seconds(2), .seconds(2), .seconds(4)])
    let roll = Step(.roll, target: "quads", duration: .seconds(90))
    #expect(ProgramPlanner.progressed(roll, by: progression) == roll)
  }

  @Test func anAddedAreaJoinsBuiltSessionsWithTimeForIt() throws {
    let result = Self.decode(
      """
      name = "Two weeks"
      [[sessions]]
      areas = ["calves"]
      minutes = 10
      [[sessions]]
      routine = "pre-run"
      [[weeks]]
      [[weeks]]
      add_areas = ["quads"]
      """)
    let program = try #require(result.program, "\(result.diagnostics)")
    let first = ProgramPlanner.week(program, 1, context: Self.context)
    let second = ProgramPlanner.week(program, 2, context: Self.context)
    #expect(!(first[0].routine?.steps.contains { $0.target == "quads" } ?? true))
    #expect(second[0].routine?.steps.contains { $0.target == "quads" } == true)
    #expect(second[1].routine?.steps == first[1].routine?.steps)
    #expect(second[0].routine?.id == "mine-w2-s1")
    #expect(second[0].routine?.name.hasPrefix("Two weeks, week 2: ") == true)
  }

  @Test func errorsNameFileLineAndKey() {
    let result = Self.decode(
      """
      name = "Broken"
      rest_day = 1

      [[sessions]]
      routine = "no-such"

      [[sessions]]
      areas = ["calfs"]
      minutes = 200

      [[weeks]]
      reps = 9
      """)
    #expect(result.program == nil)
    let lines = result.diagnostics.map(\.description)
    #expect(
      lines.contains("mine.toml:2:1: error: rest_day: unknown key (did you mean 'rest_days'?)"))
    #expect(
      lines.contains {
        $0.hasPrefix(
          "mine.toml:5:11: error: session 1: routine: unknown routine 'no-such'; known routines: ")
      })
    #expect(
      lines.contains {
        $0.hasPrefix("mine.toml:8:9: error: session 2: areas: unknown area 'calfs'")
      })
    #expect(
      lines.contains(
        "mine.toml:9:11: error: session 2: minutes: 200 is outside 5-90 (a whole number of minutes)"
      ))
    #expect(
      lines.contains(
        "mine.toml:12:8: error: week 1: reps: reps added to each reps step, a whole number 0 to 5"))
  }

  @Test func evidenceWarningsLeaveTheProgramUsable() throws {
    let result = Self.decode(
      """
      name = "Too much"
      rest_days = 0
      [[sessions]]
      routine = "pre-run"
      [[sessions]]
      routine = "after-run"
      hold_seconds = 30
      [[sessions]]
      areas = ["neck"]
      [[sessions]]
      areas = ["chest"]
      [[weeks]]
      """)
    _ = try #require(result.program)
    let lines = result.diagnostics.map(\.description)
    #expect(result.diagnostics.allSatisfy { $0.severity == .warning })
    #expect(
      lines.contains {
        $0.hasPrefix(
          "mine.toml:7:1: warning: session 2: hold_seconds: progression belongs to a [[weeks]] table"
        )
      })
    #expect(
      lines.contains {
        $0.hasPrefix("mine.toml:3:1: warning: sessions: 4 sessions a week is more than 3")
      })
    #expect(
      lines.contains {
        $0.hasPrefix("mine.toml:2:13: warning: rest_days: sessions 1 and 2 both work calves")
      })
    #expect(!lines.contains { $0.contains("sessions 3 and 4") })
  }
}

extension Routine {
  /// The routine with another's id and name, to compare only the work.
  fileprivate func renamed(_ other: Routine) -> Routine {
    var copy = self
    copy.id = other.id
    copy.name = other.name
    return copy
  }
}
