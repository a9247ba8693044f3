import ArgumentParser
import GlideBenchKit

#if canImport(Glibc)
  import Glibc
#endif

/// `glide-bench`: what Glide costs while it runs, measured on the real release binary.
@main
struct GlideBench: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "glide-bench",
    abstract: "Measure the release glide binary under a pseudo-terminal and print a table.",
    discussion:
      "Build glide first: swift build -c release --product glide (done for you when --glide is not given)."
  )

  @Option(help: "Seconds each steady-state window is measured for.")
  var seconds: Double = 60

  @Option(help: "Runs of each scenario.")
  var runs = 3

  @Option(help: "The glide binary to measure (default: the release build beside this one).")
  var glide: String?

  @Option(
    help:
      "Also run this clock (via /bin/sh -c) at 80x24, turn about with glide's countdown runs, and compare, e.g. 'tty-clock -s -c'."
  )
  var compare: [String] = []

  @Option(
    help:
      "Only these scenarios, comma-separated: countdown,huge,breath,keys,startup,timing,log,files,million."
  )
  var only: String?

  func run() throws {
    let binary = try glide ?? releaseGlide()
    let folder = "/tmp/glide-bench-\(getpid())"
    mkdir(folder, 0o700)
    let bench = Bench(glide: binary, seconds: seconds, runs: runs, folder: folder)
    let wanted = Set(
      (only ?? "countdown,huge,breath,keys,startup,timing,log,files,million").split(separator: ",")
        .map(
          String.init))
    var figures: [Figure] = []
    func note(_ text: String) {
      let line = Array((text + "\n").utf8)
      _ = line.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
    }

    var failed: [String] = []
    // A scenario that fails is reported and the others still run: a long run keeps what
    // it measured.
    func scenario(_ name: String, _ body: () throws -> Void) {
      guard wanted.contains(name) else { return }
      do {
        try body()
      } catch {
        note("\(name): \(error)")
        failed.append(name)
      }
    }

    // First: a child started with posix_spawn (vfork) reports the parent's peak RSS as
    // its own when that is higher, and the scenarios before would leave it high.
    scenario("million") {
      note("log: 1,000,000 sessions")
      figures += try bench.logAtScale().figures
    }

    scenario("countdown") {
      note(
        "countdown at 80x24: \(runs) runs of \(Int(seconds)) s"
          + (compare.first.map { ", each followed by \($0)" } ?? ""))
      var glideRuns: [Bench.Steady]
      var peerRuns: [Bench.Steady] = []
      if let peer = compare.first {
        (glideRuns, peerRuns) = try bench.clockComparison(peer)
      } else {
        glideRuns = try bench.countdown()
      }
      figures += countdownFigures("countdown", glideRuns)
      if let peer = compare.first {
        figures += countdownFigures(peer, peerRuns, targets: false)
        let ours = percentile(glideRuns.map(\.cpuPerMinute), 50) ?? 0
        let theirs = percentile(peerRuns.map(\.cpuPerMinute), 50) ?? 0
        figures.append(
          Figure(
            "countdown CPU / \(peer) CPU (medians)", target: 1.0,
            values: theirs > 0 ? [ours / theirs] : []))
      }
    }
    scenario("huge") {
      note("roll at 2000x500: \(runs) runs of \(Int(seconds)) s")
      let runs = try bench.hugeTerminal()
      figures.append(
        Figure("2000x500 roll: % of a core", target: 2, values: runs.map(\.corePercent)))
      figures.append(
        Figure(
          "2000x500 roll: visible changes per minute", equals: 60, tolerance: 1, decimals: 1,
          values: runs.map(\.changesPerMinute)))
      figures.append(
        Figure(
          "2000x500 roll: bytes per second", target: nil, decimals: 0,
          values: runs.map(\.bytesPerSecond)))
      figures.append(
        Figure(
          "2000x500 roll: peak RSS, MB", target: nil, decimals: 1,
          values: runs.map(\.peakRSSMegabytes)))
    }
    scenario("breath") {
      note("breath: \(runs) runs of \(Int(seconds)) s")
      let result = try bench.breath()
      let seen = percentile(result.runs.map(\.changesPerMinute), 50) ?? 0
      figures.append(
        Figure(
          "breath pacer: visible changes per second (planned \(format(result.changesPerSecond, 2)))",
          target: nil, values: result.runs.map { $0.changesPerMinute / 60 }))
      figures.append(
        Figure(
          "breath pacer: wake-ups per second (visible changes + 1)",
          target: seen / 60 + 1, values: result.runs.map(\.voluntaryPerSecond)))
      figures.append(
        Figure(
          "breath pacer: all switches per second", target: nil,
          values: result.runs.map(\.wakeupsPerSecond)))
      figures.append(
        Figure(
          "breath pacer: CPU seconds per minute", target: nil, decimals: 4,
          values: result.runs.map(\.cpuPerMinute)))
    }
    scenario("keys") {
      note("keys: 200 keys")
      let latencies = try bench.keyLatency()
      figures.append(
        Figure("key latency: median ms", target: nil, values: [percentile(latencies, 50) ?? 0]))
      figures.append(
        Figure("key latency: p99 ms", target: 5, values: [percentile(latencies, 99) ?? 0]))
    }
    scenario("startup") {
      note("startup")
      let starts = try bench.startup()
      figures.append(
        Figure(
          "start-up to first frame, ms", target: 25, decimals: 1, values: starts.map(\.milliseconds)
        ))
      figures.append(
        Figure("peak RSS, MB", target: 20, decimals: 1, values: starts.map(\.megabytes)))
      // The file as it is installed: static and stripped for `make release`, neither for
      // the build `swift build -c release` makes.
      var info = stat()
      if stat(binary, &info) == 0 {
        figures.append(
          Figure(
            "binary size on disk, MB", target: nil, decimals: 1,
            values: [Double(info.st_size) / 1_048_576]))
      }
    }
    scenario("timing") {
      note("timing: 20 steps of 3 s")
      let timing = try bench.timing()
      figures.append(Figure("step changes: max error, ms", target: 10, values: [timing.maxError]))
      figures.append(
        Figure("step changes: last - first timed, ms", target: 0, values: [timing.drift]))
      figures.append(
        Figure(
          "step changes: fitted drift over the run, ms", target: nil, values: [timing.fittedDrift]))
    }
    scenario("log") {
      note("log: 100,000 sessions")
      let log = try bench.logScale()
      figures.append(
        Figure("log: append to 100k / to empty", target: 1.2, values: [log.appendRatio]))
      figures.append(
        Figure("log: glide stats over 100k, ms", target: 300, decimals: 0, values: log.stats))
      figures.append(
        Figure(
          "log: glide history --limit 20 over 100k, ms", target: 300, decimals: 0,
          values: log.history))
    }
    scenario("files") {
      note("files: glide check on 1 MiB routine files")
      let files = try bench.routineFiles()
      figures.append(
        Figure(
          "glide check, 1 MiB routine (200 steps), ms", target: 50, decimals: 1,
          values: files.valid))
      figures.append(
        Figure(
          "glide check, 1 MiB of steps only, ms", target: 50, decimals: 1, values: files.dense))
    }
    for command in compare.dropFirst() {
      note("compare: \(command)")
      let theirs = try (0..<runs).map { _ in try bench.other(command) }
      figures += countdownFigures(command, theirs, targets: false)
    }
    print(table(figures))
    _ = runQuietly("/bin/rm", ["-rf", folder], environment: [:])
    if !failed.isEmpty {
      throw BenchError("failed: \(failed.joined(separator: ", "))")
    }
  }

  /// The figures of a clock's steady countdown; the targets are glide's.
  func countdownFigures(_ name: String, _ runs: [Bench.Steady], targets: Bool = true)
    -> [Figure]
  {
    func limit(_ value: Double) -> Double? { targets ? value : nil }
    return [
      Figure(
        "\(name): CPU seconds per minute", target: limit(0.015), decimals: 4,
        values: runs.map(\.cpuPerMinute)),
      targets
        ? Figure(
          "\(name): visible changes per minute", equals: 60, tolerance: 1, decimals: 1,
          values: runs.map(\.changesPerMinute))
        : Figure(
          "\(name): visible changes per minute", target: nil, decimals: 1,
          values: runs.map(\.changesPerMinute)),
      Figure(
        "\(name): voluntary switches per visible change", target: limit(1.0),
        values: runs.map(\.voluntaryPerChange)),
      Figure(
        "\(name): all switches per visible change", target: limit(1.3),
        values: runs.map(\.switchesPerChange)),
      // No target: the digits take the rows nothing else needs (15 at 80x24, three times
      // what they were when the target was 150 a second), and a change repaints their cells.
      Figure(
        "\(name): bytes per second", target: nil, decimals: 1,
        values: runs.map(\.bytesPerSecond)),
      Figure(
        "\(name): peak RSS, MB", target: nil, decimals: 1, values: runs.map(\.peakRSSMegabytes)),
    ]
  }

  /// Builds the release glide beside this binary and returns its path.
  func releaseGlide() throws -> String {
    let me = realpath("/proc/self/exe", nil).map { String(cString: $0) } ?? ""
    let directory = String(me[..<(me.lastIndex(of: "/") ?? me.endIndex)])
    let status = runQuietly(
      "/usr/bin/env", ["swift", "build", "-c", "release", "--product", "glide"],
      environment: [
        "PATH": "/opt/swift/usr/bin:/usr/local/bin:/usr/bin:/bin",
        "HOME": String(cString: getenv("HOME") ?? strdup("/tmp")),
      ])
    let path = directory + "/glide"
    guard status == 0, access(path, X_OK) == 0 else {
      throw BenchError(
        "cannot build the release glide: run 'swift build -c release --product glide' first, or give --glide PATH"
      )
    }
    return path
  }
}
