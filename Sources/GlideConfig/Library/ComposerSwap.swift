import GlideCore

/// When time is short, the first picks can leave a piece of equipment the person named
/// unused although the library has a technique for it in the areas placed: a passive step
/// on the body alone, or on equipment used twice, is swapped for it where it fits.
extension ComposerDraft {
  /// Swaps steps so each named piece is used where the library and the time allow.
  mutating func useEveryPieceNamed() {
    for named in request.equipment.subtracting([.none]).sorted() where equipmentUses[named] == nil {
      swapIn(named)
    }
  }

  /// The equipment of a passive step of the draft, as its library entry says.
  func equipment(of step: Step) -> Equipment {
    library.entries(for: step.target).first {
      $0.step.technique == step.technique && $0.step.cue == step.cue
    }?.equipment ?? .none
  }

  mutating func swapIn(_ named: Equipment) {
    for index in steps.indices.reversed() where steps[index].technique.isPassive {
      let old = steps[index]
      let oldKit = equipment(of: old)
      guard oldKit == .none || (equipmentUses[oldKit] ?? 0) > 1 else { continue }
      // Recovery opens with a hold, the technique it is built around.
      if index == 0, request.purpose == .recovery, old.technique == .hold { continue }
      let had = used[old.target]?.techniques ?? [:]
      for entry in library.entries(for: old.target)
      where entry.equipment == named
        && (had[entry.step.technique] == nil || entry.step.technique == old.technique)
      {
        for length in RoutineComposer.lengths(entry, request.purpose).sorted() {
          var candidate = steps
          candidate[index] = entry.step
          candidate[index].target = old.target
          candidate[index].duration = length
          candidate[index].breaths = nil
          guard total(candidate) <= budget else { continue }
          steps = candidate
          used[old.target]?.techniques[old.technique, default: 1] -= 1
          if used[old.target]?.techniques[old.technique] == 0 {
            used[old.target]?.techniques[old.technique] = nil
          }
          used[old.target]?.techniques[entry.step.technique, default: 0] += 1
          equipmentUses[oldKit, default: 1] -= 1
          equipmentUses[named, default: 0] += 1
          return
        }
      }
    }
  }
}
