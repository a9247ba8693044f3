import Foundation
import Testing

/// Every built-in routine at `--time-scale 60`, all at once in one private tmux server
/// (one session each, alternately 80x24 and 40x12), runs from the get-ready to the summary
/// with no key pressed, and its log line says every step and every rep was done by the
/// timer. At 40x12 the summary is longer than the screen: ↓ scrolls it before a key
/// leaves.
@Suite(.endToEnd) struct HandsFreeEndToEndTests {
  /// One routine's run: where it is, and what it leaves behind.
  final class Run {
    enum Stage { case running, scrolling, leaving, ended }
    let routine: String
    let window: String
    let narrow: Bool
    let log: String
    let status: String
    var stage = Stage.running
    var lastScreen = ""

    init(routine: String, index: Int, folder: URL) {
      self.routine = routine
      window = "r\(index)"
      narrow = index % 2 == 1
      log = folder.appendingPathComponent("\(routine).jsonl").path
      status = folder.appendingPathComponent("\(routine).status").path
    }
  }

  /// The built-in routines' ids, as `glide routines` lists them.
  static func builtinRoutines() -> [String] {
    runProcess(glideBinary, ["routines"]).out.split(separator: "\n")
      .compactMap { $0.split(separator: " ").first.map(String.init) }
  }

  @Test func everyBuiltinRunsToItsSummaryWithNoKey() async throws {
    let routines = Self.builtinRoutines()
    #expect(routines.count == 15, "\(routines)")
    let tmux = try Tmux()
    defer { tmux.close() }
    let runs = routines.enumerated().map {
      Run(routine: $0.element, index: $0.offset, folder: tmux.directory)
    }
    for run in runs {
      let (width, height) = run.narrow ? (40, 12) : (80, 24)
      let command =
        "\(glideBinary) run \(run.routine) --sound off --no-bell --time-scale 60"
        + " --log \(run.log); echo \"EXIT=$?\" > \(run.status)"
      let started = tmux.tmux([
        "new-session", "-d", "-s", run.window, "-x", "\(width)", "-y", "\(height)", "env", "-i",
        "PATH=/usr/bin:/bin", "HOME=\(tmux.directory.path)", "TERM=tmux-256color",
        "LANG=C.UTF-8", "sh", "-c", command,
      ])
      #expect(started.status == 0, "\(run.routine): \(started.err)")
    }
    // The longest, long-holds, plans 24:47: 25 s at this scale. The deadline is generous
    // for a busy machine; the timer keeps time on deadlines, not on frames drawn.
    let deadline = Date().addingTimeInterval(360)
    while Date() < deadline, runs.contains(where: { $0.stage != .ended }) {
      for run in runs where run.stage != .ended {
        if run.stage != .leaving {
          run.lastScreen = tmux.tmux(["capture-pane", "-p", "-t", run.window]).out
        }
        // The summary's last row says whether there is more below (↓) and above (↑).
        let footer = run.lastScreen.split(separator: "\n").last.map(String.init) ?? ""
        switch run.stage {
        case .running where run.lastScreen.contains("Session complete"):
          if run.narrow {
            #expect(footer.contains("↓"), "\(run.routine):\n\(run.lastScreen)")
            tmux.tmux(["send-keys", "-t", run.window, "Down"])
            run.stage = .scrolling
          } else {
            tmux.tmux(["send-keys", "-t", run.window, "x"])
            run.stage = .leaving
          }
        case .scrolling where footer.contains("↑"):
          tmux.tmux(["send-keys", "-t", run.window, "x"])
          run.stage = .leaving
        case .leaving where FileManager.default.fileExists(atPath: run.status):
          run.stage = .ended
        default: break
        }
      }
      // Sleeping, not blocking: the runner's thread serves other tests meanwhile.
      try await Task.sleep(for: .milliseconds(200))
    }
    for run in runs {
      try check(run)
    }
  }

  /// The run ended by the key, with its log line: completed, every step done, every
  /// reps step's reps all done and paced.
  func check(_ run: Run) throws {
    let routine = run.routine
    #expect(run.stage == .ended, "\(routine) did not end; the screen was:\n\(run.lastScreen)")
    guard run.stage == .ended else { return }
    let status = try String(contentsOfFile: run.status, encoding: .utf8)
    #expect(status.hasPrefix("EXIT=0"), "\(routine): \(status)")
    let text = try String(contentsOfFile: run.log, encoding: .utf8)
    let lines = text.split(separator: "\n")
    #expect(lines.count == 1, "\(routine): one session, one line")
    let line = try #require(lines.last)
    let record = try #require(
      try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
    #expect(record["outcome"] as? String == "completed", "\(routine)")
    let steps = try #require(record["steps"] as? [[String: Any]])
    #expect(!steps.isEmpty, "\(routine)")
    for step in steps {
      #expect(step["outcome"] as? String == "done", "\(routine): \(step)")
      if step["technique"] as? String == "reps" {
        let target = step["reps_target"] as? Int
        #expect(target != nil && step["reps_done"] as? Int == target, "\(routine): \(step)")
        #expect(step["reps_paced"] as? Bool == true, "\(routine): \(step)")
      }
    }
  }
}
