import GlideCore
import PropertyBased
import Testing

@testable import GlideRender

/// A screen kept from wake to wake, redrawn in parts, is always the screen drawn whole,
/// and the terminal gets the same bytes for it.
@Suite struct RetainedScreenTests {
  /// Every kind of item (a breath-paced hold, paced reps, reps counted by key, a breathing
  /// step), and times that cross the digits' changes of width (10:00 to 9:59) and a
  /// halfway mark; pauses and count-ins come from the script.
  static let plan = Plan(
    Routine(
      id: "r", name: "Retained", summary: "", phase: .any,
      steps: [
        Step(.hold, target: "hamstrings", duration: .seconds(603), cue: "Breathe out slowly"),
        Step(.roll, target: "calves", sides: .both, duration: .seconds(125), cue: "Roll slowly"),
        Step(.hold, target: "upper back", duration: .seconds(20), breath: BreathPattern("4-6")),
        Step(repsOf: "Extensions", target: "upper back", count: 3, tempo: .seconds(2)),
        RetainedScreenTests.inParts(
          Step(repsOf: "Bridges", target: "hips", count: 3, tempo: .seconds(5)),
          [2, 1, 2]),
        Step(repsOf: "Calf raises", target: "calves", count: 3, byKey: true),
        Step(.breathe, target: "breath", duration: .seconds(30), breath: BreathPattern("4-2-6")),
        Step(.roll, target: "quads", duration: .seconds(65)),
      ]))

  static let sizes = [(80, 24), (40, 12), (40, 22), (41, 13), (120, 40), (200, 60), (30, 8)]

  /// `step` paced in parts of these seconds, as `tempo = "2-1-2"` writes it.
  static func inParts(_ step: Step, _ parts: [Double]) -> Step {
    var step = step
    step.tempoPhases = parts.map { .seconds($0) }
    return step
  }

  /// Plays a script: mostly ticks at the next wake, with keys, resizes and a notice that
  /// comes and goes; after each wake checks the kept screen against a whole render and
  /// the bytes sent with regions against those sent without. Returns the ticks drawn in
  /// part.
  @discardableResult
  static func play(_ script: [Int], start size: Int) -> Int {
    var state = SessionState(plan: plan)
    var now = Instant.seconds(100)
    _ = reduce(&state, .start(at: now))
    var retained = RetainedScreen()
    var inParts = FrameEncoder()
    var whole = FrameEncoder()
    var (width, height) = sizes[size % sizes.count]
    var notice: String?
    var partial = 0
    for code in script {
      let widths = SessionScreen.widths(width: width, height: height)
      let wake = state.display(at: now, widths: widths).nextWake
      switch code % 20 {
      case 0: now = now + .milliseconds(Int64(code % 3000))
      case 1: _ = reduce(&state, .togglePause(at: now))
      case 2: _ = reduce(&state, .toggleHelp(at: now))
      case 3: _ = reduce(&state, .skip(at: now))
      case 4: _ = reduce(&state, .extend(by: .seconds(code % 40 < 20 ? 15 : -15), at: now))
      case 5: (width, height) = sizes[code / 20 % sizes.count]
      case 6: notice = notice == nil ? "Sound failed: no player" : nil
      case 7: _ = reduce(&state, .flagPressure(at: now))
      case 8: _ = reduce(&state, .countRep(at: now))
      default:
        now = wake ?? now + .seconds(1)
        _ = reduce(&state, .tick(at: now))
      }
      let (readout, _) = state.display(
        at: now, widths: SessionScreen.widths(width: width, height: height))
      retained.update(
        state, readout: readout, width: width, height: height, notice: notice,
        week: WeekTally(sessions: 2))
      let expected = SessionScreen.render(
        state, readout: readout, width: width, height: height, notice: notice,
        week: WeekTally(sessions: 2))
      #expect(same(retained.frame, expected), "\(width)x\(height) at \(now): \(readout)")
      if retained.changed != nil { partial += 1 }
      let sent = inParts.encode(retained.frame, codes: codes, changed: retained.changed)
      #expect(sent == whole.encode(expected, codes: codes), "bytes at \(now)")
      if state.isFinished { break }
    }
    return partial
  }

  @Test func partsRedrawnMatchTheWholeScreen() async {
    await propertyCheck(
      count: 200, input: Gen.int(in: 0...1_000_000).array(of: 0...120), Gen.int(in: 0...6)
    ) { script, size in
      Self.play(script, start: size)
    }
  }

  @Test func scriptsOfTicksAreDrawnMostlyInParts() {
    // Ticks only, from each size: the random scripts above do reach the partial redraw.
    for size in Self.sizes.indices {
      let partial = Self.play(Array(repeating: 19, count: 80), start: size)
      // The compact layout (30x8) has no bars and always draws whole.
      let (width, height) = Self.sizes[size]
      if width >= 40 && height >= 12 {
        #expect(partial >= 60, "\(width)x\(height)")
      } else {
        #expect(partial == 0, "\(width)x\(height)")
      }
    }
  }

  @Test func theScreenNeverShowsTheSessionsClockReadings() {
    // The kept screen compares the session without `now`, `journaledAt`, what has been
    // cued aloud and the reps done (the readout carries those): two sessions that differ
    // only there must draw the same, in every phase a script reaches.
    var state = SessionState(plan: Self.plan)
    var now = Instant.seconds(100)
    _ = reduce(&state, .start(at: now))
    for step in 0..<400 {
      now = now + .milliseconds(Int64(700 + step % 5 * 300))
      _ = reduce(&state, step % 37 == 36 ? .skip(at: now) : .tick(at: now))
      if state.isFinished { break }
      var other = state
      other.now = now + .seconds(3600)
      other.journaledAt = other.journaledAt.map { $0 + .seconds(7) } ?? now
      other.breathCued += 3
      other.repPartCued += 4
      other.remindersCued += 2
      other.countdownCued = 1
      other.halfwayCued.toggle()
      other.repsDone += 5
      for (width, height) in [(80, 24), (40, 12)] {
        let readout = state.display(
          at: now, widths: SessionScreen.widths(width: width, height: height)
        ).readout
        #expect(
          same(
            SessionScreen.render(state, readout: readout, width: width, height: height),
            SessionScreen.render(other, readout: readout, width: width, height: height)))
      }
    }
  }

  @Test func aSessionTimeOneColumnShorterLeavesNoStaleCharacter() {
    // The session's time goes from 10:00 to 9:59 while the step's keeps its width.
    var state = SessionState(
      plan: Plan(
        Routine(
          id: "s", name: "S", summary: "", phase: .any,
          steps: [
            Step(.roll, target: "calves", duration: .seconds(590)),
            Step(.roll, target: "quads", duration: .seconds(15)),
          ])))
    _ = reduce(&state, .start(at: .zero))
    _ = reduce(&state, .skip(at: .zero))
    let widths = SessionScreen.widths(width: 80, height: 24)
    var retained = RetainedScreen()
    var now = Instant.zero
    retained.update(
      state, readout: state.display(at: now, widths: widths).readout, width: 80, height: 24)
    var partial = 0
    while let wake = state.nextWake(after: now, widths: widths), wake <= .seconds(20) {
      now = wake
      _ = reduce(&state, .tick(at: now))
      let readout = state.display(at: now, widths: widths).readout
      retained.update(state, readout: readout, width: 80, height: 24)
      if retained.changed != nil { partial += 1 }
      #expect(
        same(retained.frame, SessionScreen.render(state, readout: readout, width: 80, height: 24)))
    }
    #expect(partial == 20)
    #expect(retained.frame.text.contains("session") && retained.frame.text.contains("9:45 left\n"))
  }

  @Test(arguments: [(80, 24), (40, 12), (200, 60)])
  func aCountdownTickRedrawsOnlyTheDigitsAndBars(width: Int, height: Int) {
    var state = SessionState(
      plan: Plan(
        Routine(
          id: "c", name: "C", summary: "", phase: .any,
          steps: [Step(.roll, target: "calves", duration: .seconds(590))])))
    _ = reduce(&state, .start(at: .zero))
    _ = reduce(&state, .skip(at: .zero))
    let widths = SessionScreen.widths(width: width, height: height)
    var retained = RetainedScreen()
    var now = Instant.zero
    retained.update(
      state, readout: state.display(at: now, widths: widths).readout, width: width, height: height)
    #expect(retained.changed == nil, "the first frame is drawn whole")
    var ticks = 0
    while let wake = state.nextWake(after: now, widths: widths), wake <= .seconds(30) {
      now = wake
      _ = reduce(&state, .tick(at: now))
      let readout = state.display(at: now, widths: widths).readout
      retained.update(state, readout: readout, width: width, height: height)
      let regions = retained.changed ?? []
      #expect(!regions.isEmpty, "tick at \(now) drawn whole")
      // The digits and the two bar rows, never the header, the cue or the keys.
      #expect(regions.allSatisfy { $0.rows.lowerBound >= 2 && $0.rows.upperBound <= height - 2 })
      #expect(regions.map { $0.rows.count * $0.columns.count }.reduce(0, +) < width * height / 2)
      #expect(
        same(
          retained.frame,
          SessionScreen.render(state, readout: readout, width: width, height: height)))
      ticks += 1
    }
    #expect(ticks == 30)
  }
}

private let codes = TerminalCodes.ansi(colors: [.accent: 6, .dim: 244])

/// Whether two frames are the same, cell for cell and style for style; a failure names
/// the first cell that differs rather than printing two whole frames.
private func same(_ actual: Frame, _ expected: Frame) -> Bool {
  guard actual != expected else { return true }
  let first =
    actual.cells.count == expected.cells.count
    ? actual.cells.indices.first { actual.cells[$0] != expected.cells[$0] } : nil
  let place = first.map {
    "row \($0 / max(1, expected.width)), column \($0 % max(1, expected.width))"
  }
  Issue.record(
    "frames differ at \(place ?? "their sizes"):\n\(actual.text)\n---\n\(expected.text)")
  return false
}

/// Wakes of a breath-paced hold and of paced reps redraw only what moved.
@Suite struct RetainedPartsTests {
  static let plan = Plan(
    Routine(
      id: "p", name: "Parts", summary: "", phase: .any,
      steps: [
        Step(.hold, target: "calves", duration: .seconds(120), breath: BreathPattern("4-2-6")),
        RetainedScreenTests.inParts(
          Step(repsOf: "Calf raises", target: "calves", count: 12, tempo: .seconds(3)),
          [1, 0.5, 1.5]),
        Step(.breathe, target: "breath", duration: .seconds(60), breath: BreathPattern("4-6")),
      ]))

  /// Runs item `index` for `seconds` at its wakes; every wake must be drawn in parts,
  /// within the rows between the header and the notice, and equal to a whole render.
  static func wakes(item index: Int, seconds: Int64, width: Int, height: Int) -> Int {
    var state = SessionState(plan: plan)
    _ = reduce(&state, .start(at: .zero))
    for _ in 0...index { _ = reduce(&state, .skip(at: .zero)) }
    let widths = SessionScreen.widths(width: width, height: height)
    var retained = RetainedScreen()
    var now = Instant.zero
    retained.update(
      state, readout: state.display(at: now, widths: widths).readout, width: width, height: height)
    var wakes = 0
    while let wake = state.nextWake(after: now, widths: widths), wake <= .seconds(Double(seconds)) {
      now = wake
      _ = reduce(&state, .tick(at: now))
      let readout = state.display(at: now, widths: widths).readout
      retained.update(state, readout: readout, width: width, height: height)
      let regions = retained.changed ?? []
      #expect(retained.changed != nil, "wake at \(now) drawn whole")
      #expect(regions.allSatisfy { $0.rows.lowerBound >= 2 && $0.rows.upperBound <= height - 2 })
      #expect(
        retained.frame
          == SessionScreen.render(state, readout: readout, width: width, height: height))
      wakes += 1
    }
    return wakes
  }

  @Test(arguments: [(80, 24), (40, 12), (120, 40)])
  func aPacerOrABeatRedrawsOnlyWhatMoved(width: Int, height: Int) {
    #expect(Self.wakes(item: 0, seconds: 20, width: width, height: height) > 20)
    #expect(Self.wakes(item: 1, seconds: 20, width: width, height: height) > 20)
    #expect(Self.wakes(item: 2, seconds: 20, width: width, height: height) > 20)
  }

  @Test func aCountInDrawsAsAWholeRenderWould() {
    var state = SessionState(plan: Self.plan)
    _ = reduce(&state, .start(at: .zero))
    _ = reduce(&state, .skip(at: .zero))
    let widths = SessionScreen.widths(width: 80, height: 24)
    var now = Instant.seconds(5)
    _ = reduce(&state, .togglePause(at: now))
    now = .seconds(8)
    _ = reduce(&state, .togglePause(at: now))
    var retained = RetainedScreen()
    retained.update(
      state, readout: state.display(at: now, widths: widths).readout, width: 80, height: 24)
    #expect(retained.frame.text.contains("█"))
    var parts = 0
    while case .countingIn = state.mode, let wake = state.nextWake(after: now, widths: widths) {
      now = wake
      _ = reduce(&state, .tick(at: now))
      let readout = state.display(at: now, widths: widths).readout
      retained.update(state, readout: readout, width: 80, height: 24)
      parts += 1
      #expect(
        retained.frame == SessionScreen.render(state, readout: readout, width: 80, height: 24))
    }
    #expect(parts >= 3)
  }
}
