import GlideCore
import GlideLog
import GlideRender
import GlideSystem

/// The benchmark's settings and the scenarios it runs against a command.
public struct Bench {
  /// The release `glide` binary.
  public var glide: String
  /// Seconds each steady-state window is measured for.
  public var seconds: Double
  /// How many runs of each scenario.
  public var runs: Int
  /// A scratch folder for routines, logs and HOME.
  public var folder: String

  /// Creates a bench.
  public init(glide: String, seconds: Double, runs: Int, folder: String) {
    self.glide = glide
    self.seconds = seconds
    self.runs = runs
    self.folder = folder
  }

  var environment: [String: String] {
    [
      "TERM": "xterm-256color", "LANG": "C.UTF-8", "HOME": folder, "PATH": "/usr/bin:/bin",
      "GLIDE_LOG": folder + "/sessions.jsonl",
    ]
  }

  /// Writes a routine file into the scratch folder and returns its path.
  public func routine(_ name: String, _ body: String) -> String {
    let path = "\(folder)/\(name).toml"
    let text = "name = \"\(name)\"\n" + body
    try? Files.write(path, Array(text.utf8))
    return path
  }

  /// Starts glide on a routine on a `columns` x `rows` terminal, waits for its first frame
  /// and skips the lead-in.
  func startGlide(
    _ routinePath: String, extra: [String] = ["--no-bell"], columns: UInt16 = 80,
    rows: UInt16 = 24
  ) throws -> PtyProcess {
    let process = try PtyProcess(
      path: glide, arguments: ["run", routinePath] + extra, environment: environment,
      columns: columns, rows: rows)
    guard process.wait(for: "help", seconds: 30) else {
      throw BenchError("glide drew no first frame: \(process.tail)")
    }
    process.send("n")
    process.pump(until: monotonicNanoseconds() + 1_000_000_000)
    return process
  }

  /// CPU, wake-ups and bytes of a process over one window.
  public struct Steady: Sendable {
    /// CPU seconds per minute.
    public var cpuPerMinute: Double
    /// Context switches per second.
    public var wakeupsPerSecond: Double
    /// Voluntary context switches per second: the process's own wakes.
    public var voluntaryPerSecond: Double
    /// Bursts of output per minute: what a person sees change.
    public var changesPerMinute: Double
    /// Bytes written to the terminal per second.
    public var bytesPerSecond: Double
    /// Peak resident set, MB.
    public var peakRSSMegabytes: Double

    /// Share of one core, in percent.
    public var corePercent: Double { cpuPerMinute / 60 * 100 }
    /// Voluntary context switches per visible change.
    public var voluntaryPerChange: Double { voluntaryPerSecond * 60 / max(1, changesPerMinute) }
    /// All context switches per visible change.
    public var switchesPerChange: Double { wakeupsPerSecond * 60 / max(1, changesPerMinute) }
  }

  /// Measures a running process over `seconds`.
  public static func steady(_ process: PtyProcess, seconds: Double) throws -> Steady {
    guard let before = process.stats else { throw BenchError("the process ended early") }
    let start = monotonicNanoseconds()
    process.pump(until: start + Int64(seconds * 1e9))
    let end = monotonicNanoseconds()
    guard let after = process.stats else { throw BenchError("the process ended early") }
    let elapsed = Double(end - start) / 1e9
    return Steady(
      cpuPerMinute: Double(after.cpuNanoseconds - before.cpuNanoseconds) / 1e9 / elapsed * 60,
      wakeupsPerSecond: Double(after.contextSwitches - before.contextSwitches) / elapsed,
      voluntaryPerSecond: Double(after.voluntarySwitches - before.voluntarySwitches) / elapsed,
      changesPerMinute: Double(process.changes(from: start, to: end)) / elapsed * 60,
      bytesPerSecond: Double(process.bytes(from: start, to: end)) / elapsed,
      peakRSSMegabytes: Double(after.peakRSSKilobytes) / 1024)
  }

  /// The steps of a ten-minute roll: a plain countdown.
  public static let rollSteps =
    "[[steps]]\ntechnique = \"roll\"\ntarget = \"calves\"\nduration = \"10m\"\n"

  /// A ten-minute roll: a plain countdown.
  private var rollRoutine: String { routine("countdown", Self.rollSteps) }

  /// 1. A plain countdown at 80x24, lead-in skipped.
  public func countdown() throws -> [Steady] {
    let path = rollRoutine
    return try (0..<runs).map { _ in
      let process = try startGlide(path)
      defer { process.stop() }
      return try Self.steady(process, seconds: seconds)
    }
  }

  /// 1b. The same countdown and another clock (`command`, run through `/bin/sh -c`, e.g.
  /// `tty-clock -s -c`) at 80x24, measured turn about in one run so both meet the same
  /// machine: glide's runs, then the other's.
  public func clockComparison(_ command: String) throws -> (glide: [Steady], other: [Steady]) {
    try turnAbout(rollRoutine, against: command)
  }

  /// Another program on an 80x24 terminal, measured after two seconds to settle.
  public func other(_ command: String) throws -> Steady {
    let process = try PtyProcess(
      path: "/bin/sh", arguments: ["-c", "exec " + command],
      environment: [
        "TERM": "xterm-256color", "LANG": "C.UTF-8", "PATH": "/usr/local/bin:/usr/bin:/bin",
        "HOME": folder,
      ])
    defer { process.stop() }
    process.pump(until: monotonicNanoseconds() + 2_000_000_000)
    return try Self.steady(process, seconds: seconds)
  }

  /// 1c. A roll on a 2000x500 terminal: the frame is a million cells, the digits hundreds
  /// of rows tall.
  public func hugeTerminal() throws -> [Steady] {
    let path = rollRoutine
    return try (0..<runs).map { _ in
      let process = try startGlide(path, columns: 2000, rows: 500)
      defer { process.stop() }
      return try Self.steady(process, seconds: seconds)
    }
  }

  /// 2. A breath-paced hold; also returns the visible changes per second the core plans.
  public func breath() throws -> (runs: [Steady], changesPerSecond: Double) {
    let body =
      "[[steps]]\ntechnique = \"hold\"\ntarget = \"calves\"\nduration = \"10m\"\nbreath = \"4-6\"\n"
    let path = routine("breath", body)
    let measured = try (0..<runs).map { _ in
      let process = try startGlide(path)
      defer { process.stop() }
      return try Self.steady(process, seconds: seconds)
    }
    // Count the wakes the core asks for over the same window at 80x24.
    let plan = Plan(
      Routine(
        id: "breath", name: "breath", summary: "", phase: .any,
        steps: [
          Step(.hold, target: "calves", duration: .seconds(600), breath: BreathPattern("4-6"))
        ]))
    var state = SessionState(plan: plan)
    _ = reduce(&state, .start(at: .zero))
    _ = reduce(&state, .skip(at: .zero))
    let widths = SessionScreen.widths(width: 80, height: 24)
    var now = Instant.zero
    var wakes = 0
    while let wake = state.nextWake(after: now, widths: widths), wake <= .seconds(seconds) {
      now = wake
      _ = reduce(&state, .tick(at: now))
      wakes += 1
    }
    return (measured, Double(wakes) / seconds)
  }

  /// 3. Key latency: key written → first byte of the answer, over `count` keys (`?`
  /// toggles the help), on a paused session so no tick interferes.
  public func keyLatency(count: Int = 200) throws -> [Double] {
    let path = routine(
      "keys", "[[steps]]\ntechnique = \"roll\"\ntarget = \"calves\"\nduration = \"10m\"\n")
    let process = try startGlide(path)
    defer { process.stop() }
    process.send(" ")
    process.pump(until: monotonicNanoseconds() + 300_000_000)
    var latencies: [Double] = []
    for _ in 0..<count {
      let before = process.output.count
      let sent = monotonicNanoseconds()
      process.send("?")
      guard process.pump(until: sent + 2_000_000_000, done: { $0.output.count > before }) else {
        throw BenchError("no answer to a key within 2 s")
      }
      let answered = process.reads.last { $0.time >= sent }?.time ?? sent
      latencies.append(Double(answered - sent) / 1e6)
      // Let the frame finish before the next key.
      process.pump(until: monotonicNanoseconds() + 15_000_000)
    }
    return latencies
  }

  /// 4. Start-up: spawn → first complete frame (ms), and peak RSS (MB) once drawn.
  public func startup() throws -> [(milliseconds: Double, megabytes: Double)] {
    let path = routine(
      "startup", "[[steps]]\ntechnique = \"roll\"\ntarget = \"calves\"\nduration = \"10m\"\n")
    return try (0..<max(runs, 5)).map { _ in
      let process = try PtyProcess(
        path: glide, arguments: ["run", path, "--no-bell"], environment: environment)
      defer { process.stop() }
      guard process.wait(for: "help") else { throw BenchError("no first frame: \(process.tail)") }
      let drawn = process.reads.last?.time ?? process.startedAt
      process.pump(until: monotonicNanoseconds() + 300_000_000)
      let rss = Double(process.stats?.peakRSSKilobytes ?? 0) / 1024
      return (Double(drawn - process.startedAt) / 1e6, rss)
    }
  }

  /// 5. Timing: 20 steps of 3 s at real speed; each step change (its bell) against its
  /// ideal instant, in ms: (max |error|, last error - first error).
  public func timing(steps: Int = 20) throws -> (
    maxError: Double, drift: Double, fittedDrift: Double
  ) {
    var body = ""
    for _ in 0..<steps {
      body += "[[steps]]\ntechnique = \"rest\"\ntarget = \"body\"\nduration = \"3s\"\n"
    }
    let path = routine("timing", body)
    // The bell marks the changes: no tones, and no window title, whose OSC ends in a BEL.
    let process = try PtyProcess(
      path: glide, arguments: ["run", path, "--sound", "bell", "--no-title"],
      environment: environment)
    defer { process.stop() }
    guard process.wait(for: "help") else { throw BenchError("no first frame") }
    let skipped = monotonicNanoseconds()
    process.send("n")
    process.pump(until: skipped + Int64(Double(steps) * 3.2e9))
    // Each bell after the skip marks a step start (3 s steps have no 3-2-1 countdown).
    var bells: [Int64] = []
    var offset = 0
    for read in process.reads {
      let chunk = process.output[offset..<(offset + read.count)]
      offset += read.count
      if read.time >= skipped && chunk.contains(0x07) { bells.append(read.time) }
    }
    guard bells.count >= steps else {
      throw BenchError("saw \(bells.count) step changes of \(steps)")
    }
    let first = bells[0]
    let errors = (0..<steps).map { Double(bells[$0] - (first + Int64($0) * 3_000_000_000)) / 1e6 }
    // The first step starts on the key that skips the lead-in, every later one on a timer:
    // drift compares the last change with the first timer-driven one.
    let timed = Array(errors.dropFirst())
    return (errors.map(abs).max() ?? 0, (timed.last ?? 0) - (timed.first ?? 0), fittedDrift(timed))
  }

  /// 6. Log scale: one append to a 100,000-session log against one to an empty log (ratio
  /// of medians), and the wall time of `glide stats` and `glide history --limit 20` over it.
  public func logScale(sessions: Int = 100_000) throws -> (
    appendRatio: Double, stats: [Double], history: [Double]
  ) {
    let big = "\(folder)/big.jsonl"
    var text: [UInt8] = []
    let now = Timestamp.now().milliseconds
    for index in 0..<sessions {
      let start = Timestamp(milliseconds: now - Int64(sessions - index) * 600_000)
      let record = SessionRecord(
        id: "bench-\(index)", routine: "desk-reset", routineName: "Desk reset", startedAt: start,
        endedAt: Timestamp(milliseconds: start.milliseconds + 540_000), outcome: "completed",
        plannedSeconds: 536, activeSeconds: 540, pausedSeconds: 0,
        steps: [
          .init(
            number: 1, technique: .roll, target: "upper back", side: nil, planned: .seconds(90),
            elapsed: .seconds(90), outcome: .done),
          .init(
            number: 2, technique: .reps, target: "upper back", side: nil, planned: .seconds(24),
            elapsed: .seconds(30), outcome: .done, repsTarget: 8, repsDone: 8),
        ])
      text += Array((record.jsonLine + "\n").utf8)
    }
    try Files.write(big, text, mode: 0o600)
    let sample = SessionRecord(
      id: "sample", routine: "r", routineName: "R", startedAt: .now(), endedAt: .now(),
      outcome: "completed", plannedSeconds: 1, activeSeconds: 1, pausedSeconds: 0, steps: [])
    func appendTimes(_ path: String) throws -> [Double] {
      try (0..<40).map { _ in
        let start = monotonicNanoseconds()
        try LogFile(path: path).append(sample)
        return Double(monotonicNanoseconds() - start) / 1e6
      }
    }
    try? Files.remove("\(folder)/empty.jsonl")
    let empty = try appendTimes("\(folder)/empty.jsonl")
    let full = try appendTimes(big)
    func command(_ arguments: [String]) throws -> [Double] {
      try (0..<max(runs, 3)).map { _ in
        let start = monotonicNanoseconds()
        let status = runQuietly(glide, arguments, environment: environment)
        guard status == 0 else {
          throw BenchError("glide \(arguments.joined(separator: " ")) failed")
        }
        return Double(monotonicNanoseconds() - start) / 1e6
      }
    }
    let stats = try command(["stats", "--log", big])
    let history = try command(["history", "--limit", "20", "--log", big])
    return ((percentile(full, 50) ?? 0) / max(0.001, percentile(empty, 50) ?? 1), stats, history)
  }
}

/// Runs a program with output discarded; returns its exit status.
public func runQuietly(_ path: String, _ arguments: [String], environment: [String: String])
  -> Int32
{
  let entries = environment.map { "\($0.key)=\($0.value)" }
  guard let pid = ChildProcess.spawn(path, arguments, environment: entries) else { return -1 }
  return ChildProcess.wait(pid)
}

/// The drift a least-squares line through the errors shows from the first step to the
/// last: real drift grows steadily, jitter does not.
public func fittedDrift(_ errors: [Double]) -> Double {
  let n = Double(errors.count)
  guard n > 1 else { return 0 }
  let xs = errors.indices.map(Double.init)
  let meanX = xs.reduce(0, +) / n
  let meanY = errors.reduce(0, +) / n
  let sxy = zip(xs, errors).reduce(0) { $0 + ($1.0 - meanX) * ($1.1 - meanY) }
  let sxx = xs.reduce(0) { $0 + ($1 - meanX) * ($1 - meanX) }
  return sxy / sxx * (n - 1)
}
