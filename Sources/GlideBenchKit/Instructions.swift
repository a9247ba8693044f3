import GlideSystem

/// Instructions counted by callgrind: a figure the machine's load does not move, so a
/// change of a few percent shows where timings on a shared machine could not.
///
/// Valgrind 3.19 cannot read the DWARF 5 that Swift 6 writes, so it is given a copy of the
/// binary with the debug sections taken out (`objcopy --strip-debug`); symbols stay.
public struct Instructions {
  let bench: Bench
  let valgrind: String
  let control: String
  /// The binary callgrind runs.
  let binary: String

  /// Counting is possible: valgrind and callgrind_control are on PATH. Nil otherwise.
  public init?(bench: Bench) {
    guard let valgrind = SearchPath.find("valgrind"),
      let control = SearchPath.find("callgrind_control")
    else { return nil }
    self.bench = bench
    self.valgrind = valgrind
    self.control = control
    let copy = bench.folder + "/glide-nodebug"
    let stripped =
      SearchPath.find("objcopy").map {
        runQuietly($0, ["--strip-debug", bench.glide, copy], environment: [:]) == 0
      } ?? false
    binary = stripped ? copy : bench.glide
  }

  /// The callgrind output file of one run, and its later dumps as `.1`, `.2`, ...
  private func outFile(_ name: String) -> String { "\(bench.folder)/callgrind.\(name)" }

  /// The arguments that run `arguments` of glide under callgrind into `out`.
  private func callgrind(_ out: String, _ arguments: [String]) -> [String] {
    ["--tool=callgrind", "--callgrind-out-file=" + out, binary] + arguments
  }

  /// Instructions of a whole one-line command, e.g. `--version`.
  public func command(_ arguments: [String]) throws -> Double {
    let out = outFile("command")
    _ = runQuietly(valgrind, callgrind(out, arguments), environment: bench.environment)
    guard let total = Self.total(out) else {
      throw BenchError("callgrind wrote no count for glide \(arguments.joined(separator: " "))")
    }
    return total
  }

  /// Instructions to the first frame of a session, and per visible change of its steady
  /// state over `seconds` (the lead-in skipped, a second let pass).
  public func session(_ routine: String, seconds: Double) throws -> (
    firstFrame: Double, perChange: Double
  ) {
    let out = outFile("session")
    let process = try firstFrame(out, ["run", routine, "--no-bell"])
    defer { process.stop() }
    process.send("n")
    process.pump(until: monotonicNanoseconds() + 2_000_000_000)
    try tell(process, "-z")
    let start = monotonicNanoseconds()
    process.pump(until: start + Int64(seconds * 1e9))
    let end = monotonicNanoseconds()
    try tell(process, "-d")
    let changes = process.changes(from: start, to: end)
    guard let first = Self.total(out + ".1"), let steady = Self.total(out + ".2"), changes > 0
    else { throw BenchError("callgrind's dumps of the session are missing") }
    return (first, steady / Double(changes))
  }

  /// Instructions to the first frame of `glide` with `arguments` (`glide` alone, say, as a
  /// person starts it, whose built-in routine a session of a file named by path does not
  /// decode).
  public func firstFrame(_ arguments: [String]) throws -> Double {
    let out = outFile("first")
    let process = try firstFrame(out, arguments)
    process.stop()
    guard let first = Self.total(out + ".1") else {
      throw BenchError("callgrind's dump of the first frame is missing")
    }
    return first
  }

  /// Glide with `arguments` under callgrind into `out`, its counts dumped (`.1`) once its
  /// first frame (the key line's "help") has arrived.
  private func firstFrame(_ out: String, _ arguments: [String]) throws -> PtyProcess {
    let process = try PtyProcess(
      path: valgrind, arguments: callgrind(out, arguments), environment: bench.environment)
    guard process.wait(for: "help", seconds: 120) else {
      process.stop()
      throw BenchError("glide under callgrind drew no first frame: \(process.tail)")
    }
    do {
      try tell(process, "-d")
    } catch {
      process.stop()
      throw error
    }
    return process
  }

  /// Asks the callgrind run of `process` to dump (`-d`) or zero (`-z`) its counts.
  private func tell(_ process: PtyProcess, _ request: String) throws {
    let status = runQuietly(
      control, [request, String(process.pid)], environment: bench.environment)
    guard status == 0 else { throw BenchError("callgrind_control \(request) failed") }
  }

  /// The instructions a callgrind dump counted: its `summary:` (or `totals:`) line.
  static func total(_ path: String) -> Double? {
    guard let bytes = Files.read(path, limit: 64 << 20) else { return nil }
    for line in String(decoding: bytes, as: UTF8.self).split(separator: "\n") {
      for key in ["summary: ", "totals: "] where line.hasPrefix(key) {
        return Double(line.dropFirst(key.count).split(separator: " ").first ?? "")
      }
    }
    return nil
  }
}
