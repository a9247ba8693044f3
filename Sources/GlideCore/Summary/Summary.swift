/// What a session came to: the record the log keeps and the screen closes with.
public struct Summary: Hashable, Sendable {
  /// How the session as a whole ended.
  public enum Outcome: String, Hashable, Sendable, CaseIterable {
    /// The last step was reached and ended.
    case completed
    /// The person ended it early (or a signal did).
    case stopped
    /// It was cut off (the process died) and recovered from the journal.
    case interrupted
  }

  /// One step of the plan and what became of it.
  public struct StepResult: Hashable, Sendable {
    /// The "step N" number.
    public var number: Int
    /// What the step was.
    public var technique: Technique
    /// The body region.
    public var target: String
    /// The side worked, if any.
    public var side: Side?
    /// The reps movement, for reps steps.
    public var movement: String?
    /// Planned time.
    public var planned: TimeSpan
    /// Active time spent.
    public var elapsed: TimeSpan
    /// How it ended.
    public var outcome: StepOutcome
    /// The rep count asked for, for reps steps.
    public var repsTarget: Int?
    /// Reps done, for reps steps.
    public var repsDone: Int?
    /// Whether the person flagged the step as too much pressure.
    public var pressureFlagged: Bool
    /// How free the side felt afterwards, 1 (stiff) to 5 (free), when rated.
    public var freedom: Int?
    /// Breaths asked for, for breath-counted steps.
    public var breathsTarget: Int?
    /// Whole breaths done, for breath-counted steps.
    public var breathsDone: Int?
    /// For reps steps: true when the timer paced and counted them, false when the person
    /// counted them by key.
    public var repsPaced: Bool?
    /// The length as written, when too much pressure (`!`) eased the step to `planned`.
    public var easedFrom: TimeSpan?
    /// The length as written, when the person chose `planned` with `+` or `-`.
    public var changedFrom: TimeSpan?

    /// Creates a step result.
    public init(
      number: Int, technique: Technique, target: String, side: Side?, movement: String? = nil,
      planned: TimeSpan, elapsed: TimeSpan, outcome: StepOutcome, repsTarget: Int? = nil,
      repsDone: Int? = nil, pressureFlagged: Bool = false, freedom: Int? = nil,
      breathsTarget: Int? = nil, breathsDone: Int? = nil, repsPaced: Bool? = nil,
      easedFrom: TimeSpan? = nil, changedFrom: TimeSpan? = nil
    ) {
      self.easedFrom = easedFrom
      self.changedFrom = changedFrom
      self.repsPaced = repsPaced
      self.pressureFlagged = pressureFlagged
      self.freedom = freedom
      self.breathsTarget = breathsTarget
      self.breathsDone = breathsDone
      self.number = number
      self.technique = technique
      self.target = target
      self.side = side
      self.movement = movement
      self.planned = planned
      self.elapsed = elapsed
      self.outcome = outcome
      self.repsTarget = repsTarget
      self.repsDone = repsDone
    }
  }

  /// Whether a passive step was followed by reps for the same target.
  public struct FollowThrough: Hashable, Sendable {
    /// The passive step's number.
    public var number: Int
    /// Its target.
    public var target: String
    /// Whether reps for that target with at least one rep done came after it.
    public var followed: Bool
  }

  /// The routine's id.
  public var routineID: String
  /// The routine's name.
  public var routineName: String
  /// How the session ended.
  public var outcome: Outcome
  /// The planned length of the whole session.
  public var planned: TimeSpan
  /// Time the clock ran.
  public var active: TimeSpan
  /// Time paused.
  public var paused: TimeSpan
  /// Every step of the plan, in order, each once.
  public var steps: [StepResult]
  /// The check-ins' answers, when the session checked in.
  public var checkIn: CheckIn?
  /// The clock that ran at the report's instant; nil when none ran (paused, counting in,
  /// checking in, over).
  public var running: RunningClock?

  /// Creates a summary.
  public init(
    routineID: String, routineName: String, outcome: Outcome, planned: TimeSpan, active: TimeSpan,
    paused: TimeSpan, steps: [StepResult], checkIn: CheckIn? = nil, running: RunningClock? = nil
  ) {
    self.running = running
    self.checkIn = checkIn
    self.routineID = routineID
    self.routineName = routineName
    self.outcome = outcome
    self.planned = planned
    self.active = active
    self.paused = paused
    self.steps = steps
  }

  /// Steps that ran to their end.
  public var doneCount: Int { steps.filter { $0.outcome == .done }.count }
  /// Steps left before any work.
  public var skippedCount: Int { steps.filter { $0.outcome == .skipped }.count }
  /// Steps left part way.
  public var partialCount: Int { steps.filter { $0.outcome == .partial }.count }

  /// Reps done over all reps steps.
  public var repsDone: Int { steps.compactMap(\.repsDone).reduce(0, +) }
  /// Reps asked for over all reps steps.
  public var repsTarget: Int { steps.compactMap(\.repsTarget).reduce(0, +) }

  /// Active time per body area, in the order areas first appear. The get-ready, switches
  /// and transitions are not steps; rest and breathing work no body area.
  public var timeByTarget: [(target: String, time: TimeSpan)] {
    var order: [String] = []
    var times: [String: TimeSpan] = [:]
    // A skipped step worked nothing, as `glide stats` counts it: the seconds before an
    // `n` within the grace are not work on the area.
    for step in steps where step.outcome != .skipped && step.technique.worksArea(step.target) {
      let key = step.target
      if times[key] == nil { order.append(key) }
      times[key, default: .zero] = times[key, default: .zero] + step.elapsed
    }
    return order.map { ($0, times[$0] ?? .zero) }
  }

  /// Left against right for each target whose sides were both rated, in order.
  public var sideComparison: [(target: String, left: Int, right: Int)] { steps.sidePairs }

  /// What the pressure flags came to, in words, when any step was flagged: the flagged
  /// steps, and the holds eased for them, as the plan ran them ("too much at step 2 (left
  /// glutes); step 4 (right glutes) eased to 2:00 after too much pressure").
  public var pressureText: String? {
    let flagged = steps.filter(\.pressureFlagged)
    guard !flagged.isEmpty else { return nil }
    let named = flagged.map { "step \($0.number) (\($0.sideAndTarget))" }
    let eased = steps.filter { $0.easedFrom != nil && $0.outcome != .skipped }.map {
      "step \($0.number) (\($0.sideAndTarget)) eased to \($0.planned.clockFace)"
    }
    let easing =
      eased.isEmpty ? "" : "; " + eased.joined(separator: ", ") + " after too much pressure"
    return "too much at " + named.joined(separator: ", ") + easing
  }

  /// For each passive step that was worked, whether reps for its target followed.
  public var followThrough: [FollowThrough] {
    steps.indices.compactMap { offset in
      let step = steps[offset]
      guard step.technique.isPassive, step.outcome != .skipped else { return nil }
      return FollowThrough(
        number: step.number, target: step.target, followed: steps.isFollowedByReps(offset))
    }
  }
}

extension Summary.StepResult {
  /// The side and the target: "left glutes", "upper back".
  var sideAndTarget: String { side.map { "\($0.rawValue) \(target)" } ?? target }
}
