import GlideCore
import PropertyBased
import Testing

/// `!` has one home (`Pressure`): the reducer takes it where the hint line offers it, and
/// after it every surface gives the plan as eased.
@Suite struct PressureTests {
  /// A session of one step of `technique` (both sides), run into its first side.
  static func inStep(_ technique: Technique) -> SessionState {
    let step =
      technique == .reps
      ? Step(repsOf: "Squats", target: "quads", count: 5, sides: .both)
      : Step(technique, target: "quads", sides: .both, duration: .seconds(90))
    let routine = Routine(id: "one", name: "One", summary: "", phase: .any, steps: [step])
    var state = SessionState(plan: Plan(routine, settings: Plan.Settings(leadIn: .seconds(1))))
    _ = reduce(&state, .start(at: .zero))
    _ = reduce(&state, .tick(at: .seconds(1)))
    return state
  }

  /// Two steps of `technique` on both sides, run (never skipped: skipped sides are not
  /// rated) into the second one, where the first one's sides are rated ("How free does
  /// your left calf feel?"); and the instant it is there.
  static func ratingOn(_ technique: Technique) -> (SessionState, Instant) {
    let step = { (target: String) in
      technique == .reps
        ? Step(repsOf: "Squats", target: target, count: 5, sides: .both)
        : Step(technique, target: target, sides: .both, duration: .seconds(90))
    }
    let routine = Routine(
      id: "two", name: "Two", summary: "", phase: .any, steps: [step("calves"), step("quads")])
    var state = SessionState(plan: Plan(routine, settings: Plan.Settings(leadIn: .seconds(1))))
    _ = reduce(&state, .start(at: .zero))
    var second = 0.0
    while state.rating == nil || state.item?.kind != .step, second < 600 {
      second += 1
      _ = reduce(&state, .tick(at: .seconds(second)))
      if state.item?.technique == .reps, state.item?.isCountedReps == true {
        _ = reduce(&state, .countRep(at: .seconds(second)))
      }
    }
    return (state, .seconds(second))
  }

  @Test(arguments: Technique.allCases, [80, 60, 40])
  func bangWorksInTheReducerIffTheHintLineOffersIt(technique: Technique, width: Int) {
    for rated in [false, true] {
      var (state, now) = rated ? Self.ratingOn(technique) : (Self.inStep(technique), .seconds(1))
      #expect(state.item?.technique == technique)
      #expect((state.rating != nil) == rated, "\(technique): the rating is asked")
      let offered = KeyTable.hintLine(in: state, width: width).contains("! ease off")
      _ = reduce(&state, .flagPressure(at: now + .seconds(1)))
      let worked = state.isPressureFlagged
      #expect(
        offered == worked,
        "\(technique), \(width) columns, rated \(rated): offered \(offered), worked \(worked)")
    }
  }

  @Test(arguments: Technique.allCases)
  func bangIsOfferedOnlyWhereItWorks(technique: Technique) {
    var state = Self.inStep(technique)
    #expect(state.item?.technique == technique)
    let offered = KeyTable.hints(in: state).contains { $0.text == "! ease off" }
    _ = reduce(&state, .flagPressure(at: .seconds(5)))
    let worked = state.isPressureFlagged
    #expect(offered == worked, "\(technique): offered \(offered), worked \(worked)")
    #expect(worked == (state.note == nil), "where ! does nothing the screen says so")
    #expect(!KeyTable.hints(in: state).contains { $0.text == "! ease off" }, "once flagged")
    // Help names the techniques the hint line offers it on.
    if worked { #expect(KeyTable.lines.joined(separator: " ").contains(technique.rawValue)) }
  }

  @Test func helpAndTheNoteNameEveryPassiveTechnique() {
    let help = KeyTable.lines.joined(separator: " ")
    for technique in Technique.allCases where technique.isPassive {
      #expect(help.contains(technique.rawValue))
      #expect(SessionState.Note.pressureIsForPassiveSteps.text.contains(technique.rawValue))
    }
  }

  /// The note for a `!` that eases nothing says so first and fits an 80-column screen's
  /// 78 columns of text, so the cut never takes the point.
  @Test func theNoteSaysNothingToEaseFirstAndFits() {
    let text = SessionState.Note.pressureIsForPassiveSteps.text
    #expect(text.hasPrefix("Nothing to ease here"))
    #expect(text.columns <= 78, "\(text.columns) columns: \(text)")
  }

  /// Glutes held 3:00 on each side: `!` 28 s into the left side.
  static func glutes() -> SessionState {
    let routine = Routine(
      id: "glutes", name: "Glutes", summary: "", phase: .any,
      steps: [Step(.hold, target: "glutes", sides: .both, duration: .seconds(180))])
    var state = SessionState(plan: Plan(routine, settings: Plan.Settings(leadIn: .seconds(10))))
    _ = reduce(&state, .start(at: .zero))
    _ = reduce(&state, .tick(at: .seconds(10)))
    _ = reduce(&state, .flagPressure(at: .seconds(38)))
    return state
  }

  @Test func afterBangTheOtherSideIsTwoMinutesEverywhere() {
    var state = Self.glutes()
    // 152 s left of the left side lose a third: 101.33 s; 5 s to switch; 2:00 right.
    #expect(state.nextLine == "Next: switch sides, then hold · right glutes · 2:00")
    #expect(state.readout(at: .seconds(38)).sessionSeconds == 102 + 5 + 120)
    // Three seconds later the time left is three seconds less, not a minute.
    _ = reduce(&state, .tick(at: .seconds(41)))
    #expect(state.readout(at: .seconds(41)).sessionSeconds == 99 + 5 + 120)
    // The right side starts: 2:00 on the clock and in the voice.
    // The left side ran 180 s less a third of 152 s (50.666666666 s); then the switch.
    let rightStarts = Instant(nanoseconds: 10_000_000_000 + 129_333_333_334 + 5_000_000_000)
    let started = reduce(&state, .tick(at: rightStarts))
    #expect(started.contains(.stepStarted(index: 3, remaining: .seconds(120))))
    let said = started.compactMap { effect -> String? in
      if case .speak(let speech) = effect { speech.phrase } else { nil }
    }
    #expect(said.contains("Hold, right glutes, 2 minutes"))
    // Stopped 28 s into it: 0:28 of 2:00, eased after too much pressure.
    _ = reduce(&state, .stop(at: rightStarts + .seconds(28)))
    let right = state.summary?.steps.last
    #expect(right?.planned == .seconds(120))
    #expect(right?.easedFrom == .seconds(180))
    #expect(right?.elapsed == .seconds(28))
    #expect(
      state.summary?.pressureText
        == "too much at step 1 (left glutes); step 1 (left glutes) eased to 2:10,"
        + " step 2 (right glutes) eased to 2:00 after too much pressure")
  }

  /// Decodes random numbers into a routine of holds, rolls and stretches on two targets,
  /// each 1:30 or 3:00, on one side or both.
  static func routine(_ codes: [Int]) -> Routine {
    let techniques: [Technique] = [.hold, .hold, .roll, .stretch]
    let steps = codes.map { code in
      Step(
        techniques[code % 4], target: code / 4 % 2 == 0 ? "glutes" : "calves",
        sides: code / 8 % 2 == 0 ? .both : .none, duration: .seconds(code / 16 % 2 == 0 ? 90 : 180))
    }
    return Routine(id: "r", name: "R", summary: "", phase: .any, steps: steps)
  }

  /// "2 minutes", "90 seconds": how the voice says these lengths.
  static func spoken(_ span: TimeSpan) -> String {
    let seconds = span.ceilingSeconds
    if seconds % 60 != 0 { return "\(seconds) seconds" }
    return seconds == 60 ? "1 minute" : "\(seconds / 60) minutes"
  }

  @Test func afterAnyBangTimeLeftPreviewVoiceAndSummaryAgree() async {
    await propertyCheck(
      count: 200, input: Gen.int(in: 0...1000).array(of: 1...5), Gen.int(in: 0...100_000)
    ) { codes, when in
      let plan = Plan(Self.routine(codes))
      var state = SessionState(plan: plan)
      _ = reduce(&state, .start(at: .zero))
      let flagged = Instant.seconds(Double(when % Int(plan.total.ceilingSeconds)))
      _ = reduce(&state, .tick(at: flagged))
      _ = reduce(&state, .flagPressure(at: flagged))
      guard !state.isFinished else { return }
      // What the screen previews of every later item, before any of it runs.
      let later = Array(plan.items.indices.dropFirst(state.index + 1))
      let previews = later.map { state.preview(of: $0) }
      var now = flagged
      var shown: [(at: Instant, left: Int64)] = []
      var started: [Int: TimeSpan] = [:]
      var said: [Int: [String]] = [:]
      while !state.isFinished {
        shown.append((now, state.readout(at: now).sessionSeconds))
        now = now + .seconds(1)
        var last: Int?
        for effect in reduce(&state, .tick(at: now)) {
          switch effect {
          case .stepStarted(let index, let remaining):
            started[index] = remaining
            last = index
          case .speak(let speech): if let last { said[last, default: []].append(speech.phrase) }
          default: break
          }
        }
      }
      let end = state.endedAt ?? now
      // The time left shown was the time the session then took, every second.
      for (at, left) in shown { #expect(left == (end - at).ceilingSeconds) }
      let summary = state.summary
      #expect(summary?.planned == summary?.active, "the plan as run is the time it took")
      for (offset, index) in later.enumerated() where plan.items[index].kind == .step {
        guard let length = started[index] else { continue }
        let face = length.clockFace
        #expect(previews[offset].hasSuffix(face), "preview \(previews[offset]) vs \(face)")
        #expect(said[index]?.first?.hasSuffix(Self.spoken(length)) == true)
        let step = summary?.steps[plan.items[index].number - 1]
        #expect(step?.planned == length)
      }
    }
  }
}
