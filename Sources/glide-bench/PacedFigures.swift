import GlideBenchKit

extension GlideBench {
  /// The breath-paced hold and paced reps, each run followed by the first `--compare`
  /// clock when given: their CPU against that clock's in the same run.
  func paced(_ bench: Bench) throws -> [Figure] {
    var figures: [Figure] = []
    for scenario in Bench.Paced.allCases {
      note(
        "\(scenario.rawValue) at 80x24: \(runs) runs of \(Int(seconds)) s"
          + (compare.first.map { ", each followed by \($0)" } ?? ""))
      let (ours, theirs) = try bench.paced(scenario, against: compare.first)
      let name = scenario.rawValue
      figures += [
        Figure(
          "\(name): CPU seconds per minute", target: nil, decimals: 4,
          values: ours.map(\.cpuPerMinute)),
        Figure(
          "\(name): visible changes per second", target: nil,
          values: ours.map {
            $0.changesPerMinute / 60
          }),
        Figure(
          "\(name): voluntary switches per visible change", target: 1.0,
          values: ours.map(\.voluntaryPerChange)),
        Figure(
          "\(name): bytes per second", target: nil, decimals: 1, values: ours.map(\.bytesPerSecond)),
      ]
      guard let peer = compare.first else { continue }
      // Run by run, each glide run against the clock's run right after it.
      let ratios = zip(ours, theirs).compactMap { pair in
        pair.1.cpuPerMinute > 0 ? pair.0.cpuPerMinute / pair.1.cpuPerMinute : nil
      }
      figures.append(Figure("\(name): CPU / \(peer) CPU, same run", target: 2.0, values: ratios))
    }
    return figures
  }

  /// Instructions counted by callgrind: to the first frame, per visible change of a
  /// countdown, a breath pacer and a paced rep, and of the one-line commands.
  func instructions(_ bench: Bench) throws -> [Figure] {
    guard let counter = Instructions(bench: bench) else {
      note("instructions: no valgrind on PATH, skipped")
      return []
    }
    note("instructions: callgrind, \(runs) runs of \(Int(seconds)) s per scenario")
    var first: [Double] = []
    var figures: [Figure] = []
    let sessions: [(String, String, Double?)] = [
      ("countdown tick", bench.routine("countdown", Bench.rollSteps), 80),
      ("breath pacer change", bench.routine(.breathHold), 60),
      ("paced rep beat change", bench.routine(.pacedReps), 60),
    ]
    for (name, path, limit) in sessions {
      var perChange: [Double] = []
      for _ in 0..<runs {
        let counts = try counter.session(path, seconds: seconds)
        first.append(counts.firstFrame / 1e6)
        perChange.append(counts.perChange / 1e3)
      }
      figures.append(
        Figure("instructions per \(name), thousands", target: limit, decimals: 1, values: perChange)
      )
    }
    figures.insert(
      Figure("instructions to the first frame, millions", target: 8, decimals: 2, values: first),
      at: 0)
    for arguments in [["--version"], ["status"], ["remind"]] {
      let counts = try (0..<runs).map { _ in try counter.command(arguments) / 1e6 }
      figures.append(
        Figure(
          "instructions of glide \(arguments.joined(separator: " ")), millions", target: 4,
          decimals: 2, values: counts))
    }
    return figures
  }
}
