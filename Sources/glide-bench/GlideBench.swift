import ArgumentParser
import GlideBenchKit
import GlideSystem

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
      "Only these scenarios, comma-separated: countdown,paced,instructions,huge,breath,keys,startup,timing,log,files,million."
  )
  var only: String?

  func run() throws {
    let binary = try glide ?? releaseGlide()
    guard
      let folder = Folders.makeTemporary(under: BaseDirectories.temporary(), prefix: "glide-bench")
    else {
      throw BenchError("cannot make a scratch folder: \(SystemError.last.reason)")
    }
    defer { Folders.removeTree(folder) }
    let bench = Bench(glide: binary, seconds: seconds, runs: runs, folder: folder)
    let wanted = Set(
      (only ?? "countdown,paced,instructions,huge,breath,keys,startup,timing,log,files,million")
        .split(separator: ",")
        .map(String.init))
    var figures: [Figure] = []
    var failed: [String] = []
    // A scenario that fails is reported and the others still run: a long run keeps what
    // it measured.
    for (name, measure) in scenarios(bench, binary: binary) where wanted.contains(name) {
      do {
        figures += try measure()
      } catch {
        note("\(name): \(error)")
        failed.append(name)
      }
    }
    for command in compare.dropFirst() {
      note("compare: \(command)")
      let theirs = try (0..<runs).map { _ in try bench.other(command) }
      figures += countdownFigures(command, theirs, targets: false)
    }
    print(table(figures))
    if !failed.isEmpty {
      throw BenchError("failed: \(failed.joined(separator: ", "))")
    }
  }

  /// The scenarios by name, in the order they run. First the million-session log: a child
  /// started with posix_spawn (vfork) reports the parent's peak RSS as its own when that
  /// is higher, and the scenarios before would leave it high.
  func scenarios(_ bench: Bench, binary: String) -> [(String, () throws -> [Figure])] {
    [
      (
        "million",
        {
          note("log: 1,000,000 sessions")
          return try bench.logAtScale().figures
        }
      ),
      ("countdown", { try countdown(bench) }),
      ("paced", { try paced(bench) }),
      ("instructions", { try instructions(bench) }),
      ("huge", { try huge(bench) }),
      ("breath", { try breath(bench) }),
      ("keys", { try keys(bench) }),
      ("startup", { try startup(bench, binary: binary) }),
      ("timing", { try timing(bench) }),
      ("log", { try log(bench) }),
      ("files", { try files(bench) }),
    ]
  }

  /// A line of progress on standard error.
  func note(_ text: String) {
    Descriptor.writeAll(2, Array((text + "\n").utf8))
  }

  /// glide's steady countdown, each run followed by the first `--compare` clock if given.
  func countdown(_ bench: Bench) throws -> [Figure] {
    note(
      "countdown at 80x24: \(runs) runs of \(Int(seconds)) s"
        + (compare.first.map { ", each followed by \($0)" } ?? ""))
    guard let peer = compare.first else {
      return countdownFigures("countdown", try bench.countdown())
    }
    let (glideRuns, peerRuns) = try bench.clockComparison(peer)
    let ours = percentile(glideRuns.map(\.cpuPerMinute), 50) ?? 0
    let theirs = percentile(peerRuns.map(\.cpuPerMinute), 50) ?? 0
    return countdownFigures("countdown", glideRuns)
      + countdownFigures(peer, peerRuns, targets: false) + [
        Figure(
          "countdown CPU / \(peer) CPU (medians)", target: 1.0,
          values: theirs > 0 ? [ours / theirs] : [])
      ]
  }

  /// A roll on a 2000x500 terminal.
  func huge(_ bench: Bench) throws -> [Figure] {
    note("roll at 2000x500: \(runs) runs of \(Int(seconds)) s")
    let runs = try bench.hugeTerminal()
    return [
      Figure("2000x500 roll: % of a core", target: 2, values: runs.map(\.corePercent)),
      Figure(
        "2000x500 roll: visible changes per minute", equals: 60, tolerance: 1, decimals: 1,
        values: runs.map(\.changesPerMinute)),
      Figure(
        "2000x500 roll: bytes per second", target: nil, decimals: 0,
        values: runs.map(\.bytesPerSecond)),
      Figure(
        "2000x500 roll: peak RSS, MB", target: nil, decimals: 1,
        values: runs.map(\.peakRSSMegabytes)),
    ]
  }

  /// The breath pacer: its changes and wake-ups against the plan.
  func breath(_ bench: Bench) throws -> [Figure] {
    note("breath: \(runs) runs of \(Int(seconds)) s")
    let result = try bench.breath()
    let seen = percentile(result.runs.map(\.changesPerMinute), 50) ?? 0
    return [
      Figure(
        "breath pacer: visible changes per second (planned \(format(result.changesPerSecond, 2)))",
        target: nil, values: result.runs.map { $0.changesPerMinute / 60 }),
      Figure(
        "breath pacer: wake-ups per second (visible changes + 1)",
        target: seen / 60 + 1, values: result.runs.map(\.voluntaryPerSecond)),
      Figure(
        "breath pacer: all switches per second", target: nil,
        values: result.runs.map(\.wakeupsPerSecond)),
      Figure(
        "breath pacer: CPU seconds per minute", target: nil, decimals: 4,
        values: result.runs.map(\.cpuPerMinute)),
    ]
  }

  /// Key to screen latency over 200 keys.
  func keys(_ bench: Bench) throws -> [Figure] {
    note("keys: 200 keys")
    let latencies = try bench.keyLatency()
    return [
      Figure("key latency: median ms", target: nil, values: [percentile(latencies, 50) ?? 0]),
      Figure("key latency: p99 ms", target: 5, values: [percentile(latencies, 99) ?? 0]),
    ]
  }

  /// Start-up time, peak memory and the binary's size.
  func startup(_ bench: Bench, binary: String) throws -> [Figure] {
    note("startup")
    let starts = try bench.startup()
    var figures = [
      Figure(
        "start-up to first frame, ms", target: 25, decimals: 1, values: starts.map(\.milliseconds)),
      Figure("peak RSS, MB", target: 20, decimals: 1, values: starts.map(\.megabytes)),
    ]
    if let peer = compare.first {
      note("startup: 30 launches each of glide and \(peer), turn about")
      let (ours, theirs) = try bench.startupComparison(peer)
      let ratio = (percentile(ours, 50) ?? 0) / max(0.001, percentile(theirs, 50) ?? 1)
      figures += [
        Figure("start-up to first frame, 30 launches, ms", target: nil, decimals: 1, values: ours),
        Figure("\(peer): start-up to first output, ms", target: nil, decimals: 1, values: theirs),
        Figure(
          "start-up / \(peer) start-up (medians, same run)", target: 2.5, values: [ratio]),
      ]
    }
    // The file as it is installed: static and stripped for `make release`, neither for
    // the build `swift build -c release` makes.
    if let size = Files.size(binary) {
      figures.append(
        Figure(
          "binary size on disk, MB", target: nil, decimals: 1,
          values: [Double(size) / 1_048_576]))
    }
    return figures
  }

  /// How close step changes come to their planned instants.
  func timing(_ bench: Bench) throws -> [Figure] {
    note("timing: 20 steps of 3 s")
    let timing = try bench.timing()
    return [
      Figure("step changes: max error, ms", target: 10, values: [timing.maxError]),
      Figure("step changes: last - first timed, ms", target: 0, values: [timing.drift]),
      Figure(
        "step changes: fitted drift over the run, ms", target: nil, values: [timing.fittedDrift]),
    ]
  }

  /// Appending to and reading a log of 100,000 sessions.
  func log(_ bench: Bench) throws -> [Figure] {
    note("log: 100,000 sessions")
    let log = try bench.logScale()
    return [
      Figure("log: append to 100k / to empty", target: 1.2, values: [log.appendRatio]),
      Figure("log: glide stats over 100k, ms", target: 300, decimals: 0, values: log.stats),
      Figure(
        "log: glide history --limit 20 over 100k, ms", target: 300, decimals: 0,
        values: log.history),
    ]
  }

  /// `glide check` on routine files of a mebibyte.
  func files(_ bench: Bench) throws -> [Figure] {
    note("files: glide check on 1 MiB routine files")
    let files = try bench.routineFiles()
    return [
      Figure(
        "glide check, 1 MiB routine (200 steps), ms", target: 50, decimals: 1,
        values: files.valid),
      Figure(
        "glide check, 1 MiB of steps only, ms", target: 50, decimals: 1, values: files.dense),
    ]
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
    guard let path = releaseProduct("glide") else {
      throw BenchError(
        "cannot build the release glide: run 'swift build -c release --product glide' first, or give --glide PATH"
      )
    }
    return path
  }

  /// Builds `product` of this package in release beside this binary and returns its path,
  /// or nil when it cannot be built.
  func releaseProduct(_ product: String) -> String? {
    let me = Files.resolve("/proc/self/exe") ?? ""
    let directory = String(me[..<(me.lastIndex(of: "/") ?? me.endIndex)])
    // The toolchain on PATH, else where the project's machines install it; PATH itself is
    // passed on as it is.
    let swift = SearchPath.find("swift") ?? SearchPath.find("swift", in: "/opt/swift/usr/bin")
    let status =
      swift.map {
        runQuietly(
          $0, ["build", "-c", "release", "--product", product],
          environment: [
            "PATH": Host.variable("PATH") ?? "/usr/bin:/bin",
            "HOME": Host.variable("HOME") ?? "/tmp",
          ])
      } ?? -1
    let path = directory + "/" + product
    return status == 0 && Files.isExecutable(path) ? path : nil
  }
}
