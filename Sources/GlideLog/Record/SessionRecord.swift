import GlideCore

/// One line of the session log: a session as it ended (or as far as it got).
public struct SessionRecord: Hashable, Sendable {
  /// One step of the session.
  public struct StepRecord: Hashable, Sendable {
    /// The technique's name (`roll`, `reps`, …); kept as text so later versions can add some.
    public var technique: String
    /// The body region.
    public var target: String
    /// `left`, `right` or nil.
    public var side: String?
    /// Planned seconds.
    public var plannedSeconds: Double
    /// Active seconds spent.
    public var elapsedSeconds: Double
    /// `done`, `skipped` or `partial`.
    public var outcome: String
    /// Reps asked for, for reps steps.
    public var repsTarget: Int?
    /// Reps done, for reps steps.
    public var repsDone: Int?
    /// Whether the person flagged the step as too much pressure (`pressure_flagged`).
    public var pressureFlagged: Bool
    /// How free the side felt, 1-5, when rated (`freedom`).
    public var freedom: Int?
    /// Breaths asked for, for breath-counted steps (`breaths_target`).
    public var breathsTarget: Int?
    /// Whole breaths done, for breath-counted steps (`breaths_done`).
    public var breathsDone: Int?
    /// For reps steps, whether the timer paced them (true) or the person counted them by
    /// key (false) (`reps_paced`).
    public var repsPaced: Bool?

    /// Creates a step record.
    public init(
      technique: String, target: String, side: String?, plannedSeconds: Double,
      elapsedSeconds: Double, outcome: String, repsTarget: Int?, repsDone: Int?,
      pressureFlagged: Bool = false, freedom: Int? = nil, breathsTarget: Int? = nil,
      breathsDone: Int? = nil, repsPaced: Bool? = nil
    ) {
      self.repsPaced = repsPaced
      self.pressureFlagged = pressureFlagged
      self.freedom = freedom
      self.breathsTarget = breathsTarget
      self.breathsDone = breathsDone
      self.technique = technique
      self.target = target
      self.side = side
      self.plannedSeconds = plannedSeconds
      self.elapsedSeconds = elapsedSeconds
      self.outcome = outcome
      self.repsTarget = repsTarget
      self.repsDone = repsDone
    }

    /// Whether the technique is passive (roll, hold, stretch, floss, percussion).
    public var isPassive: Bool { Technique(rawValue: technique)?.isPassive ?? false }
  }

  /// The schema version this build writes.
  public static let version = 1

  /// The schema version of the line.
  public var version: Int
  /// A unique id (UUID).
  public var id: String
  /// The routine's id.
  public var routine: String
  /// The routine's name.
  public var routineName: String
  /// When it started.
  public var startedAt: Timestamp
  /// When it ended.
  public var endedAt: Timestamp
  /// `completed`, `stopped` or `interrupted`.
  public var outcome: String
  /// Planned seconds of the whole session.
  public var plannedSeconds: Double
  /// Seconds the clock ran.
  public var activeSeconds: Double
  /// Seconds paused.
  public var pausedSeconds: Double
  /// Every step of the plan.
  public var steps: [StepRecord]

  /// Creates a record.
  public init(
    version: Int = SessionRecord.version, id: String, routine: String, routineName: String,
    startedAt: Timestamp, endedAt: Timestamp, outcome: String, plannedSeconds: Double,
    activeSeconds: Double, pausedSeconds: Double, steps: [StepRecord]
  ) {
    self.version = version
    self.id = id
    self.routine = routine
    self.routineName = routineName
    self.startedAt = startedAt
    self.endedAt = endedAt
    self.outcome = outcome
    self.plannedSeconds = plannedSeconds
    self.activeSeconds = activeSeconds
    self.pausedSeconds = pausedSeconds
    self.steps = steps
  }

  /// The record of a session's summary, started at `startedAt` on the wall clock.
  public init(_ summary: Summary, id: String, startedAt: Timestamp, endedAt: Timestamp) {
    self.init(
      id: id, routine: summary.routineID, routineName: summary.routineName, startedAt: startedAt,
      endedAt: endedAt, outcome: summary.outcome.rawValue, plannedSeconds: summary.planned.seconds,
      activeSeconds: summary.active.seconds, pausedSeconds: summary.paused.seconds,
      steps: summary.steps.map {
        StepRecord(
          technique: $0.technique.rawValue, target: $0.target, side: $0.side?.rawValue,
          plannedSeconds: $0.planned.seconds, elapsedSeconds: $0.elapsed.seconds,
          outcome: $0.outcome.rawValue, repsTarget: $0.repsTarget, repsDone: $0.repsDone,
          pressureFlagged: $0.pressureFlagged, freedom: $0.freedom, breathsTarget: $0.breathsTarget,
          breathsDone: $0.breathsDone, repsPaced: $0.repsPaced)
      })
  }

  /// Steps that ran to their end.
  public var stepsDone: Int { steps.filter { $0.outcome == "done" }.count }
  /// Reps done over all steps.
  public var repsDone: Int { steps.compactMap(\.repsDone).reduce(0, +) }
  /// Reps asked for over all steps.
  public var repsTarget: Int { steps.compactMap(\.repsTarget).reduce(0, +) }
  /// Whether the session did real work: at least one step done or partly done.
  public var didWork: Bool { steps.contains { $0.outcome != "skipped" } }
}
