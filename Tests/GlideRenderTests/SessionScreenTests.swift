import GlideCore
import Testing

@testable import GlideRender

/// A routine with every technique, two breath patterns (one with both holds), counted and
/// paced reps, and a two-sided step.
private let routine = Routine(
  id: "all", name: "Every technique", summary: "", phase: .any,
  steps: [
    Step(
      .roll, target: "calves", sides: .both, duration: .seconds(90),
      cue: "Slow passes, ankle to knee"),
    Step(
      repsOf: "Calf raises", target: "calves", count: 8, byKey: true, cue: "Press enter after each"),
    Step(
      .hold, target: "upper back", duration: .seconds(180), breath: BreathPattern("4-7-8-2"),
      cue: "Let it sink"),
    Step(.stretch, target: "hips", duration: .seconds(120), breath: BreathPattern("4-6")),
    Step(.floss, target: "knee", duration: .seconds(60)),
    Step(.percussion, target: "quads", duration: .seconds(60)),
    Step(.breathe, target: "breath", duration: .seconds(60), breath: BreathPattern("4-4-4-4")),
    Step(repsOf: "Glute bridges", target: "glutes", count: 8, tempo: .seconds(3)),
    Step(.rest, target: "whole body", duration: .seconds(30)),
  ])

/// The session at plan item `index`, `seconds` into it.
private func session(at index: Int, after seconds: Double = 2) -> (SessionState, Instant) {
  var state = SessionState(plan: Plan(routine))
  _ = reduce(&state, .start(at: .zero))
  for _ in 0..<index { _ = reduce(&state, .skip(at: .zero)) }
  let now = Instant.seconds(seconds)
  _ = reduce(&state, .tick(at: now))
  return (state, now)
}

private let sizes = [(80, 24), (40, 12), (20, 5), (1, 1)]

/// Text and style snapshots of a state at every size.
private func snapshot(_ state: SessionState, at now: Instant, _ name: String) {
  var text = ""
  var styles = StyleGrid()
  for (width, height) in sizes {
    let frame = SessionScreen.render(state, at: now, width: width, height: height)
    let unmapped = frame.cells.filter { $0.asciiCharacter == "?" && $0.character != "?" }
    #expect(unmapped.isEmpty, "ASCII fallbacks for \(unmapped.map(\.character))")
    text += "=== \(width)x\(height)\n" + frame.text + "\n"
    styles.add(frame, heading: "=== \(width)x\(height)")
  }
  assertSnapshot(text, named: name)
  assertSnapshot(styles.text, named: name + ".styles")
}

@Suite struct SessionScreenTests {
  @Test func leadIn() {
    let (state, now) = session(at: 0)
    snapshot(state, at: now, "lead-in")
  }

  @Test(arguments: [
    (1, "roll-left"), (2, "switch-sides"), (4, "reps-counted"), (6, "stretch"), (7, "floss"),
    (8, "percussion"), (9, "breathe"), (10, "reps-paced"), (11, "rest"),
  ])
  func technique(index: Int, name: String) {
    let (state, now) = session(at: index, after: 4.5)
    snapshot(state, at: now, name)
  }

  @Test(arguments: [(2.0, "in"), (6.0, "hold-in"), (14.0, "out"), (20.5, "hold-out")])
  func breathPhases(seconds: Double, name: String) {
    let (state, now) = session(at: 5, after: seconds)
    #expect(state.item?.technique == .hold)
    snapshot(state, at: now, "breath-\(name)")
  }

  @Test func paused() {
    var (state, now) = session(at: 5, after: 3)
    _ = reduce(&state, .togglePause(at: now))
    let later = now + .seconds(40)
    let frame = SessionScreen.render(state, at: later, width: 80, height: 24)
    #expect(frame == SessionScreen.render(state, at: now, width: 80, height: 24), "digits freeze")
    snapshot(state, at: later, "paused")
  }

  @Test func resumingCountsInInWordsNotTheBreathWord() {
    var (state, now) = session(at: 5, after: 3)
    _ = reduce(&state, .togglePause(at: now))
    let resumed = now + .seconds(40)
    _ = reduce(&state, .togglePause(at: resumed))
    #expect(state.readout(at: resumed).countInWords == "Resuming in 3")
    let small = SessionScreen.render(state, at: resumed, width: 40, height: 12)
    #expect(small.text.contains("Resuming in 3"))
    // Full size: the phrase in big letters, as wide as "RESUMING IN 3" is at some scale.
    let full = SessionScreen.render(state, at: resumed, width: 80, height: 24)
    let columns = (0..<full.height).flatMap { row in
      (0..<full.width).filter { full[row, $0].style.role == .paused }
    }
    let span = (columns.max() ?? 0) - (columns.min() ?? 0) + 1
    #expect((1...4).map { BigFont.width(of: "RESUMING IN 3", sx: $0) }.contains(span))
    snapshot(state, at: resumed, "resuming")
  }

  @Test func quitConfirmation() {
    var (state, now) = session(at: 1, after: 10)
    _ = reduce(&state, .requestQuit(at: now))
    snapshot(state, at: now, "quit-confirmation")
  }

  @Test func help() {
    var (state, now) = session(at: 1, after: 10)
    _ = reduce(&state, .toggleHelp(at: now))
    snapshot(state, at: now, "help")
  }

  @Test func summary() {
    var (state, now) = session(at: 1, after: 50)
    _ = reduce(&state, .skip(at: now))
    _ = reduce(&state, .skip(at: now + .seconds(1)))
    _ = reduce(&state, .requestQuit(at: now + .seconds(30)))
    _ = reduce(&state, .confirmQuit(at: now + .seconds(31)))
    #expect(state.isFinished)
    snapshot(state, at: now + .seconds(31), "summary")
  }

  @Test func largerTerminalsGetLargerDigits() {
    let (state, now) = session(at: 1, after: 4.5)
    let small = SessionScreen.render(state, at: now, width: 80, height: 24)
    let large = SessionScreen.render(state, at: now, width: 120, height: 40)
    let blocks = { (frame: Frame) in
      frame.cells.filter { $0.character == "█" && $0.style.role == .roll }.count
    }
    #expect(blocks(large) > 2 * blocks(small))
    // Digits at 80x24 span at least five rows.
    let digitRows = (0..<24).filter { row in
      (0..<80).contains {
        small[row, $0].character == "█" && small[row, $0].style.role == .roll
          && small[row, $0].style.bold
      }
    }
    #expect(digitRows.count >= 5)
  }

  @Test func digitsAreColouredByTechnique() {
    for (index, role) in [(1, Role.roll), (6, .stretch), (7, .floss), (9, .breathe), (11, .rest)] {
      let (state, now) = session(at: index, after: 4.5)
      let frame = SessionScreen.render(state, at: now, width: 80, height: 24)
      #expect(frame.cells.contains { $0.character == "█" && $0.style.role == role }, "\(role)")
    }
  }

  @Test func widthsMatchTheBarsDrawn() {
    let (state, now) = session(at: 5, after: 2)
    let widths = SessionScreen.widths(width: 80, height: 24)
    let frame = SessionScreen.render(state, at: now, width: 80, height: 24)
    let breathRow = (0..<24).first { row in
      (0..<80).contains {
        frame[row, $0].character == "░" && frame[row, 79 - $0].character != "░"
          && frame[row, 1].character == " "
      }
    }
    #expect(breathRow != nil)
    let barCells = (0..<80).filter { ["█", "░"].contains(frame[breathRow!, $0].character) }.count
    #expect(barCells == widths.breath)
  }

  @Test func theSideRatingKeepsItsKeysWhereTheScaleDoesNotFit() {
    var (state, now) = session(at: 4, after: 2)
    state.rating = SessionState.RatingRequest(left: 1, right: 3, asking: .left)
    let row = { (width: Int, height: Int) in
      let frame = SessionScreen.render(state, at: now, width: width, height: height)
      return String(frame.text.split(separator: "\n", omittingEmptySubsequences: false)[height - 2])
    }
    #expect(row(80, 24).contains("How free does your left calf feel? 1 stiff … 5 free · 0 skips"))
    #expect(row(40, 12).contains("How free does your left calf feel? 1-5"))
    #expect(!row(40, 12).contains("…"))
  }

  @Test func nearestColours() {
    #expect(ThemeColor("#ff0000")?.index(forTerminalColors: 8) == 1)
    #expect(ThemeColor("#ff0000")?.index(forTerminalColors: 256) == 196)
    #expect(ThemeColor("#808080")?.index(forTerminalColors: 256) == 244)
    #expect(ThemeColor("bright-cyan")?.index(forTerminalColors: 8) == 6)
    #expect(ThemeColor("bright-cyan")?.index(forTerminalColors: 16) == 14)
    #expect(ThemeColor("default")?.index(forTerminalColors: 256) == -1)
    #expect(ThemeColor("#12345") == nil)
    #expect(ThemeColor("purple") == nil)
  }
}
