import Foundation
import Testing

@Suite(.serialized, .endToEnd) struct CheckInEndToEndTests {
  @Test func aCheckedInSessionIsLoggedAndStatsShowsTheChange() async throws {
    let tmux = try Tmux()
    defer { tmux.close() }
    let log = tmux.directory.appendingPathComponent("log.jsonl").path
    tmux.startGlide("run ankle-floss --check-in --no-bell --time-scale 50 --log \(log)")
    await tmux.waitFor("Before: rate your calves")
    #expect(tmux.screen.contains("0-9 rate · t 10 · s skip"), "the keys are on screen")
    tmux.keys("4")
    await tmux.waitFor("Before: knee to wall, in cm")
    tmux.keys("8", ".", "5")
    await tmux.waitFor("8.5 cm · enter takes it")
    tmux.keys("Enter")
    // The session runs hands-free to the after check-in (12:35 at 50 times).
    await tmux.waitFor("After: rate your calves", timeout: 60)
    #expect(tmux.screen.contains("before the session: 4"))
    tmux.keys("t")
    await tmux.waitFor("After: knee to wall, in cm")
    tmux.keys("1", "1", "BSpace", "0", "Enter")
    await tmux.waitFor("Session complete")
    await tmux.waitFor("Check-in  calves 4→10, knee to wall 8.5→10 cm")
    tmux.keys("x")
    #expect(await tmux.exitStatus() == 0)

    let line = try String(contentsOfFile: log, encoding: .utf8)
    #expect(
      line.contains(
        #""check_in":{"before":{"calves":4},"after":{"calves":10},"range":{"name":"knee to wall","unit":"cm","before":8.5,"after":10}}"#
      ), "\(line)")

    let environment = ["HOME": tmux.directory.path, "PATH": "/usr/bin:/bin"]
    let stats = runProcess(glideBinary, ["stats", "--log", log], environment: environment)
    #expect(stats.status == 0, "\(stats.err)")
    #expect(stats.out.contains("  calves             4→10 (+6), 1 session"), "\(stats.out)")
    #expect(stats.out.contains("  knee to wall (cm)  8.5→10 (+1.5), 1 session"), "\(stats.out)")
    let json = runProcess(
      glideBinary, ["stats", "--json", "--log", log], environment: environment)
    #expect(json.status == 0)
    #expect(json.out.contains(#""name":"calves","unit":null,"sessions":1,"mean_before":4,"#))
  }
}
