import GlideCore
import Testing

@testable import GlideRender

/// Steps of every shape under a cue too long for one line: with a breath pacer, a beat
/// marker, reps counted by key, and nothing under the digits.
private let routine = Routine(
  id: "cues", name: "Long cues", summary: "", phase: .any,
  steps: [
    Step(
      .stretch, target: "hip flexors", duration: .seconds(120), breath: BreathPattern("4-6"),
      cue: longCue),
    Step(.roll, target: "quads", duration: .seconds(60), cue: longCue),
    Step(repsOf: "Bridges", target: "glutes", count: 8, tempo: .seconds(3), cue: longCue),
    Step(repsOf: "Calf raises", target: "calves", count: 8, byKey: true, cue: longCue),
    Step(
      .hold, target: "upper back", duration: .seconds(180), breath: BreathPattern("4-2-6-2"),
      cue: longCue),
  ])

private let sizes = [
  (40, 12), (40, 13), (60, 20), (80, 22), (80, 24), (100, 30), (120, 40), (200, 60),
]

/// The frame's rows as text, without the spaces at their ends.
private func rows(_ frame: Frame) -> [String] {
  frame.text.split(separator: "\n", omittingEmptySubsequences: false).prefix(frame.height).map {
    String($0.reversed().drop { $0 == " " }.reversed())
  }
}

@Suite struct CueRoomTests {
  /// At every size the cue shows whole, or no row is free that it could have used (the
  /// row above the keys is kept for notices and the side rating).
  @Test func aCueIsNeverCutWhileARowIsFree() {
    for (width, height) in sizes {
      for index in 1...5 {
        let (state, now) = session(routine, at: index, after: 2)
        let frame = SessionScreen.render(state, at: now, width: width, height: height)
        let lines = rows(frame)
        let whole = lines.map { $0.drop { $0 == " " } }.joined(separator: " ").contains(longCue)
        let free = lines.indices.filter { $0 != height - 2 && lines[$0].isEmpty }
        #expect(
          whole || free.isEmpty,
          "\(width)x\(height) item \(index): cut with rows \(free) free:\n\(frame.text)")
      }
    }
  }

  /// Where the screen is big enough, the whole cue shows, the digits keep at least their
  /// smallest size and nothing overlaps the bars.
  @Test func theCueTakesRowsFromTheDigitsOnlyDownToTheirSmallestSize() {
    for (width, height) in sizes where height >= 24 {
      for index in 1...5 {
        let (state, now) = session(routine, at: index, after: 2)
        let frame = SessionScreen.render(state, at: now, width: width, height: height)
        let lines = rows(frame)
        let joined = lines.map { $0.drop { $0 == " " } }.joined(separator: " ")
        #expect(joined.contains(longCue), "\(width)x\(height) item \(index)")
        let digitRows = (0..<height).filter { row in
          (0..<width).contains {
            frame[row, $0].character == "█" && frame[row, $0].style.bold
              && frame[row, $0].style.role != .breathe && frame[row, $0].style.role != .paused
          }
        }
        #expect(digitRows.count >= BigFont.rows, "\(width)x\(height) item \(index)")
        let next = lines.firstIndex { $0.hasPrefix(" Next:") }
        #expect(next.map { $0 < height - 2 && lines[$0 - 2].hasPrefix(" step ") } == true)
      }
    }
  }

  /// The note that pressure was too much wraps as the cue does.
  @Test func theEaseOffNoteWraps() {
    var (state, now) = session(routine, at: 2, after: 2)
    _ = reduce(&state, .flagPressure(at: now))
    let frame = SessionScreen.render(state, at: now, width: 80, height: 24)
    let joined = rows(frame).map { $0.drop { $0 == " " } }.joined(separator: " ")
    #expect(joined.contains(SessionScene.easeOff), "\(frame.text)")
  }
}
