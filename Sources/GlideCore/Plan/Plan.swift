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
    var expansion = PlanExpansion(routine: routine, settings: settings)
    expansion.expand()
    items = expansion.items
    stepCount = expansion.number
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
