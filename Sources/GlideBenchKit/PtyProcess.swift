import CBenchPty
import GlideSystem

/// A program running on a pseudo-terminal of its own, as a person would run it, with every
/// byte it writes read back and stamped with the time it arrived.
public final class PtyProcess {
  /// The child's process id.
  public let pid: Int32
  /// The master side of the pseudo-terminal.
  public let master: Int32
  /// When the process was started (monotonic ns).
  public let startedAt: Int64
  /// Every byte read so far.
  public private(set) var output: [UInt8] = []
  /// Each read: when it arrived and how many bytes it brought.
  public private(set) var reads: [(time: Int64, count: Int)] = []
  private var exitStatus: Int32?

  /// Starts `path` with `arguments` and `environment` on a `columns` x `rows` terminal.
  public init(
    path: String, arguments: [String], environment: [String: String], columns: UInt16 = 80,
    rows: UInt16 = 24
  ) throws {
    var fd: Int32 = -1
    startedAt = monotonicNanoseconds()
    let child = withCStrings([path] + arguments) { argv in
      withCStrings(environment.map { "\($0.key)=\($0.value)" }) { envp in
        bench_spawn_on_pty(&fd, rows, columns, path, argv, envp)
      }
    }
    guard child > 0 else { throw BenchError("cannot start \(path) on a pseudo-terminal") }
    pid = child
    master = fd
  }

  deinit {
    stop()
  }

  /// Reads output until `deadline` (monotonic ns) or until `done` says so; true when `done` did.
  @discardableResult
  public func pump(until deadline: Int64, done: (PtyProcess) -> Bool = { _ in false }) -> Bool {
    while true {
      if done(self) { return true }
      let now = monotonicNanoseconds()
      if now >= deadline { return false }
      let timeout = Int32(max(1, min(1000, (deadline - now) / 1_000_000)))
      guard Descriptor.waitUntilReadable(master, timeout: timeout) else { continue }
      guard let chunk = Descriptor.readPrefix(master, limit: 65_536), !chunk.isEmpty else {
        return done(self)  // the child closed the terminal
      }
      let at = monotonicNanoseconds()
      output += chunk
      reads.append((at, chunk.count))
    }
  }

  /// Reads until `text` has appeared in the output, or `seconds` pass.
  @discardableResult
  public func wait(for text: String, seconds: Double = 10) -> Bool {
    let needle = Array(text.utf8)
    var from = max(0, output.count - needle.count)
    return pump(until: monotonicNanoseconds() + Int64(seconds * 1e9)) { process in
      if process.output[from...].firstRange(of: needle) != nil { return true }
      // Search only the new bytes next time: a huge terminal's first frame arrives as
      // hundreds of small reads.
      from = max(from, process.output.count - needle.count + 1)
      return false
    }
  }

  /// The last output, printable, for error messages.
  public var tail: String {
    String(decoding: output.suffix(400), as: UTF8.self).filter {
      $0.isASCII && ($0 == "\n" || !$0.isWhitespace || $0 == " ")
    }
  }

  /// Types bytes as keys.
  public func send(_ text: String) {
    let bytes = Array(text.utf8)
    Descriptor.writeAll(master, bytes)
  }

  /// Bytes read at or after `time`, before `end`.
  public func bytes(from time: Int64, to end: Int64 = .max) -> Int {
    reads.filter { $0.time >= time && $0.time < end }.reduce(0) { $0 + $1.count }
  }

  /// Visible changes among the reads in [`time`, `end`): bursts of output separated by at
  /// least `gap` nanoseconds. A program that draws a frame in several writes (ncurses
  /// flushes at cursor moves) still makes one change per frame.
  public func changes(from time: Int64, to end: Int64, gap: Int64 = 30_000_000) -> Int {
    var count = 0
    var last = Int64.min
    for read in reads where read.time >= time && read.time < end {
      if last == .min || read.time - last >= gap { count += 1 }
      last = read.time
    }
    return count
  }

  /// The process's stats now, or nil once it has exited.
  public var stats: ProcStats? { ProcStats.read(pid: pid) }

  /// Ends the process (SIGTERM, then SIGKILL) and reaps it; safe to call twice.
  public func stop() {
    guard exitStatus == nil else { return }
    var status = ChildProcess.endedStatus(pid)
    if status == nil {
      ChildProcess.signal(pid, SignalNumber.terminate)
      let deadline = monotonicNanoseconds() + 2_000_000_000
      while status == nil {
        _ = pump(until: min(deadline, monotonicNanoseconds() + 20_000_000))
        status = ChildProcess.endedStatus(pid)
        if status == nil && monotonicNanoseconds() > deadline {
          ChildProcess.signal(pid, SignalNumber.kill)
          status = ChildProcess.wait(pid)
        }
      }
    }
    exitStatus = status
    Descriptor.close(master)
  }
}

/// A failure of the benchmark itself.
public struct BenchError: Error, CustomStringConvertible {
  /// What went wrong.
  public var description: String
  /// Creates an error.
  public init(_ description: String) { self.description = description }
}
