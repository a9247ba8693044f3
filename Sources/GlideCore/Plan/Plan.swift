/// A routine expanded into the items a session runs, in order.
public struct Plan: Hashable, Sendable {
  /// Lengths the expansion adds around the routine's own steps.
  public struct Settings: Hashable, Sendable {
    /// The get-ready countdown that opens every session.
    public var leadIn: TimeSpan
    /// The rest between the left and the right side of a step.
    public var switchSides: TimeSpan
    /// The 3-2-1 that resumes from a pause with the clock held; zero: resume at once.
    public var countIn: TimeSpan
    /// How long one rep counted by key is assumed to take, for planning only.
    public var countedRepPace: TimeSpan
    /// Whether each breath phase of a paced step is cued (for breath sounds): off unless
    /// asked for, as a cue every few seconds is too much for most.
    public var breathCues: Bool
    /// The pause before a step whose position changes when the routine sets none (the
    /// config file's `transition`); zero: none.
    public var transition: TimeSpan
    /// The tempo of reps steps when neither the step nor the routine gives one.
    public var repTempo: TimeSpan
    /// Whether to check in before and after even when the routine does not ask
    /// (`--check-in`, or a program that asks).
    public var checkIn = false

    /// Creates settings; the defaults are 10 s lead-in, 5 s switch, 3 s per rep (paced or
    /// counted by key).
    public init(
      leadIn: TimeSpan = .seconds(10), switchSides: TimeSpan = .seconds(5),
      countedRepPace: TimeSpan = .seconds(3), repTempo: TimeSpan = .seconds(3),
      countIn: TimeSpan = .seconds(3), breathCues: Bool = false, transition: TimeSpan = .zero
    ) {
      self.countIn = countIn
      self.transition = transition
      self.leadIn = leadIn
      self.switchSides = switchSides
      self.countedRepPace = countedRepPace
      self.breathCues = breathCues
      self.repTempo = repTempo
    }
  }

  /// The routine's id.
  public var routineID: String
  /// The routine's name.
  public var routineName: String
  /// The items in order; the first is always the lead-in.
  public var items: [PlanItem]
  /// How many items are steps (each side counted once): the M of "step N of M".
  public var stepCount: Int
  /// Whether each breath phase is cued (`Settings.breathCues`).
  public var breathCues: Bool
  /// The 3-2-1 that resumes from a pause; zero: none.
  public var countIn: TimeSpan
  /// The check-ins before and after, when the routine or the settings ask for them.
  public var checkIn: CheckInPlan?

  /// The planned length of the whole session.
  public var total: TimeSpan { items.first.map { $0.planned + $0.remainingAfter } ?? .zero }

  /// Expands a routine: two-sided steps become left, switch, right; a round's steps
  /// repeat in place, with its rest between runs; a lead-in naming the first step opens
  /// the session. Every reps step comes out either paced (with a tempo: its own, the
  /// routine's, or the default) or counted by key.
  public init(_ routine: Routine, settings: Settings = Settings()) {
    routineID = routine.id
    routineName = routine.name
    breathCues = settings.breathCues
    countIn = settings.countIn
    checkIn = routine.checkIn || settings.checkIn ? CheckInPlan(routine) : nil
    let leadIn = routine.getReady ?? settings.leadIn
    let switchSides = routine.switchSides ?? settings.switchSides
    var items: [PlanItem] = []
    var number = 0
    var round: (number: Int, of: Int)?
    func add(_ kind: PlanItem.Kind, _ step: Step, _ side: Side?, _ source: Int, _ planned: TimeSpan)
    {
      if kind == .step { number += 1 }
      let shown = kind == .step ? number : number + 1
      items.append(
        PlanItem(
          kind: kind, step: step, side: side, sourceIndex: source, number: shown,
          planned: planned, remainingAfter: .zero, round: round?.number, rounds: round?.of))
    }
    func planned(_ step: Step) -> TimeSpan {
      if let duration = step.duration { return duration }
      let reps = step.reps ?? 0
      return (step.tempo ?? settings.countedRepPace) * reps
    }
    func addStep(_ index: Int) {
      let step = Self.paced(
        routine.steps[index], routine: routine.repPacing, default: settings.repTempo)
      let before = index > 0 ? routine.steps[index - 1] : nil
      if let pause = Self.transition(
        to: step, after: before, routine: routine.transition ?? settings.transition)
      {
        var turn = Step(.rest, target: step.target, duration: pause)
        turn.cue = "Get into position"
        let side: Side? = step.sides == .right ? .right : step.sides == .none ? nil : .left
        add(.transition, turn, side, index, pause)
      }
      switch step.sides {
      case .none: add(.step, step, nil, index, planned(step))
      case .left: add(.step, step, .left, index, planned(step))
      case .right: add(.step, step, .right, index, planned(step))
      case .both:
        add(.step, step, .left, index, planned(step))
        var turn = Step(.rest, target: step.target, duration: switchSides)
        turn.cue = "Switch to the right side"
        add(.switchSides, turn, .right, index, switchSides)
        add(.step, step, .right, index, planned(step))
      }
    }
    if let first = routine.steps.first {
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
      // A round runs its steps `times` times in a row, with its rest between runs; each
      // run's items are numbered on, so "step N of M" and the log stay flat.
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
      index = block.steps.upperBound
    }
    var after = TimeSpan.zero
    for index in items.indices.reversed() {
      items[index].remainingAfter = after
      after = after + items[index].planned
    }
    self.items = items
    stepCount = number
  }

  /// The pause before `step`: its own transition, else the routine's when the position
  /// changes (another technique or another target than the step before); none before the
  /// first step, which the get-ready covers, or when zero.
  static func transition(to step: Step, after before: Step?, routine: TimeSpan?) -> TimeSpan? {
    guard let before else { return nil }
    let moves =
      before.technique != step.technique || before.target.lowercased() != step.target.lowercased()
    let pause = step.transition ?? (moves ? routine : nil)
    return pause.flatMap { $0 > .zero ? $0 : nil }
  }

  /// A reps step with its pacing settled: a tempo, or counted by key and no tempo.
  static func paced(_ step: Step, routine: RepPacing?, default tempo: TimeSpan) -> Step {
    guard step.technique == .reps, step.tempo == nil else { return step }
    var step = step
    switch (step.countsByKey, routine) {
    case (true, _), (false, .byKey): step.countsByKey = true
    case (false, .paced(let pace)): step.tempo = pace
    case (false, nil): step.tempo = tempo
    }
    return step
  }
}
