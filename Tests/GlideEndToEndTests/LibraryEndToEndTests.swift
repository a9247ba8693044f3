import Foundation
import Testing

/// The library, the built-in catalog's commands and `glide build`, as a person runs them.
@Suite(.endToEnd) struct LibraryEndToEndTests {
  @Test func buildCalvesAndHipsWithABallRunsASession() async throws {
    let tmux = try Tmux()
    defer { tmux.close() }
    let log = tmux.directory.appendingPathComponent("sessions.jsonl").path
    // At 40 the first hold was on screen for 5 s, and a loaded machine's polling once
    // missed it; at 20 it stays for 10 s.
    tmux.startGlide(
      "build calves hips --minutes 12 --with ball --run --no-bell --time-scale 20 --log \(log)")
    await tmux.waitFor("HOLD · left calves", timeout: 20)
    await tmux.waitFor("Session complete", timeout: 60)
    tmux.keys("x")
    #expect(await tmux.exitStatus() == 0)
    await tmux.expectSaneTerminal()
    let line = try String(contentsOfFile: log, encoding: .utf8).split(separator: "\n").last ?? ""
    #expect(line.contains(#""routine":"build-calves-hips""#))
    #expect(line.contains(#""outcome":"completed""#))
    #expect(line.contains(#""technique":"hold","target":"calves""#))
    #expect(line.contains(#""technique":"reps","target":"hips""#))
  }

  @Test func aRoutineWithRoundsShowsTheRoundAndLogsEveryRun() async throws {
    let tmux = try Tmux()
    defer { tmux.close() }
    let log = tmux.directory.appendingPathComponent("sessions.jsonl").path
    // Round 2 is on screen for a few seconds only, which a loaded machine's polling has
    // missed: paused in round 1, n steps on (staying paused) until round 2 shows.
    tmux.startGlide("run ankle-floss --no-bell --time-scale 25 --log \(log)")
    #expect(await tmux.waitFor("round 1 of 2", timeout: 30))
    tmux.keys("Space")
    #expect(await tmux.waitFor("space resume"))
    // The line under the header names the step or the switch of sides, so each n
    // changes it.
    func title() -> String? {
      tmux.screen.split(separator: "\n").dropFirst().first.map(String.init)
    }
    var presses = 0
    while !tmux.screen.contains("round 2 of 2"), presses < 12 {
      let before = title()
      tmux.keys("n")
      presses += 1
      #expect(await eventually(timeout: 5) { title() != before })
    }
    #expect(tmux.screen.contains("round 2 of 2"), "\(tmux.screen)")
    tmux.keys("Space")
    await tmux.waitFor("Session complete", timeout: 60)
    tmux.keys("x")
    #expect(await tmux.exitStatus() == 0)
    let line = try String(contentsOfFile: log, encoding: .utf8).split(separator: "\n").last ?? ""
    #expect(line.contains(#""outcome":"completed""#))
    #expect(line.components(separatedBy: #""technique":"floss""#).count - 1 == 4)
    #expect(line.components(separatedBy: #""technique":"rest""#).count - 1 == 1)
  }

  @Test func catalogCommandsAndBuildSaveOnTheCommandLine() throws {
    let home = FileManager.default.temporaryDirectory
      .appendingPathComponent("glide-e2e-library-\(UUID().uuidString)").path
    defer { try? FileManager.default.removeItem(atPath: home) }
    let environment = ["HOME": home, "PATH": "/usr/bin:/bin"]
    func glide(_ arguments: String...) -> (status: Int32, out: String, err: String) {
      runProcess(glideBinary, arguments, environment: environment)
    }

    let breaks = glide("routines", "--phase", "break")
    #expect(breaks.status == 0)
    #expect(breaks.out.contains("spot-feet") && !breaks.out.contains("pre-run "))
    #expect(glide("routines", "--area", "it-band").out.contains("pre-run"))
    #expect(glide("routines", "--area", "elbow").err.contains("known areas: calves"))
    #expect(glide("library", "glute-med").out.contains("Clamshells"))

    #expect(glide("check", "pre-run").out == "pre-run: ok\n")
    let refused = glide("new", "pre-run")
    #expect(refused.status == 2 && refused.err.contains("--force"))
    #expect(glide("new", "pre-run", "--force").status == 0)
    #expect(glide("routines").out.contains("(yours, replaces the built-in)"))

    let unknown = glide("build", "calfs")
    #expect(unknown.status == 2)
    #expect(unknown.err.contains("did you mean 'calves'?"))
    let saved = glide(
      "build", "neck", "chest", "--minutes", "5", "--for", "break", "--with", "none", "--save",
      "mine")
    #expect(saved.status == 0)
    #expect(saved.err.contains("left out chest:"))
    #expect(saved.out.contains("stretch      left neck"))
    #expect(glide("check", "mine").out == "mine: ok\n")
    #expect(glide("check").status == 0, "every file of the person's passes")

    try "name = \"x\"\n[[steps]]\ntechnique = \"rol\"\ntarget = \"calves\"\n".write(
      toFile: home + "/.config/glide/routines/broken.toml", atomically: true, encoding: .utf8)
    let broken = glide("run", "broken")
    #expect(broken.status == 2)
    #expect(broken.err.split(separator: "\n").count == 2, "every error: \(broken.err)")
  }
}
