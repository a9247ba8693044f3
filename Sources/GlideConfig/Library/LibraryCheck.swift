import GlideCore

/// The evidence checks for library entries: each passive technique, followed by a
/// movement for its area, must pass a routine's checks; holds and stretches pace a slow
/// breath.
enum LibraryCheck {
  /// An entry that strays from the evidence: its index, the key concerned, and why.
  struct Warning {
    var index: Int
    var key: String
    var message: String
  }

  /// The warnings, each naming the index of its entry in `entries`.
  static func warnings(_ entries: [LibraryEntry], others: [LibraryEntry]) -> [Warning] {
    var warnings: [Warning] = []
    let all = entries + others
    for (index, entry) in entries.enumerated() {
      func warn(_ key: String, _ message: String) {
        warnings.append(Warning(index: index, key: key, message: message))
      }
      var steps = [entry.step]
      if !entry.isMovement {
        if let movement = all.first(where: {
          $0.isMovement && $0.area.lowercased() == entry.area.lowercased()
        }) {
          steps.append(movement.step)
        } else {
          warn(
            "target",
            "no movement (reps entry) for '\(entry.area)' in the library "
              + "(freed range goes unused without active reps)")
          // Stands in for the missing movement so the entry's own times are still checked.
          steps.append(Step(repsOf: "reps", target: entry.area, count: Evidence.reps.lowerBound))
        }
      }
      let routine = Routine(id: "entry", name: "entry", summary: "", phase: .any, steps: steps)
      for warning in routine.evidenceWarnings where warning.stepIndex == 0 {
        warn(warning.key, warning.message)
      }
      let technique = entry.step.technique
      if technique == .hold || technique == .stretch {
        if let breath = entry.step.breath {
          if breath.cycle < .seconds(10) {
            warn(
              "breath",
              "a breath of \(breath.cycle.words) is fast; slow breathing "
                + "(six breaths a minute or fewer) helps the tissue let go")
          }
        } else {
          warn(
            "breath",
            "no breath pattern: a \(technique.rawValue) paces a slow breath, "
              + "e.g. breath = \"4-6\"")
        }
      }
    }
    return warnings
  }
}
