/// The loop of every crash-point test: each of an operation's `points` disk operations,
/// stopped at or failed with each of `FaultDisk.faults`, handed to `trial`; what went
/// wrong, each problem named by its point and fault, and a line saying how many trials
/// ran in how long (the figure the closing note of an exactly-once change reports).
public func everyFaultPoint(
  _ name: String, points: Int,
  trial: (_ fault: FaultDisk.Fault, _ tear: FaultDisk.Tear) throws -> [String]
) rethrows -> [String] {
  let clock = ContinuousClock()
  let began = clock.now
  var problems: [String] = []
  for point in 1...points {
    for (tear, fault) in FaultDisk.faults {
      let found = try trial(fault(point), tear ?? .keep)
      let named = "\(name), \(fault(point))\(tear.map { ", \($0)" } ?? "")"
      problems += found.map { "\(named): \($0)" }
    }
  }
  let trials = points * FaultDisk.faults.count
  print(
    "crash points: \(name): \(points) operations × \(FaultDisk.faults.count) faults"
      + " = \(trials) trials in \(clock.now - began)")
  return problems
}
