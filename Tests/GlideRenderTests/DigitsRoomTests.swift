import GlideCore
import PropertyBased
import Testing

@testable import GlideRender

/// Steps of every shape, with and without a cue: a roll, a breath-paced hold, paced and
/// counted reps, a stretch with a long cue.
private let routine = Routine(
  id: "room", name: "Room", summary: "", phase: .any,
  steps: [
    Step(.roll, target: "calves", duration: .seconds(90), cue: "Slow passes, ankle to knee"),
    Step(.hold, target: "upper back", duration: .seconds(180), breath: BreathPattern("4-6")),
    Step(repsOf: "Bridges", target: "glutes", count: 8, tempo: .seconds(3)),
    Step(repsOf: "Calf raises", target: "calves", count: 8, byKey: true),
    Step(
      .stretch, target: "hips", duration: .seconds(120), breath: BreathPattern("4-7-8"),
      cue: "Tall through the spine, tuck the pelvis, let the front of the hip open as you breathe"),
    Step(.percussion, target: "quads", duration: .seconds(60)),
  ])

/// The longest run of wholly blank rows in a frame.
private func longestBlankRun(_ frame: Frame) -> Int {
  var longest = 0
  var run = 0
  for row in 0..<frame.height {
    let cells = frame.cells[(row * frame.width)..<((row + 1) * frame.width)]
    run = cells.allSatisfy { $0 == .blank } ? run + 1 : 0
    longest = max(longest, run)
  }
  return longest
}

@Suite struct DigitsRoomTests {
  /// Whether the screen at this size leaves three blank rows together anywhere, on any
  /// item of the routine: rows the digits could have taken.
  static func check(width: Int, height: Int) {
    let items = Plan(routine).items.count
    for index in 0..<items {
      let (state, now) = session(routine, at: index, after: 2)
      let frame = SessionScreen.render(state, at: now, width: width, height: height)
      #expect(
        longestBlankRun(frame) < 3, "\(width)x\(height), item \(index):\n\(frame.text)")
    }
  }

  /// The sizes the digits used to leave rows at: a short terminal kept them 5 rows tall.
  @Test(arguments: [(60, 20), (70, 20), (100, 26), (80, 24), (40, 12), (40, 21), (120, 40)])
  func theDigitsTakeTheRowsOfCommonSizes(width: Int, height: Int) {
    Self.check(width: width, height: height)
  }

  @Test func theDigitsTakeTheRowsAtEverySize() async {
    await propertyCheck(count: 150, input: Gen.int(in: 40...200), Gen.int(in: 12...60)) {
      width, height in
      Self.check(width: width, height: height)
    }
  }

  @Test func tallerDigitsKeepTheirStrokesEven() {
    // Rows between whole scales lengthen the upright strokes, two at a time.
    let rows = BigRows(sy: 2, extra: 4)
    #expect(rows.total == 14)
    #expect((0..<5).map(rows.height(of:)) == [2, 4, 2, 4, 2])
    #expect((0..<5).map(rows.top(of:)) == [0, 2, 6, 8, 12])
  }
}
