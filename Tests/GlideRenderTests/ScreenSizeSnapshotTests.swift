import GlideCore
import Testing

@testable import GlideRender

/// A cue long enough to wrap at every width: what the screen must show whole.
let longCue =
  "Kneel in a long lunge with the back knee padded, tuck the pelvis under and lift the"
  + " chest until the front of the back hip opens, then breathe out slowly and let the ribs"
  + " settle before you lean any further"

/// The steps people run most, in different positions, with a pause before each change of
/// position: a roll, a breath hold, paced reps, reps counted by key, a stretch with a
/// breath pacer and a long cue, and a roll with the same cue.
private let routine: Routine = {
  var routine = Routine(
    id: "sizes", name: "Sizes", summary: "", phase: .any,
    steps: [
      Step(.roll, target: "calves", duration: .seconds(90), cue: "Slow passes, ankle to knee"),
      Step(
        .hold, target: "upper back", duration: .seconds(180), breath: BreathPattern("4-2-6"),
        cue: "Let it sink"),
      Step(
        repsOf: "Glute bridges", target: "glutes", count: 8, tempo: .seconds(3),
        cue: "Squeeze at the top"),
      Step(
        repsOf: "Calf raises", target: "calves", count: 10, byKey: true,
        cue: "Rise slowly, lower slower"),
      Step(
        .stretch, target: "hip flexors", duration: .seconds(120), breath: BreathPattern("4-6"),
        cue: longCue),
      Step(.roll, target: "quads", duration: .seconds(60), cue: longCue),
    ])
  routine.transition = .seconds(10)
  return routine
}()

/// Plan items of `routine`: 0 get-ready, then each step after its transition.
private enum Item {
  static let roll = 1
  static let transitionToHold = 2
  static let hold = 3
  static let pacedReps = 5
  static let manualReps = 7
  static let longCueStretch = 9
  static let longCueRoll = 11
}

/// A session long enough that its summary scrolls even at 120x40.
private let longRoutine = Routine(
  id: "long", name: "Long summary", summary: "", phase: .any,
  steps: [
    "calves", "hamstrings", "quads", "glutes", "hip flexors", "upper back", "lats",
    "chest", "feet", "shins", "forearms",
  ].flatMap { target in
    [
      Step(.roll, target: target, sides: .both, duration: .seconds(60)),
      Step(repsOf: "Swings", target: target, count: 8, tempo: .seconds(3)),
    ]
  })

/// The session at plan item `index`, `seconds` into it.
func session(_ routine: Routine, at index: Int, after seconds: Double) -> (SessionState, Instant) {
  var state = SessionState(plan: Plan(routine))
  _ = reduce(&state, .start(at: .zero))
  for _ in 0..<index { _ = reduce(&state, .skip(at: .zero)) }
  let now = Instant.seconds(seconds)
  _ = reduce(&state, .tick(at: now))
  return (state, now)
}

/// The sizes people run Glide at: a laptop's default terminal, a large window, a split.
private let sizes = [(80, 24), (120, 40), (40, 12)]

/// Text and style snapshots at each size of the state `make` gives for that size.
private func snapshot(_ name: String, _ make: (Int, Int) -> (SessionState, Instant)) {
  var text = ""
  var styles = StyleGrid()
  for (width, height) in sizes {
    let (state, now) = make(width, height)
    let frame = SessionScreen.render(state, at: now, width: width, height: height)
    text += "=== \(width)x\(height)\n" + frame.text + "\n"
    styles.add(frame, heading: "=== \(width)x\(height)")
  }
  assertSnapshot(text, named: "sizes-" + name)
  assertSnapshot(styles.text, named: "sizes-" + name + ".styles")
}

/// The finished long session, scrolled by `keys` as the key table maps them at each size.
private func summary(pressing keys: [Key]) -> (Int, Int) -> (SessionState, Instant) {
  { width, height in
    var (state, _) = session(longRoutine, at: 0, after: 0)
    let end = Instant.seconds(3600)
    _ = reduce(&state, .tick(at: end))
    for key in keys {
      let view = SessionScreen.viewport(state, width: width, height: height)
      if let event = KeyTable.event(for: key, in: state, at: end, view: view) {
        _ = reduce(&state, event)
      }
    }
    return (state, end)
  }
}

@Suite struct ScreenSizeSnapshotTests {
  @Test func rollWithoutAPacer() {
    snapshot("roll") { _, _ in session(routine, at: Item.roll, after: 4.5) }
  }

  @Test func breathHold() {
    snapshot("breath-hold") { _, _ in session(routine, at: Item.hold, after: 2) }
  }

  @Test func pacedReps() {
    snapshot("reps-paced") { _, _ in session(routine, at: Item.pacedReps, after: 4) }
  }

  @Test func manualReps() {
    snapshot("reps-manual") { _, _ in session(routine, at: Item.manualReps, after: 4) }
  }

  @Test func transition() {
    let (state, _) = session(routine, at: Item.transitionToHold, after: 3)
    #expect(state.item?.kind == .transition)
    snapshot("transition") { _, _ in session(routine, at: Item.transitionToHold, after: 3) }
  }

  @Test func longCue() {
    snapshot("long-cue-pacer") { _, _ in session(routine, at: Item.longCueStretch, after: 2) }
    snapshot("long-cue") { _, _ in session(routine, at: Item.longCueRoll, after: 2) }
  }

  @Test func summaryThatScrolls() {
    let (finished, _) = summary(pressing: [])(120, 40)
    #expect(finished.summary?.outcome == .completed)
    for (width, height) in sizes {
      let view = SessionScreen.viewport(finished, width: width, height: height)
      #expect(view.scrolls, "\(width)x\(height)")
    }
    snapshot("summary-top", summary(pressing: []))
    snapshot("summary-scrolled", summary(pressing: [.pageDown, .down, .character("j")]))
    snapshot("summary-end", summary(pressing: Array(repeating: .pageDown, count: 9)))
  }

  @Test func helpThatScrolls() {
    let help = { (keys: [Key]) in
      { (width: Int, height: Int) -> (SessionState, Instant) in
        var (state, now) = session(routine, at: Item.roll, after: 4.5)
        _ = reduce(&state, .toggleHelp(at: now))
        for key in keys {
          let view = SessionScreen.viewport(state, width: width, height: height)
          if let event = KeyTable.event(for: key, in: state, at: now, view: view) {
            _ = reduce(&state, event)
          }
        }
        return (state, now)
      }
    }
    snapshot("help-top", help([]))
    snapshot("help-scrolled", help([.pageDown]))
  }
}
