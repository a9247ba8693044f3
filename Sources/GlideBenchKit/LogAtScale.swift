import GlideCore
import GlideLog
import GlideSystem

/// What a log of a million sessions costs the commands that read it.
public struct LogAtScale: Sendable {
  /// Size of the generated log, MB.
  public var logMegabytes: Double
  /// Peak RSS of a session ending with the big log, over that with an empty log.
  public var sessionEndRSSRatio: Double
  /// Peak RSS of a session ending with the big log, MB.
  public var sessionEndMegabytes: Double
  /// `glide stats`: wall ms per run, and peak RSS MB.
  public var stats: (milliseconds: [Double], megabytes: Double)
  /// `glide history --limit 20`: wall ms per run, and peak RSS MB.
  public var history: (milliseconds: [Double], megabytes: Double)
  /// `glide history --json` over every session, to /dev/null: peak RSS MB, over the whole
  /// log and over a log of 1,000 sessions.
  public var json: (whole: Double, small: Double, milliseconds: Double)
  /// `glide report` over every session (its window from 1970), to a file: wall ms and peak
  /// RSS MB.
  public var report: (milliseconds: Double, megabytes: Double) = (0, 0)
}

extension Bench {
  /// 7. A log of `sessions` sessions (about 540 bytes each, one every 10 minutes back
  /// from now): session end, `stats`, `history --limit 20` and `history --json`.
  public func logAtScale(sessions: Int = 1_000_000) throws -> LogAtScale {
    let big = "\(folder)/million.jsonl"
    let small = "\(folder)/thousand.jsonl"
    try generateLog(big, sessions: sessions)
    try generateLog(small, sessions: 1000)
    let empty = "\(folder)/none.jsonl"
    try? Files.remove(empty)
    let emptyEnd = try sessionEndRSS(log: empty)
    try? Files.remove(empty)
    let bigEnd = try sessionEndRSS(log: big)
    let statsRuns = try (0..<max(runs, 3)).map { _ in try measure(["stats", "--log", big]) }
    let historyRuns = try (0..<max(runs, 3)).map { _ in
      try measure(["history", "--limit", "20", "--log", big])
    }
    let jsonWhole = try measure(["history", "--json", "--log", big])
    let jsonSmall = try measure(["history", "--json", "--log", small])
    let report = try measure(
      ["report", "--since", "1970-01-01", "--output", "\(folder)/report.html", "--log", big])
    let size = Files.size(big) ?? 0
    try? Files.remove(big)
    return LogAtScale(
      logMegabytes: Double(size) / 1e6,
      sessionEndRSSRatio: bigEnd / max(0.001, emptyEnd), sessionEndMegabytes: bigEnd,
      stats: (statsRuns.map(\.milliseconds), statsRuns.map(\.megabytes).max() ?? 0),
      history: (historyRuns.map(\.milliseconds), historyRuns.map(\.megabytes).max() ?? 0),
      json: (jsonWhole.megabytes, jsonSmall.megabytes, jsonWhole.milliseconds),
      report: report)
  }

  /// Peak RSS (MB) of a one-step session once its summary shows, which is after its line
  /// was appended and this week's sessions were counted.
  func sessionEndRSS(log: String) throws -> Double {
    let path = routine(
      "one-step", "[[steps]]\ntechnique = \"rest\"\ntarget = \"body\"\nduration = \"1s\"\n")
    var environment = self.environment
    environment["GLIDE_LOG"] = log
    let process = try PtyProcess(
      path: glide, arguments: ["run", path, "--no-bell"], environment: environment)
    defer { process.stop() }
    guard process.wait(for: "help") else { throw BenchError("no first frame: \(process.tail)") }
    process.send("n")
    guard process.wait(for: "to exit", seconds: 20) else {
      throw BenchError("no summary: \(process.tail)")
    }
    return Double(process.stats?.peakRSSKilobytes ?? 0) / 1024
  }

  /// Runs glide with its output to /dev/null: wall time (ms) and peak RSS (MB).
  func measure(_ arguments: [String]) throws -> (milliseconds: Double, megabytes: Double) {
    let start = monotonicNanoseconds()
    let entries = environment.map { "\($0.key)=\($0.value)" }
    guard let pid = ChildProcess.spawn(glide, arguments, environment: entries) else {
      throw BenchError("cannot start glide")
    }
    let (status, kilobytes) = ChildProcess.waitWithPeakMemory(pid)
    let elapsed = Double(monotonicNanoseconds() - start) / 1e6
    guard status == 0 else {
      throw BenchError("glide \(arguments.joined(separator: " ")) failed (\(status))")
    }
    return (elapsed, Double(kilobytes) / 1024)
  }

  /// Writes a log of `sessions` sessions from one template line, patching in the id and
  /// times, so a million lines take seconds rather than minutes.
  func generateLog(_ path: String, sessions: Int) throws {
    guard let fd = try? Descriptor.create(path, mode: 0o600) else {
      throw BenchError("cannot write \(path)")
    }
    defer { Descriptor.close(fd) }
    let steps: [SessionRecord.StepRecord] = [
      .init(
        number: 1, technique: .roll, target: "upper back", side: nil, planned: .seconds(90),
        elapsed: .seconds(90), outcome: .done),
      .init(
        number: 2, technique: .roll, target: "calves", side: .left, planned: .seconds(60),
        elapsed: .seconds(58.5), outcome: .partial),
      .init(
        number: 3, technique: .reps, target: "upper back", side: nil, planned: .seconds(24),
        elapsed: .seconds(30), outcome: .done, repsTarget: 8, repsDone: 8),
    ]
    let marker = Timestamp(milliseconds: 0)
    let template = Array(
      SessionRecord(
        id: "@ID@", routine: "desk-reset", routineName: "Desk reset", startedAt: marker,
        endedAt: marker, outcome: "completed", plannedSeconds: 536, activeSeconds: 540,
        pausedSeconds: 0, steps: steps
      ).jsonLine.utf8)
    let pieces = split(template, on: Array("@ID@".utf8)).flatMap {
      split($0, on: Array(marker.description.utf8))
    }
    guard pieces.count == 4 else { throw BenchError("unexpected template line") }
    let (beforeID, afterID, middle) = (pieces[0], pieces[1], pieces[2])
    let tail = pieces[3] + [0x0A]
    let now = Timestamp.now().milliseconds
    var buffer: [UInt8] = []
    buffer.reserveCapacity(1 << 21)
    for index in 0..<sessions {
      let start = now - Int64(sessions - index) * 600_000
      let hex = String(index, radix: 16)
      buffer += beforeID
      buffer += Array("00000000-0000-4000-8000-".utf8)
      buffer += [UInt8](repeating: 0x30, count: 12 - hex.utf8.count) + Array(hex.utf8)
      buffer += afterID
      buffer += Array(Timestamp(milliseconds: start).description.utf8)
      buffer += middle
      buffer += Array(Timestamp(milliseconds: start + 540_000).description.utf8)
      buffer += tail
      if buffer.count > 1 << 20 {
        guard Descriptor.writeAll(fd, buffer) else { throw BenchError("cannot write \(path)") }
        buffer.removeAll(keepingCapacity: true)
      }
    }
    guard Descriptor.writeAll(fd, buffer) else { throw BenchError("cannot write \(path)") }
  }

  /// The parts of `bytes` between occurrences of `separator`.
  private func split(_ bytes: [UInt8], on separator: [UInt8]) -> [[UInt8]] {
    var parts: [[UInt8]] = []
    var rest = bytes[...]
    while let range = rest.firstRange(of: separator) {
      parts.append(Array(rest[..<range.lowerBound]))
      rest = rest[range.upperBound...]
    }
    return parts + [Array(rest)]
  }
}

extension LogAtScale {
  /// The table rows, with the targets of the log's scale.
  public var figures: [Figure] {
    [
      Figure("log 1M: size, MB", target: nil, decimals: 0, values: [logMegabytes]),
      Figure(
        "log 1M: session-end peak RSS / empty log", target: 1.1, values: [sessionEndRSSRatio]),
      Figure(
        "log 1M: session-end peak RSS, MB", target: nil, decimals: 1, values: [sessionEndMegabytes]),
      Figure("log 1M: glide stats, ms", target: 1000, decimals: 0, values: stats.milliseconds),
      Figure(
        "log 1M: glide stats peak RSS, MB", target: 32, decimals: 1, values: [stats.megabytes]),
      Figure(
        "log 1M: glide history --limit 20, ms", target: 50, decimals: 0,
        values: history.milliseconds),
      Figure(
        "log 1M: glide history --limit 20 peak RSS, MB", target: 16, decimals: 1,
        values: [history.megabytes]),
      Figure("log 1M: history --json, ms", target: nil, decimals: 0, values: [json.milliseconds]),
      Figure(
        "log 1M: history --json peak RSS / over 1,000 sessions", target: 1.1,
        values: [json.whole / max(0.001, json.small)]),
      Figure(
        "log 1M: glide report over every session, ms", target: nil, decimals: 0,
        values: [report.milliseconds]),
      Figure(
        "log 1M: glide report over every session peak RSS, MB", target: 48, decimals: 1,
        values: [report.megabytes]),
    ]
  }
}
