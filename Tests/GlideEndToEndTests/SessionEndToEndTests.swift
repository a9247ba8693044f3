import Foundation
import GlideSession
import Testing

/// The time the step bar's label shows, e.g. "0:37".
private func stepLeft(_ screen: String) -> String? {
  for line in screen.split(separator: "\n") where line.hasPrefix(" step ") {
    let words = line.split(separator: " ")
    if words.count >= 2, words.last == "left" { return String(words[words.count - 2]) }
  }
  return nil
}

private func seconds(_ clock: String?) -> Int? {
  guard let parts = clock?.split(separator: ":"), parts.count == 2,
    let m = Int(parts[0]), let s = Int(parts[1])
  else { return nil }
  return m * 60 + s
}

@Suite(.serialized, .endToEnd) struct SessionEndToEndTests {
  @Test func pauseResumeSkipBackAndExtend() async throws {
    let tmux = try Tmux()
    defer { tmux.close() }
    await tmux.startGlideInFirstRoll("run \(fixture("keys.toml")) --no-bell")
    await tmux.waitFor("a running countdown") { seconds(stepLeft($0)).map { $0 <= 38 } ?? false }

    // Pause: the digits stop.
    tmux.keys("Space")
    await tmux.waitFor("space resume")
    let frozen = stepLeft(tmux.screen)
    await pause(1.6)
    #expect(stepLeft(tmux.screen) == frozen, "paused time stands still")

    // Resume: it counts again.
    tmux.keys("Space")
    await tmux.waitFor("space pause")
    await tmux.waitFor("the countdown moving on") { stepLeft($0) != frozen && stepLeft($0) != nil }

    // Extend by 15 s, then take it away again.
    let before = seconds(stepLeft(tmux.screen)) ?? 0
    tmux.keys("+")
    await tmux.waitFor("15 s more") { (seconds(stepLeft($0)) ?? 0) >= before + 13 }
    tmux.keys("-")
    await tmux.waitFor("15 s less") { (seconds(stepLeft($0)) ?? 99) <= before }

    // Back after 3 s restarts the step at its full length.
    tmux.keys("b")
    await tmux.waitFor("the step restarted") { (seconds(stepLeft($0)) ?? 0) >= 39 }

    // Skip to the counted reps; enter counts, the last rep moves on.
    tmux.keys("n")
    await tmux.waitFor("rep 0 / 2")
    tmux.keys("Enter")
    await tmux.waitFor("rep 1 / 2")
    tmux.keys("Enter")
    await tmux.waitFor("HOLD · upper back")

    // Back within 3 s goes to the previous step.
    tmux.keys("b")
    await tmux.waitFor("REPS · calves")

    tmux.keys("q")
    await tmux.waitFor("End session? y/n")
    tmux.keys("y")
    await tmux.waitFor("Session ended early")
    tmux.keys("x")
    #expect(await tmux.exitStatus() == 1, "ended early with q")
    await tmux.expectSaneTerminal()
  }

  @Test func quitConfirmationBothWays() async throws {
    let tmux = try Tmux()
    defer { tmux.close() }
    tmux.startGlide("run \(fixture("keys.toml")) --no-bell")
    await tmux.waitFor("GET READY")
    tmux.keys("q")
    await tmux.waitFor("End session? y/n")
    tmux.keys("n")
    await tmux.waitFor("the question gone") {
      !$0.contains("End session?") && $0.contains("space pause")
    }
    tmux.keys("Q")
    await tmux.waitFor("End session? y/n")
    tmux.keys("Escape")
    await tmux.waitFor("the question gone") { !$0.contains("End session?") }
    tmux.keys("q")
    await tmux.waitFor("End session? y/n")
    tmux.keys("y")
    await tmux.waitFor("Press any key to exit")
    tmux.keys("Space")
    #expect(await tmux.exitStatus() == 1, "ended early with q")
    #expect(
      tmux.history.contains("Session ended early: Keys fixture"), "summary left in the scrollback")
    await tmux.expectSaneTerminal()
  }

  @Test func finishingIntoTheSummaryAndOut() async throws {
    let tmux = try Tmux()
    defer { tmux.close() }
    tmux.startGlide("run \(fixture("short.toml")) --no-bell --time-scale 8")
    await tmux.waitFor("SWITCH SIDES", timeout: 20)
    await tmux.waitFor("Session complete: Short fixture", timeout: 30)
    #expect(tmux.screen.contains("Reps      2 of 2"))
    tmux.keys("Enter")
    #expect(await tmux.exitStatus() == 0)
    let history = tmux.history
    #expect(history.contains("Session complete: Short fixture"))
    #expect(history.contains("4 done (of 4)"))
    await tmux.expectSaneTerminal()
  }

  @Test func resizingMidStepRelaysOut() async throws {
    let tmux = try Tmux()
    defer { tmux.close() }
    await tmux.startGlideInFirstRoll("run \(fixture("keys.toml")) --no-bell")
    tmux.tmux(["resize-window", "-t", "main", "-x", "40", "-y", "12"])
    await tmux.waitFor("the 40x12 layout") { screen in
      let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
      return screen.contains("step 1 of 3") && lines.allSatisfy { $0.count <= 40 }
        // The narrow hint line keeps `!` wherever it works (the one home of `!`), before
        // skip and quit, which the help lists.
        && screen.contains("space pause · ! ease off · ? help")
    }
    tmux.tmux(["resize-window", "-t", "main", "-x", "120", "-y", "40"])
    await tmux.waitFor("the 120x40 layout") { screen in
      screen.split(separator: "\n").contains {
        $0.hasPrefix(" Keys fixture") && $0.hasSuffix("step 1 of 3") && $0.count > 100
      }
    }
    tmux.tmux(["resize-window", "-t", "main", "-x", "15", "-y", "4"])
    await tmux.waitFor("too small")
    tmux.tmux(["resize-window", "-t", "main", "-x", "80", "-y", "24"])
    await tmux.waitFor("ROLL · calves")
    tmux.keys("q")
    tmux.keys("y")
    await tmux.waitFor("Press any key to exit")
    tmux.keys("x")
    #expect(await tmux.exitStatus() == 1, "ended early with q")
    await tmux.expectSaneTerminal()
  }

  @Test func sigtermEndsTheSessionAsStoppedAndRestoresTheTerminal() async throws {
    let tmux = try Tmux()
    defer { tmux.close() }
    await tmux.startGlideInFirstRoll("run \(fixture("keys.toml")) --no-bell")
    let pids = tmux.glidePIDs()
    #expect(!pids.isEmpty)
    for pid in pids { kill(pid, SIGTERM) }
    #expect(await tmux.exitStatus() == 128 + 15)
    #expect(tmux.history.contains("Session ended early: Keys fixture"))
    await tmux.expectSaneTerminal()
  }

  @Test func ctrlCEndsTheSessionAsStopped() async throws {
    let tmux = try Tmux()
    defer { tmux.close() }
    tmux.startGlide("run \(fixture("keys.toml")) --no-bell")
    await tmux.waitFor("GET READY")
    tmux.keys("C-c")
    #expect(await tmux.exitStatus() == 130)
    #expect(tmux.history.contains("Session ended early"))
    await tmux.expectSaneTerminal()
  }

  @Test func nonTerminalStdoutExitsTwoWithOneLine() {
    let result = runProcess(
      glideBinary, ["run", fixture("keys.toml")],
      environment: ["TERM": "xterm", "PATH": "/usr/bin:/bin"])
    #expect(result.status == 2)
    #expect(result.out.isEmpty, "nothing drawn")
    #expect(result.err.split(separator: "\n").count == 1)
    #expect(
      result.err
        == "glide: standard output is not a terminal; run glide in one, or add --plain for "
        + "lines of text\n")
  }

  @Test func badTermExitsTwo() async throws {
    let tmux = try Tmux()
    defer { tmux.close() }
    // TERM=dumb is plain mode (PlainEndToEndTests); a terminal that cannot place the
    // cursor is told where to go.
    // Each run's marker is its own, so a wait never ends on the line of the run before.
    for (index, term) in ["glasstty", "no-such-terminal-xyz", ""].enumerated() {
      tmux.type(
        "clear; TERM=\(term) \(glideBinary) --no-bell > /dev/tty; echo \"TERMEXIT\(index)=$?\"")
      await tmux.waitFor("TERMEXIT\(index)=2")
      if term == "glasstty" { #expect(tmux.screen.contains("try glide --plain")) }
    }
    #expect(tmux.screen.contains("glide: TERM"))
  }

  @Test func plainCommandsWorkInAPipe() {
    let routines = runProcess(glideBinary, ["routines"])
    #expect(routines.status == 0)
    #expect(routines.out.contains("desk-reset"))
    // A pipe is 80 columns wide unless COLUMNS says otherwise, as for `ls`.
    let home = ["HOME": "/nonexistent", "PATH": "/usr/bin:/bin"]
    let narrow = runProcess(glideBinary, ["routines"], environment: home)
    #expect(narrow.out.contains("Hamstrings and low… "))
    let wide = runProcess(
      glideBinary, ["routines"], environment: home.merging(["COLUMNS": "200"]) { $1 })
    #expect(wide.out.contains("Hamstrings and low back "))
    let show = runProcess(glideBinary, ["show", "desk-reset"])
    #expect(show.status == 0)
    #expect(show.out.contains("Total 9:28"))
    let unknown = runProcess(glideBinary, ["show", "nope"])
    #expect(unknown.status == 2)
    #expect(unknown.err.contains("known routines: desk-reset"))
    let themes = runProcess(glideBinary, ["themes"])
    #expect(themes.out.split(separator: "\n").count >= 5)
    for arguments in [["keys"], ["--keys"], ["help", "keys"]] {
      let keys = runProcess(glideBinary, arguments)
      #expect(keys.status == 0)
      #expect(keys.out.contains("n → PgDn       skip to the next step"), "\(arguments)")
    }
    let help = runProcess(glideBinary, ["run", "--help"])
    #expect(!help.out.contains("time-scale"), "--time-scale stays hidden")
    // --on-event's help names every variable the hook sets, as the man page does.
    for variable in HookVariables.all {
      #expect(help.out.contains(variable.name), "\(variable.name)")
    }
    // And every event GLIDE_EVENT takes.
    for event in HookVariables.events {
      #expect(help.out.contains(event), "\(event)")
    }
  }
}
