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

  /// The routine for a request: a passive step and its reps for each area, a second
  /// technique for each while time allows, then the time left as more rounds and longer
  /// steps, and at most two minutes of breathing.
  public static func compose(_ request: BuildRequest, library: Library) -> Composition {
    var draft = ComposerDraft(request, library: library)
    var leftOut: [Composition.LeftOut] = []
    for area in request.areas {
      let before = draft.steps.count
      let needed = draft.addPair(for: area)
      if draft.steps.count == before {
        leftOut.append(
          Composition.LeftOut(area: area, reason: reason(area, needed: needed, draft: draft)))
      }
    }
    let placed = request.areas.filter { draft.used[$0] != nil }
    for area in placed { _ = draft.addPair(for: area) }
    draft.useEveryPieceNamed()
    draft.fill(placed)
    draft.addBreathing()
    guard !draft.steps.isEmpty else { return Composition(routine: nil, leftOut: leftOut) }
    return Composition(
      routine: routine(request, areas: placed.isEmpty ? request.areas : placed, draft.steps),
      leftOut: leftOut)
  }

  /// Why an area was left out.
  static func reason(_ area: String, needed: TimeSpan?, draft: ComposerDraft) -> String {
    if draft.library.entries(for: area).allSatisfy({ !$0.isMovement }) {
      return "the library has no movement to follow its passive work"
    }
    guard let needed, needed > .zero else {
      return "nothing in the library for it with the equipment given"
    }
    let left = draft.budget - draft.total
    return "needs \(needed.clockFace) with its reps; \(max(left, .zero).clockFace) of the "
      + "\(draft.request.minutes.counted("minute")) was left"
  }

  /// The routine of `steps`, named after the areas placed.
  static func routine(_ request: BuildRequest, areas names: [String], _ steps: [Step]) -> Routine {
    let name =
      names.count == 1
      ? names[0].capitalizedFirst
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
      "Built for \(purpose) in \(request.minutes.counted("minute")), "
      + (kit.isEmpty ? "with no equipment" : "with " + kit.joined(separator: ", "))
    let id = "build-" + names.map(Library.slug).joined(separator: "-")
    return Routine(
      id: String(id.prefix(64)), name: name, summary: summary, phase: request.purpose, steps: steps)
  }
}

extension String {
  fileprivate var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
