/// The expansion of a routine into plan items, one routine step at a time: the lead-in,
/// transitions, both sides with the switch between, rounds with their rests.
struct PlanExpansion {
  let routine: Routine
  let settings: Plan.Settings
  /// The items so far.
  var items: [PlanItem] = []
  /// Steps numbered so far: the N of "step N of M".
  var number = 0
  /// The run of the round being expanded, and how many runs it has.
  var round: (number: Int, of: Int)?

  init(routine: Routine, settings: Plan.Settings) {
    self.routine = routine
    self.settings = settings
  }

  /// Expands the whole routine, then sets each item's planned time after it.
  mutating func expand() {
    addLeadIn()
    var index = 0
    while index < routine.steps.count {
      guard
        let block = routine.rounds.first(where: { $0.steps.lowerBound == index }),
        block.steps.upperBound <= routine.steps.count, !block.steps.isEmpty, block.times >= 1
      else {
        addStep(index)
        index += 1
        continue
      }
      addRound(block)
      index = block.steps.upperBound
    }
    var after = TimeSpan.zero
    for index in items.indices.reversed() {
      items[index].remainingAfter = after
      after = after + items[index].planned
    }
  }

  mutating func add(
    _ kind: PlanItem.Kind, _ step: Step, _ side: Side?, _ source: Int, _ planned: TimeSpan
  ) {
    if kind == .step { number += 1 }
    let shown = kind == .step ? number : number + 1
    items.append(
      PlanItem(
        kind: kind, step: step, side: side, sourceIndex: source, number: shown,
        planned: planned, remainingAfter: .zero, round: round?.number, rounds: round?.of))
  }

  /// The get-ready that opens every session, naming the first step.
  mutating func addLeadIn() {
    guard let first = routine.steps.first else { return }
    let leadIn = routine.getReady ?? settings.leadIn
    let side: Side? =
      switch first.sides {
      case .none: nil
      case .both, .left: .left
      case .right: .right
      }
    var lead = Step(.rest, target: first.target, duration: leadIn)
    lead.cue = "Get ready: \(first.technique.label.lowercased()) \(first.target)"
    add(.leadIn, lead, side, 0, leadIn)
  }

  /// A round runs its steps `times` times in a row, with its rest between runs; each run's
  /// items are numbered on, so "step N of M" and the log stay flat.
  mutating func addRound(_ block: Round) {
    for run in 1...block.times {
      round = (run, block.times)
      for inner in block.steps { addStep(inner) }
      round = nil
      if run < block.times, let rest = block.rest {
        let last = routine.steps[block.steps.upperBound - 1]
        var pause = Step(.rest, target: last.target, duration: rest)
        pause.cue = "Rest; round \(run + 1) of \(block.times) next"
        add(.step, pause, nil, block.steps.upperBound - 1, rest)
      }
    }
  }

  /// Routine step `index`, paced, after its transition, on each of its sides.
  mutating func addStep(_ index: Int) {
    let step = Plan.paced(
      routine.steps[index], routine: routine.repPacing, default: settings.repTempo)
    let before = index > 0 ? routine.steps[index - 1] : nil
    if let pause = Plan.transition(
      to: step, after: before, routine: routine.transition ?? settings.transition)
    {
      var turn = Step(.rest, target: step.target, duration: pause)
      turn.cue = "Get into position"
      let side: Side? = step.sides == .right ? .right : step.sides == .none ? nil : .left
      add(.transition, turn, side, index, pause)
    }
    let length = planned(step)
    switch step.sides {
    case .none: add(.step, step, nil, index, length)
    case .left: add(.step, step, .left, index, length)
    case .right: add(.step, step, .right, index, length)
    case .both:
      add(.step, step, .left, index, length)
      let switchSides = routine.switchSides ?? settings.switchSides
      var turn = Step(.rest, target: step.target, duration: switchSides)
      turn.cue = "Switch to the right side"
      add(.switchSides, turn, .right, index, switchSides)
      add(.step, step, .right, index, length)
    }
  }

  /// A step's planned time: its duration, or its reps at their tempo (counted reps at the
  /// planning pace).
  func planned(_ step: Step) -> TimeSpan {
    if let duration = step.duration { return duration }
    return (step.tempo ?? settings.countedRepPace) * (step.reps ?? 0)
  }
}
