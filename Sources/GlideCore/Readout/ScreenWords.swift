/// The words the session screen shows about the plan: worked out here so the screen only
/// draws them, and so they say each thing once and as it will run.
extension SessionState {
  /// The top line of the screen for `item`: "ROLL · left calves", "BREATHE · 4-6",
  /// "REST", "REPS · calves · 8 × Calf raises".
  public func heading(of item: PlanItem) -> String {
    switch item.kind {
    case .leadIn: return "GET READY"
    case .switchSides: return "SWITCH SIDES · \(item.targetWithSide) next"
    case .transition: return "GET INTO POSITION"
    case .step:
      let round = item.round.map { " · round \($0) of \(item.rounds ?? $0)" } ?? ""
      if item.technique == .reps {
        return
          "REPS · \(item.targetWithSide) · \(item.step.reps ?? 0) × \(item.step.movement ?? "")"
          + round
      }
      var parts = [item.technique.label.uppercased()]
      if let target = item.namedTarget { parts.append(target) }
      if let breath = item.step.breath {
        parts.append(item.technique == .breathe ? "\(breath)" : "breath \(breath)")
      }
      return parts.joined(separator: " · ") + round
    }
  }

  /// How a reps step is counted, under its movement: the pace of paced reps ("one rep
  /// every 5s: out, hold, back"), or, for reps counted by key, a line the screen shows
  /// large, as nothing else will count them.
  public func repsHint(of item: PlanItem) -> String {
    guard let tempo = item.step.tempo else { return "PRESS ENTER AFTER EACH REP" }
    let parts = item.step.tempoPhases.map { ": " + RepPart.names(of: $0.count) }
    return "one rep every \(tempo)" + (parts ?? "")
  }

  /// What the get-ready shows of the first step, once: "First: roll · upper back · 1:30".
  public var firstStepLine: String? {
    guard let first = plan.items.firstIndex(where: { $0.kind == .step }) else { return nil }
    return "First: \(preview(of: first))"
  }

  /// What comes next: the next step as it will run; after a switch or a transition, the
  /// step they lead to; in the get-ready, the step after the first (the first is named
  /// above it already).
  public var nextLine: String {
    guard item != nil else { return "" }
    let following = index + 1
    guard plan.items.indices.contains(following) else { return "Next: end of session" }
    let stepAfter = { (from: Int) -> Int? in
      plan.items[from...].firstIndex(where: { $0.kind == .step })
    }
    if item?.kind == .leadIn {
      guard let first = stepAfter(following), let then = stepAfter(first + 1) else { return "" }
      return "Then: \(preview(of: then))"
    }
    let next = plan.items[following]
    switch next.kind {
    case .step, .leadIn:
      return "Next: \(preview(of: following))"
    case .switchSides, .transition:
      let what = next.kind == .switchSides ? "switch sides" : "get into position"
      guard let step = stepAfter(following) else { return "Next: \(what)" }
      return "Next: \(what), then \(preview(of: step))"
    }
  }

  /// A plan item in a few words with its length as it will run (a hold shortened by `!`
  /// shows its shorter length): "roll · left calves · 1:00", "breathe · 4:00",
  /// "8 × glute bridges · hip flexors".
  public func preview(of index: Int) -> String {
    let item = plan.items[index]
    if item.technique == .reps {
      return "\(item.step.reps ?? 0) × \((item.step.movement ?? "reps").lowercased())"
        + " · \(item.targetWithSide)"
    }
    var parts = [item.technique.rawValue]
    if let target = item.namedTarget { parts.append(target) }
    if let length = length(of: index) { parts.append(length.clockFace) }
    return parts.joined(separator: " · ")
  }
}
