/// The scenarios most minutes of a real routine are spent in: a breath-paced hold and paced
/// reps, each measured turn about with another clock so both meet the same machine.
extension Bench {
  /// A paced scenario: what runs, and the routine that runs it.
  public enum Paced: String, CaseIterable, Sendable {
    /// A ten-minute hold paced by `breath = "4-6"`.
    case breathHold = "breath hold 4-6"
    /// A hundred reps paced by `tempo = "2-1-2"`.
    case pacedReps = "paced reps 2-1-2"

    /// The routine file's steps.
    var steps: String {
      switch self {
      case .breathHold:
        return
          "[[steps]]\ntechnique = \"hold\"\ntarget = \"calves\"\nduration = \"10m\"\nbreath = \"4-6\"\n"
      case .pacedReps:
        return
          "[[steps]]\ntechnique = \"reps\"\ntarget = \"calves\"\nmovement = \"Calf raises\"\nreps = 100\ntempo = \"2-1-2\"\n"
      }
    }

    /// The routine's file name.
    var fileName: String { self == .breathHold ? "breath-hold" : "paced-reps" }
  }

  /// Writes the routine of a paced scenario and returns its path.
  public func routine(_ paced: Paced) -> String { routine(paced.fileName, paced.steps) }

  /// A paced scenario at 80x24, and, when `command` is given, that command's clock after
  /// each run (`tty-clock -s -c` changes once a second, as glide's countdown does).
  public func paced(_ paced: Paced, against command: String?) throws -> (
    glide: [Steady], other: [Steady]
  ) {
    try turnAbout(routine(paced), against: command)
  }

  /// Runs of glide on `path`, each followed by a run of `command` when given.
  func turnAbout(_ path: String, against command: String?) throws -> (
    glide: [Steady], other: [Steady]
  ) {
    var glideRuns: [Steady] = []
    var otherRuns: [Steady] = []
    for _ in 0..<runs {
      let process = try startGlide(path)
      glideRuns.append(try Self.steady(process, seconds: seconds))
      process.stop()
      if let command { otherRuns.append(try other(command)) }
    }
    return (glideRuns, otherRuns)
  }
}

extension Bench {
  /// Time to the first frame, glide and another program launched turn about `launches`
  /// times each: glide's first frame is complete when its key line has arrived, the
  /// other's when its first output has (a clock draws its face in one refresh).
  public func startupComparison(_ command: String, launches: Int = 30) throws -> (
    glide: [Double], other: [Double]
  ) {
    let path = routine("startup", Self.rollSteps)
    var ours: [Double] = []
    var theirs: [Double] = []
    for _ in 0..<launches {
      let process = try PtyProcess(
        path: glide, arguments: ["run", path, "--no-bell"], environment: environment)
      guard process.wait(for: "help") else { throw BenchError("no first frame: \(process.tail)") }
      ours.append(Double((process.reads.last?.time ?? process.startedAt) - process.startedAt) / 1e6)
      process.stop()
      let other = try PtyProcess(
        path: "/bin/sh", arguments: ["-c", "exec " + command],
        environment: [
          "TERM": "xterm-256color", "LANG": "C.UTF-8", "PATH": "/usr/local/bin:/usr/bin:/bin",
          "HOME": folder,
        ])
      guard other.pump(until: monotonicNanoseconds() + 10_000_000_000, done: { !$0.reads.isEmpty })
      else { throw BenchError("\(command) wrote nothing") }
      theirs.append(Double((other.reads.first?.time ?? other.startedAt) - other.startedAt) / 1e6)
      other.stop()
    }
    return (ours, theirs)
  }
}
