import GlideCore
import Testing

@testable import GlideSession

/// `--summary print` and `none`: the session leaves at its end with no key.
@Suite struct SummaryModeRunLoopTests {
  @Test(arguments: [SummaryMode.print, .none])
  func theSessionLeavesAtItsEndWithoutAKey(mode: SummaryMode) {
    var options = Rig.options
    options.summary = mode
    let rig = Rig([.until(12), .key(.enter), .key(.enter), .until(99)], options: options)
    let end = rig.runner.run()
    #expect(end.summary?.outcome == .completed)
    #expect(end.exitStatus == 0)
    #expect(rig.lines("log") == ["log completed"])
    #expect(rig.screen.script.count == 1, "no key was read after the end")
  }

  @Test func waitStillWaitsForAKey() {
    let rig = Rig([.until(12), .key(.enter), .key(.enter), .until(15), .key(.character("x"))])
    _ = rig.runner.run()
    #expect(rig.screen.script.isEmpty, "the key closed the summary")
  }

  @Test func aStoppedSessionsStatusIsTheSessionsEither() {
    var options = Rig.options
    options.summary = .print
    let rig = Rig([.key(.character("q")), .key(.character("y")), .until(99)], options: options)
    #expect(rig.runner.run().exitStatus == 1)
  }
}
