import Foundation
import Testing

/// `glide status` in a tmux status line while a real session runs in another tmux.
@Suite(.serialized, .endToEnd) struct StatusEndToEndTests {
  /// `glide status` as a status bar would run it, with the session's runtime folder.
  func status(_ tmux: Tmux, _ arguments: [String] = []) -> String {
    var environment = ProcessInfo.processInfo.environment
    environment["XDG_RUNTIME_DIR"] = tmux.directory.path
    return runProcess(glideBinary, ["status"] + arguments, environment: environment).out
  }

  /// Starts the matrix fixture in `session`, its status file in the session's folder.
  func start(_ session: Tmux, _ flags: String = "") {
    let runtime = session.directory.path
    session.type(
      "clear; XDG_RUNTIME_DIR=\(runtime) \(glideBinary) run \(fixture("matrix.toml")) "
        + "--sound off \(flags) --log \(runtime)/sessions.jsonl")
  }

  @Test func theStatusLineFollowsTheSessionAndIsEmptyAfterIt() async throws {
    let session = try Tmux(width: 100, height: 30)
    defer { session.close() }
    let runtime = session.directory.path
    session.type(
      "clear; rm -f \(runtime)/status; XDG_RUNTIME_DIR=\(runtime) \(glideBinary) run "
        + "\(fixture("matrix.toml")) --sound off --log \(runtime)/sessions.jsonl; "
        + "echo \"EXIT=$?\" > \(runtime)/status")
    await session.waitFor("GET READY")
    // The session's tmux shows the status in its own status line, through a client that
    // a second tmux runs attached: a status line is drawn only for a client.
    session.tmux(["set-option", "-g", "status-interval", "1"])
    session.tmux(["set-option", "-g", "status-right-length", "60"])
    session.tmux([
      "set-option", "-g", "status-right", "#(XDG_RUNTIME_DIR=\(runtime) \(glideBinary) status)",
    ])
    let viewer = try Tmux(width: 100, height: 30)
    defer { viewer.close() }
    viewer.type("unset TMUX; TERM=xterm-256color tmux -L \(session.socket) attach -t main")
    let statusLine = { viewer.screen.split(separator: "\n").last.map(String.init) ?? "" }
    await viewer.waitFor("the get-ready in the status line") { _ in
      statusLine().hasSuffix("▶ Get ready 0:10") || statusLine().contains("▶ Get ready 0:0")
    }
    session.keys("n")
    await viewer.waitFor("the roll in the status line") { _ in
      statusLine().contains("▶ Roll · calves 1:")
    }
    session.keys("Space")
    await viewer.waitFor("the pause in the status line") { _ in
      statusLine().contains("⏸ Roll · calves 1:")
    }
    let paused = status(session, ["--json"])
    #expect(paused.contains("\"class\":\"paused\""), "\(paused)")
    #expect(paused.contains("\"tooltip\":\"Matrix fixture · step 1 of 2\""), "\(paused)")
    #expect(
      status(session, ["--format", "{state} {percent}"]).hasPrefix("paused "),
      "a template's fields")
    // `+` while paused: the file says the 15 s more at once, not at the next step.
    let seconds = { (line: String) -> Int? in
      let last = line.split(whereSeparator: \.isWhitespace).last
      let parts = last?.split(separator: ":").compactMap { Int($0) }
      guard let parts, parts.count == 2 else { return nil }
      return parts[0] * 60 + parts[1]
    }
    let before = try #require(seconds(status(session)), "\(status(session))")
    session.keys("+")
    await session.waitFor("the longer roll in the status file") { _ in
      seconds(status(session)) == before + 15
    }
    session.keys("q", "y")
    await session.waitFor("Press any key to exit")
    session.keys("x")
    #expect(await session.exitStatus() == 1)
    #expect(status(session) == "", "no session, no line")
    #expect(status(session, ["--json"]).contains("\"class\":\"idle\""))
  }

  /// Ctrl-Z pauses the session and stops the job: the status file says paused before the
  /// process stops, not after `fg`.
  @Test func ctrlZIsPausedInTheStatusWhileTheJobIsStopped() async throws {
    let session = try Tmux(width: 100, height: 30)
    defer { session.close() }
    start(session)
    await session.waitFor("GET READY")
    session.keys("n")
    #expect(await eventually(timeout: 10) { status(session).hasPrefix("▶ Roll") })
    session.keys("C-z")
    #expect(
      await eventually(timeout: 10) { status(session).hasPrefix("⏸ Roll") },
      "\(status(session))")
    session.type("fg")
    session.keys("q", "y")
    await session.waitFor("Press any key to exit")
    session.keys("x")
  }

  /// Once the work is over, a check-in after it shows no step's time counting down.
  @Test func theCheckInAfterTheWorkShowsNoStep() async throws {
    let session = try Tmux(width: 100, height: 30)
    defer { session.close() }
    start(session, "--check-in")
    await session.waitFor("Check-in before")
    // The questions before skipped, then each item: the check-in after is asked.
    for _ in 0..<8 where !session.screen.contains("GET READY") { session.keys("s") }
    await session.waitFor("GET READY")
    // Each n moves the line under the header on; wait for it before the next.
    func title() -> String? {
      session.screen.split(separator: "\n").dropFirst().first.map(String.init)
    }
    for _ in 0..<6 where !session.screen.contains("Check-in after") {
      let before = title()
      session.keys("n")
      _ = await eventually(timeout: 5) { title() != before }
    }
    await session.waitFor("Check-in after")
    #expect(await eventually(timeout: 5) { status(session) == "" }, "\(status(session))")
    session.keys("q")
  }

  @Test func theFileOfADeadSessionIsIgnored() throws {
    let tmux = try Tmux()
    defer { tmux.close() }
    let folder = tmux.directory.appendingPathComponent("glide")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    // A process number no process has (above the kernel's pid_max).
    let stale =
      "pid=99999999\nroutine=Gone\nwhat=Roll · calves\npaused=1\nremaining=30\n"
      + "length=90\nscale=1\nstep=2\nsteps=3\n"
    try stale.write(
      to: folder.appendingPathComponent("session-99999999.status"), atomically: true,
      encoding: .utf8)
    #expect(status(tmux) == "")
  }
}
