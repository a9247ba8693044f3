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
      "Also run this command (via /bin/sh -c) as a plain countdown and compare, e.g. 'tty-clock -s -c'."
  )
  var compare: [String] = []

  @Option(
    help:
      "Only these scenarios, comma-separated: countdown,breath,keys,startup,timing,log,files,million.")
  var only: String?

  func run() throws {
    let binary = try glide ?? releaseGlide()
    let folder = "/tmp/glide-bench-\(getpid())"
    mkdir(folder, 0o700)
    let bench = Bench(glide: binary, seconds: seconds, runs: runs, folder: folder)
    let wanted = Set(
      (only ?? "countdown,breath,keys,startup,timing,log,files,million").split(separator: ",").map(
        String.init))
    var figures: [Figure] = []
    func note(_ text: String) {
      let line = Array((text + "\n").utf8)
      _ = line.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
    }

    if wanted.contains("countdown") {
      note("countdown: \(runs) runs of \(Int(seconds)) s")
      let runs = try bench.countdown()
      figures.append(
        Figure(
          "countdown: CPU seconds per minute", target: 0.015, decimals: 4,
          values: runs.map(\.cpuPerMinute)))
      figures.append(
        Figure("countdown: wake-ups per second", target: 1.5, values: runs.map(\.wakeupsPerSecond)))
      figures.append(
        Figure(
          "countdown: bytes per second", target: 150, decimals: 1,
          values: runs.map(\.bytesPerSecond)))
    }
    if wanted.contains("breath") {
      note("breath: \(runs) runs of \(Int(seconds)) s")
      let result = try bench.breath()
      figures.append(
        Figure(
          "breath pacer: wake-ups per second (pacer changes + 1)",
          target: result.changesPerSecond + 1, values: result.runs.map(\.wakeupsPerSecond)))
      figures.append(
        Figure(
          "breath pacer: CPU seconds per minute", target: nil, decimals: 4,
          values: result.runs.map(\.cpuPerMinute)))
    }
    if wanted.contains("keys") {
      note("keys: 200 keys")
      let latencies = try bench.keyLatency()
      figures.append(
        Figure("key latency: median ms", target: nil, values: [percentile(latencies, 50) ?? 0]))
      figures.append(
        Figure("key latency: p99 ms", target: 5, values: [percentile(latencies, 99) ?? 0]))
    }
    if wanted.contains("startup") {
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
    if wanted.contains("timing") {
      note("timing: 20 steps of 3 s")
      let timing = try bench.timing()
      figures.append(Figure("step changes: max error, ms", target: 10, values: [timing.maxError]))
      figures.append(
        Figure("step changes: last - first timed, ms", target: 0, values: [timing.drift]))
      figures.append(
        Figure(
          "step changes: fitted drift over the run, ms", target: nil, values: [timing.fittedDrift]))
    }
    if wanted.contains("log") {
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
    if wanted.contains("files") {
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
    if wanted.contains("million") {
      note("log: 1,000,000 sessions")
      figures += try bench.logAtScale().figures
    }
    for command in compare {
      note("compare: \(command)")
      var firstBytes: [Double] = []
      let theirs = try (0..<runs).map { _ in
        let process = try PtyProcess(
          path: "/bin/sh", arguments: ["-c", "exec " + command],
          environment: [
            "TERM": "xterm-256color", "LANG": "C.UTF-8", "PATH": "/usr/local/bin:/usr/bin:/bin",
            "HOME": folder,
          ])
        defer { process.stop() }
        process.pump(until: monotonicNanoseconds() + 2_000_000_000)
        if let first = process.reads.first?.time {
          firstBytes.append(Double(first - process.startedAt) / 1e6)
        }
        return try Bench.steady(process, seconds: seconds)
      }
      figures.append(
        Figure(
          "\(command): start-up to first byte, ms", target: nil, decimals: 1, values: firstBytes))
      figures.append(
        Figure(
          "\(command): CPU seconds per minute", target: nil, decimals: 4,
          values: theirs.map(\.cpuPerMinute)))
      figures.append(
        Figure(
          "\(command): wake-ups per second", target: nil, values: theirs.map(\.wakeupsPerSecond)))
      figures.append(
        Figure(
          "\(command): bytes per second", target: nil, decimals: 1,
          values: theirs.map(\.bytesPerSecond)))
      figures.append(
        Figure(
          "\(command): peak RSS, MB", target: nil, decimals: 1,
          values: theirs.map(\.peakRSSMegabytes)))
    }
    print(table(figures))
    if let ours = figures.first(where: { $0.name == "start-up to first frame, ms" })?.median {
      for peer in compare {
        let name = "\(peer): start-up to first byte, ms"
        if let theirs = figures.first(where: { $0.name == name })?.median, theirs > 0 {
          print("glide start-up / \(peer) start-up: \(format(ours / theirs, 2))")
        }
      }
    }
    for figure in figures {
      if let peer = compare.first(where: { figure.name.hasPrefix($0 + ":") }) {
        let ours = figures.first {
          $0.name.hasPrefix("countdown:")
            && $0.name.hasSuffix(figure.name.dropFirst(peer.count + 1))
        }
        if let mine = ours?.median, let theirs = figure.median, theirs > 0 {
          print(
            "glide / \(peer),\(figure.name.dropFirst(peer.count + 1)): \(format(mine / theirs, 2))")
        }
      }
    }
    _ = runQuietly("/bin/rm", ["-rf", folder], environment: [:])
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
