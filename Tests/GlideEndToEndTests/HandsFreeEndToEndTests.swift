import Foundation
import Testing

@Suite(.serialized) struct HandsFreeEndToEndTests {
  /// Every built-in routine, fast-forwarded, runs from the get-ready to the summary with
  /// no key pressed, and its log line says every step and every rep was done by the timer.
  @Test(arguments: ["desk-reset", "pre-run", "long-holds", "plantar-chain", "down-shift"])
  func aBuiltinRunsToItsSummaryWithNoKey(_ routine: String) throws {
    let tmux = try Tmux()
    defer { tmux.close() }
    let log = tmux.directory.appendingPathComponent("sessions.jsonl").path
    tmux.startGlide("run \(routine) --no-bell --time-scale 200 --log \(log)")
    tmux.waitFor("Session complete", timeout: 60)
    tmux.keys("x")
    #expect(tmux.exitStatus() == 0)
    let text = try String(contentsOfFile: log, encoding: .utf8)
    let line = try #require(text.split(separator: "\n").last)
    let record = try #require(
      try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
    #expect(record["outcome"] as? String == "completed")
    let steps = try #require(record["steps"] as? [[String: Any]])
    #expect(!steps.isEmpty)
    for step in steps {
      #expect(step["outcome"] as? String == "done", "\(routine): \(step)")
      if step["technique"] as? String == "reps" {
        #expect(step["reps_done"] as? Int == step["reps_target"] as? Int, "\(routine): \(step)")
        #expect(step["reps_paced"] as? Bool == true, "\(routine): \(step)")
      }
    }
  }
}
