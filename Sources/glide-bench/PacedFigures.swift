import GlideBenchKit

extension GlideBench {
  /// The breath-paced hold and paced reps, each run followed by the first `--compare`
  /// clock when given: their CPU against that clock's in the same run.
  func paced(_ bench: Bench) throws -> [Figure] {
    var figures: [Figure] = []
    // Built before the first run, so no build falls between measurements.
    let floor = releaseProduct("glide-bench-floor")
    if floor == nil { note("glide-bench-floor cannot be built: its comparisons skipped") }
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
      if let floor { figures += try floorFigures(bench, floor, name, ours, against: theirs) }
    }
    return figures
  }

  /// The C floor (`glide-bench-floor`) waking as often as glide's runs changed the screen
  /// and writing as many bytes a change: what any program pays on this machine for the
  /// same pace, the wake, the `poll` and the `write`, with nothing drawn in between. A
  /// target below the floor's own ratio cannot be met at that pace by any program.
  func floorFigures(
    _ bench: Bench, _ floor: String, _ name: String, _ ours: [Bench.Steady],
    against peer: [Bench.Steady]
  ) throws -> [Figure] {
    let rate = percentile(ours.map { $0.changesPerMinute / 60 }, 50) ?? 1
    let bytes = (percentile(ours.map(\.bytesPerSecond), 50) ?? 24) / max(rate, 0.1)
    // Within what the floor takes: a period of 1 ms or more, 8 to 4096 bytes.
    let period = max(1, Int((1000 / max(rate, 0.1)).rounded()))
    let size = min(4096, max(8, Int(bytes.rounded())))
    let command = "\(floor) \(period) \(size)"
    note("\(name): the floor at the same pace, \(runs) runs: \(command)")
    let floors = try (0..<runs).map { _ in try bench.other(command) }
    var figures = [
      Figure(
        "\(name): the C floor at the same pace, CPU / glide's", target: nil,
        values: zip(floors, ours).map { $0.cpuPerMinute / max($1.cpuPerMinute, 1e-9) })
    ]
    if !peer.isEmpty {
      figures.append(
        Figure(
          "\(name): the C floor at the same pace, CPU / the peer's", target: nil,
          values: zip(floors, peer).map { $0.cpuPerMinute / max($1.cpuPerMinute, 1e-9) }))
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
    let plain = try (0..<runs).map { _ in try counter.firstFrame(["--no-bell"]) / 1e6 }
    figures.insert(
      contentsOf: [
        Figure(
          "instructions to the first frame, millions", target: 8, decimals: 2, values: first),
        Figure(
          "instructions to the first frame of glide alone (the default routine), millions",
          target: 8, decimals: 2, values: plain),
      ], at: 0)
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
