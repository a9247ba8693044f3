import GlideCore
import GlideRender
import GlideSession
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// The run loop under the faults the reducer now sees: a process stopped between wakes,
/// a pause long enough to be killed in, a screen something else wrote over.
@Suite struct FaultRunLoopTests {
  @Test func ctrlLDropsTheRetainedScreenAndDrawsTheNextFrameWhole() {
    let rig = Rig([.until(3), .until(4), .key(.character("\u{0C}")), .key(.interrupt)])
    _ = rig.runner.run()
    let lines = rig.transcript.lines
    let repaint = lines.firstIndex(of: "repaint")
    #expect(repaint != nil, "the screen is told to clear and send the next frame whole")
    // A tick redraws only what moves; the frame after Ctrl-L is drawn whole.
    let draws = lines.indices.filter { lines[$0].hasPrefix("draw") }
    let before = draws.filter { $0 < (repaint ?? 0) }
    let after = draws.first { $0 > (repaint ?? 0) }
    #expect(before.count >= 2)
    #expect(before.last.map { rig.transcript.whole[draws.firstIndex(of: $0)!] } == false)
    #expect(after.map { rig.transcript.whole[draws.firstIndex(of: $0)!] } == true)
  }

  @Test func aLongPauseWakesForTheJournalsHeartbeat() {
    // Paused 2 s into the roll for 35 s: nothing on screen moves, yet the loop wakes every
    // 10 s to refresh the journal, so a kill keeps the pause's length.
    let rig = Rig([
      .until(4), .key(.character(" ")), .until(40), .key(.character(" ")), .key(.interrupt),
    ])
    _ = rig.runner.run()
    #expect(rig.lines("journal refresh").count == 3)
    let paused = rig.recorder.journals.map(\.paused)
    #expect(paused.contains(.seconds(30)), "the heartbeat at 34 s, 30 s into the pause")
  }

  @Test func aProcessStoppedBetweenWakesIsPausedFromTheWakeItMissed() {
    var options = Rig.options
    options.stallAfter = .seconds(2)
    options.onEvent = "true"
    // Into the roll at 2 s; at 3 s the process is stopped (SIGSTOP) until 33 s, when a key
    // arrives: the 30 s are not work.
    let rig = Rig(
      [.until(3), .key(.other, after: .seconds(30)), .key(.interrupt)], options: options)
    _ = rig.runner.run()
    #expect(rig.lines("hook pause") == ["hook pause 1 8"], "paused at the missed wake, 4 s")
    let summary = rig.runner.state.summary
    #expect(summary?.steps.first?.elapsed == .seconds(2))
    #expect(summary?.paused == .seconds(29))
    #expect(summary?.active == .seconds(4))
  }
}
