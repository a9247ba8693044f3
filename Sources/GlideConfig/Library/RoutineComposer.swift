import GlideCore

/// Composes a routine from the library by the evidence rules: rolls of 1-2 minutes per
/// group before training, holds of 3-5 minutes for recovery, every passive step followed
/// by 5-10 reps for its area, slow breathing in holds, both sides where the technique has
/// them, only the equipment at hand, within the time given. The same request and library
/// always give the same routine.
public enum RoutineComposer {
  /// The techniques to try first for each purpose.
  static func preference(_ purpose: RoutinePhase) -> [Technique] {
    switch purpose {
    case .warmUp: [.roll, .percussion, .floss, .stretch, .hold]
    case .recovery: [.hold, .stretch, .percussion, .floss, .roll]
    case .break: [.stretch, .roll, .hold, .percussion, .floss]
    case .any: [.roll, .hold, .stretch, .percussion, .floss]
    }
  }

  /// The lengths to try for an entry, the best for the purpose first, all within the
  /// evidence ranges.
  static func lengths(_ entry: LibraryEntry, _ purpose: RoutinePhase) -> [TimeSpan] {
    let given = entry.step.duration ?? .seconds(60)
    let seconds: [Double]
    switch entry.step.technique {
    case .roll:
      let own = min(
        max(given.seconds, Evidence.rollSeconds.lowerBound), Evidence.rollSeconds.upperBound)
      seconds = purpose == .warmUp ? [60] : [own, 60]
    case .hold:
      seconds = [
        min(max(given.seconds, Evidence.holdSeconds.lowerBound), Evidence.holdSeconds.upperBound),
        180,
      ]
    case .stretch:
      switch purpose {
      case .recovery: seconds = [180, 120, 60]
      case .warmUp, .break: seconds = [60]
      case .any: seconds = [max(given.seconds, 60), 60]
      }
    default: seconds = [given.seconds]
    }
    var seen: Set<Double> = []
    return seconds.filter { seen.insert($0).inserted }.map { TimeSpan.seconds($0) }
  }

  /// The routine for a request.
  public static func compose(_ request: BuildRequest, library: Library) -> Composition {
    let budget = TimeSpan.seconds(Double(request.minutes * 60))
    var steps: [Step] = []
    var used: [String: (techniques: Set<Technique>, movements: Int)] = [:]
    var leftOut: [Composition.LeftOut] = []
    func total(_ candidate: [Step]) -> TimeSpan {
      Plan(
        Routine(id: "build", name: "build", summary: "", phase: request.purpose, steps: candidate)
      )
      .total
    }
    /// Adds the first passive step (in the purpose's order of techniques, then of lengths)
    /// that fits with its reps, of a technique the area does not have yet. Returns nil
    /// when it added one or the area has no movement; else the least extra time a pair
    /// would need (zero when nothing suits the equipment).
    func addPair(for area: String) -> TimeSpan? {
      let entries = library.entries(for: area)
      let movements = entries.filter(\.isMovement)
      guard !movements.isEmpty else { return nil }
      let passive = entries.filter {
        !$0.isMovement && request.equipment.contains($0.equipment)
          && !(used[area]?.techniques.contains($0.step.technique) ?? false)
      }
      let order = preference(request.purpose)
      let ranked = passive.enumerated().sorted {
        let a = order.firstIndex(of: $0.element.step.technique) ?? order.count
        let b = order.firstIndex(of: $1.element.step.technique) ?? order.count
        return (a, $0.offset) < (b, $1.offset)
      }.map(\.element)
      let movementIndex = used[area]?.movements ?? 0
      var movement = movements[movementIndex % movements.count].step
      movement.target = area
      var shortest: TimeSpan?
      for entry in ranked {
        for length in lengths(entry, request.purpose) {
          var step = entry.step
          step.target = area
          step.duration = length
          step.breaths = nil
          let candidate = steps + [step, movement]
          let needed = total(candidate)
          if needed <= budget {
            steps = candidate
            used[area, default: ([], 0)].techniques.insert(entry.step.technique)
            used[area, default: ([], 0)].movements += 1
            return nil
          }
          let more = needed - total(steps)
          shortest = shortest.map { min($0, more) } ?? more
        }
      }
      return shortest ?? .zero
    }
    for area in request.areas {
      let before = steps.count
      let needed = addPair(for: area)
      if steps.count == before {
        let reason: String
        if library.entries(for: area).allSatisfy({ !$0.isMovement }) {
          reason = "the library has no movement to follow its passive work"
        } else if let needed, needed > .zero {
          let left = budget - (steps.isEmpty ? .zero : total(steps))
          reason =
            "needs \(needed.humanShort) with its reps; \(max(left, .zero).humanShort) of the "
            + "\(request.minutes) minutes was left"
        } else {
          reason = "nothing in the library for it with the equipment given"
        }
        leftOut.append(Composition.LeftOut(area: area, reason: reason))
      }
    }
    // Time to spare: a second technique for each area, in order, while it fits.
    let placed = request.areas.filter { used[$0] != nil }
    for area in placed { _ = addPair(for: area) }
    if !steps.isEmpty, request.purpose != .warmUp {
      let spare = budget - total(steps)
      let seconds = min(300, (spare.seconds / 10).rounded(.down) * 10)
      if seconds >= 60 {
        steps.append(
          Step(
            .breathe, target: "breath", duration: .seconds(seconds),
            breath: BreathPattern("5.5-5.5"),
            cue: "Slow breaths, longer out than in; let everything you worked settle"))
      }
    }
    guard !steps.isEmpty else { return Composition(routine: nil, leftOut: leftOut) }
    let names = placed.isEmpty ? request.areas : placed
    let name =
      names.count == 1
      ? names[0].prefix(1).uppercased() + names[0].dropFirst()
      : names.dropLast().joined(separator: ", ").capitalizedFirst + " and " + names.last!
    let kit = request.equipment.subtracting([.none]).sorted().map(\.rawValue)
    let purpose =
      switch request.purpose {
      case .warmUp: "before training"
      case .recovery: "recovery"
      case .break: "a break"
      case .any: "any time"
      }
    let summary =
      "Built for \(purpose) in \(request.minutes) minutes, "
      + (kit.isEmpty ? "with no equipment" : "with " + kit.joined(separator: ", "))
    let id = "build-" + names.map(Library.slug).joined(separator: "-")
    return Composition(
      routine: Routine(
        id: String(id.prefix(64)), name: name, summary: summary, phase: request.purpose,
        steps: steps),
      leftOut: leftOut)
  }
}

extension String {
  fileprivate var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
