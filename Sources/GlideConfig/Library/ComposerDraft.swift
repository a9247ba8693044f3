import GlideCore

/// A routine being composed: its steps, what each area has had, and how often each piece
/// of equipment is used, so the next pick can favour what the person has and has not yet
/// used.
struct ComposerDraft {
  let request: BuildRequest
  let library: Library
  /// The whole session's time, lead-in included.
  let budget: TimeSpan
  var steps: [Step] = []
  /// Per area: how many passive steps of each technique, and movements used.
  var used: [String: (techniques: [Technique: Int], movements: Int)] = [:]
  /// Passive steps per piece of equipment.
  var equipmentUses: [Equipment: Int] = [:]

  init(_ request: BuildRequest, library: Library) {
    self.request = request
    self.library = library
    budget = .seconds(Double(request.minutes * 60))
  }

  /// The session time of `candidate`, as the timer will run it.
  func total(_ candidate: [Step]) -> TimeSpan {
    Plan(Routine(id: "build", name: "build", summary: "", phase: request.purpose, steps: candidate))
      .total
  }

  /// The session time of the steps so far.
  var total: TimeSpan { steps.isEmpty ? .zero : total(steps) }

  /// The area's passive entries the equipment allows, the best next pick first: equipment
  /// the person named before the body alone, the least used of it first (so each piece
  /// named is used), then the technique the area has had least, then the purpose's order.
  /// With `fresh`, only techniques the area has not had.
  func ranked(_ area: String, fresh: Bool) -> [LibraryEntry] {
    let order = RoutineComposer.preference(request.purpose)
    let had = used[area]?.techniques ?? [:]
    return library.entries(for: area).enumerated().filter {
      !$0.element.isMovement && request.equipment.contains($0.element.equipment)
        && !(fresh && had[$0.element.step.technique] != nil)
    }.map { offset, entry in
      let technique = entry.step.technique
      let key = [
        entry.equipment == .none ? 1 : 0,
        entry.equipment == .none ? 0 : equipmentUses[entry.equipment] ?? 0,
        had[technique] ?? 0, order.firstIndex(of: technique) ?? order.count, offset,
      ]
      return (key, entry)
    }.sorted { $0.0.lexicographicallyPrecedes($1.0) }.map(\.1)
  }

  /// Adds the best passive step that fits with a movement after it. Returns nil when it
  /// added one or the area has no movement; else the least extra time a pair would need
  /// (zero when nothing suits the equipment).
  mutating func addPair(for area: String, fresh: Bool = true) -> TimeSpan? {
    let movements = library.entries(for: area).filter(\.isMovement)
    guard !movements.isEmpty else { return nil }
    var movement = movements[(used[area]?.movements ?? 0) % movements.count].step
    movement.target = area
    var shortest: TimeSpan?
    let now = total
    for entry in ranked(area, fresh: fresh) {
      for length in RoutineComposer.lengths(entry, request.purpose) {
        var step = entry.step
        step.target = area
        step.duration = length
        step.breaths = nil
        let needed = total(steps + [step, movement])
        if needed <= budget {
          steps += [step, movement]
          used[area, default: ([:], 0)].techniques[entry.step.technique, default: 0] += 1
          used[area, default: ([:], 0)].movements += 1
          equipmentUses[entry.equipment, default: 0] += 1
          return nil
        }
        shortest = min(shortest ?? needed - now, needed - now)
      }
    }
    return shortest ?? .zero
  }
}
