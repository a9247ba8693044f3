import Foundation
import Testing

@Suite(.serialized, .endToEnd) struct LogEndToEndTests {
  @Test func aLimitBelowOneIsRefusedRatherThanShowingAnEmptyLog() {
    for limit in ["--limit=0", "--limit=-2"] {
      let history = runProcess(glideBinary, ["history", limit])
      #expect(history.status == 2, "\(history.err)")
      #expect(history.err.contains("--limit must be 1 or more"), "\(history.err)")
      #expect(!history.out.contains("No sessions logged yet"))
    }
  }

  @Test func aFlagTheParserRefusesIsBadInputWithStatusTwoInOneLine() {
    // The argument parser's own status for these is 64, and its message three lines;
    // Glide's for all bad input is 2, and one line in the shape of its own errors.
    for (arguments, line) in [
      (["history", "--bogus"], "unknown option '--bogus'"),
      (["run", "--time-scale"], "missing value for '--time-scale' (see 'glide run --help')"),
      (["stats", "--weeks", "x"], "the value 'x' is invalid for '--weeks <weeks>'"),
    ] {
      let refused = runProcess(glideBinary, arguments)
      #expect(refused.status == 2, "\(arguments): \(refused.err)")
      #expect(refused.err.hasPrefix("glide: " + line), "\(arguments): \(refused.err)")
      #expect(refused.err.split(separator: "\n").count == 1, "\(arguments): \(refused.err)")
    }
  }

  @Test func completedQuitAndKilledSessionsEachShowInHistory() async throws {
    let tmux = try Tmux()
    defer { tmux.close() }
    let log = tmux.directory.appendingPathComponent("data/sessions.jsonl").path

    // Completed.
    tmux.startGlide("run \(fixture("short.toml")) --no-bell --time-scale 8 --log \(log)")
    await tmux.waitFor("Session complete", timeout: 30)
    await tmux.waitFor("This week 1 session")
    tmux.keys("x")
    #expect(await tmux.exitStatus() == 0)

    // Quit part way.
    await tmux.startGlideInFirstRoll("run \(fixture("keys.toml")) --no-bell --log \(log)")
    tmux.keys("q", "y")
    await tmux.waitFor("Session ended early")
    tmux.keys("x")
    #expect(await tmux.exitStatus() == 1, "ended early with q")

    // Killed with SIGKILL after one step: nothing is left but the journal.
    await tmux.startGlideInFirstRoll("run \(fixture("keys.toml")) --no-bell --log \(log)")
    tmux.keys("n")
    await tmux.waitFor("rep 0 / 2")
    tmux.keys("Enter", "Enter")
    await tmux.waitFor("HOLD · upper back")
    // The journal is written just after the frame is drawn: wait for it to hold the reps.
    let folder = tmux.directory.appendingPathComponent("data").path
    await tmux.waitFor("the journal of the hold") { _ in
      let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
      return names.filter { $0.hasSuffix(".journal") }.contains { name in
        let text = (try? String(contentsOfFile: folder + "/" + name, encoding: .utf8)) ?? ""
        return text.contains("\"reps_done\":2")
      }
    }
    let pids = tmux.glidePIDs()
    #expect(!pids.isEmpty)
    for pid in pids { kill(pid, SIGKILL) }
    _ = await tmux.exitStatus()
    tmux.type("reset")

    let history = runProcess(glideBinary, ["history", "--log", log])
    #expect(history.status == 0)
    #expect(
      history.err.contains("recovered an interrupted session of keys"), "told once: \(history.err)")
    let rows = history.out.split(separator: "\n").dropFirst()
    #expect(rows.count == 3, "\(history.out)")
    #expect(rows.map { $0.contains("interrupted") } == [true, false, false])
    #expect(
      rows.first?.contains("1/3") == true,
      "the killed session keeps the reps it finished: \(history.out)")
    #expect(rows.dropFirst().first?.contains("stopped") == true)
    #expect(rows.last?.contains("completed") == true)
    #expect(rows.last?.contains("4/4") == true)

    let again = runProcess(glideBinary, ["history", "--log", log])
    #expect(!again.err.contains("recovered"), "only once")
    #expect(again.out.split(separator: "\n").count == 4, "nothing counted twice")

    let json = runProcess(
      "/bin/sh", ["-c", "\(glideBinary) history --json --log \(log) | jq -r '.outcome'"])
    #expect(json.status == 0)
    #expect(json.out == "interrupted\nstopped\ncompleted\n")

    let csv = runProcess(
      "/bin/sh",
      [
        "-c",
        "\(glideBinary) history --csv --log \(log) | python3 -c 'import csv,sys; rows=list(csv.DictReader(sys.stdin)); print(len(rows), rows[-1][\"outcome\"], rows[-1][\"reps_done\"])'",
      ])
    #expect(csv.out == "3 completed 2\n", "\(csv.err)")

    let stats = runProcess(glideBinary, ["stats", "--log", log])
    #expect(stats.status == 0)
    #expect(stats.out.contains("Sessions per week (aim for 2-3)"))
    #expect(stats.out.contains("calves"))
  }

  @Test func aSessionKilledWhilePausedIsRecoveredOnceWithItsPauseIntoItsOwnLog() async throws {
    let tmux = try Tmux()
    defer { tmux.close() }
    let folder = tmux.directory.appendingPathComponent("data").path
    let own = folder + "/a.jsonl"
    let other = folder + "/b.jsonl"
    await tmux.startGlideInFirstRoll(
      "run \(fixture("keys.toml")) --no-bell --time-scale 4 --log \(own)")
    // Time-scaled by 4: at 0:35 left of 0:40, five seconds of the roll are done.
    await tmux.waitFor("0:35 left")
    tmux.keys("Space")
    await tmux.waitFor("space resume")
    await pause(0.5)
    let pids = tmux.glidePIDs()
    #expect(!pids.isEmpty)
    for pid in pids { kill(pid, SIGKILL) }
    _ = await tmux.exitStatus()
    tmux.type("reset")

    let elsewhere = runProcess(glideBinary, ["history", "--json", "--log", other])
    #expect(elsewhere.status == 0)
    #expect(
      !elsewhere.err.contains("recovered"), "another log's command leaves it: \(elsewhere.err)")
    #expect(elsewhere.out.isEmpty)

    var environment = ProcessInfo.processInfo.environment
    environment["GLIDE_LOG"] = other
    let check = runProcess(glideBinary, ["check", fixture("keys.toml")], environment: environment)
    #expect(!check.err.contains("recovered"), "check recovers the default log only: \(check.err)")

    let recovered = runProcess(
      "/bin/sh",
      [
        "-c",
        "\(glideBinary) history --json --log \(own) | jq -r '[.outcome, .steps[0].outcome, (.steps[0].elapsed_seconds >= 3)] | @tsv'",
      ])
    #expect(recovered.err.contains("recovered an interrupted session of keys"), "\(recovered.err)")
    #expect(
      recovered.out == "interrupted\tpartial\ttrue\n",
      "the work up to the pause is kept: \(recovered.out)")
    let again = runProcess(glideBinary, ["history", "--json", "--log", own])
    #expect(!again.err.contains("recovered"))
    #expect(again.out.split(separator: "\n").count == 1, "once")
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder).filter {
      $0.contains(".glide-")
    }
    #expect(leftovers.isEmpty, "\(leftovers)")
  }

  @Test func unwritableLogStopsBeforeTheSessionStarts() async throws {
    let tmux = try Tmux()
    defer { tmux.close() }
    let folder = tmux.directory.appendingPathComponent("dir-log.jsonl").path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let fifo = tmux.directory.appendingPathComponent("fifo.jsonl").path
    #expect(mkfifo(fifo, 0o600) == 0)
    let null = tmux.directory.appendingPathComponent("null.jsonl").path
    try FileManager.default.createSymbolicLink(atPath: null, withDestinationPath: "/dev/null")
    for (place, kind) in [(fifo, "named pipe"), (null, "character device")] {
      for command in [["history"], ["stats"], ["history", "--json"]] {
        let result = runProcess(glideBinary, command + ["--log", place])
        #expect(result.status == 2, "\(command) on a \(kind) ends at once")
        #expect(result.err.contains("it is a \(kind)"), "\(result.err)")
      }
    }
    var places = [folder, "/proc/glide-cannot-be-here/sessions.jsonl", fifo, null]
    if geteuid() != 0 {
      let readOnly = tmux.directory.appendingPathComponent("ro").path
      try FileManager.default.createDirectory(atPath: readOnly, withIntermediateDirectories: true)
      chmod(readOnly, 0o500)
      places.append(readOnly + "/sessions.jsonl")
    }
    for (index, place) in places.enumerated() {
      // A marker of its own per place: the last one's may still be on screen.
      tmux.type(
        "clear; \(glideBinary) run \(fixture("keys.toml")) --log \(place); echo \"LOGEXIT\(index)=$?\""
      )
      await tmux.waitFor("LOGEXIT\(index)=2")
      #expect(!tmux.screen.contains("GET READY"), "no session started")
      #expect(tmux.screen.contains("glide: cannot"))
    }
  }

  @Test func historyOfAnEmptyLogSaysSo() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "glide-empty-\(UUID().uuidString)"
    ).path
    let result = runProcess(glideBinary, ["history", "--log", folder + "/none.jsonl"])
    #expect(result.status == 0)
    #expect(result.out.contains("No sessions logged yet"))
  }
}
