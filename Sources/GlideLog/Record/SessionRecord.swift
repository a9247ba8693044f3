import GlideCore

/// One line of the session log: a session as it ended (or as far as it got).
public struct SessionRecord: Hashable, Sendable {
  /// One step of the session: the core's own step result, so a field added to it is one
  /// edit there and one line in `RecordCoding`.
  public typealias StepRecord = Summary.StepResult

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
  /// The check-ins' answers, when the session checked in (`check_in`).
  public var checkIn: CheckIn?

  /// Creates a record.
  public init(
    version: Int = SessionRecord.version, id: String, routine: String, routineName: String,
    startedAt: Timestamp, endedAt: Timestamp, outcome: String, plannedSeconds: Double,
    activeSeconds: Double, pausedSeconds: Double, steps: [StepRecord], checkIn: CheckIn? = nil
  ) {
    self.checkIn = checkIn
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
      steps: summary.steps, checkIn: summary.checkIn)
  }

  /// Steps that ran to their end.
  public var stepsDone: Int { steps.filter { $0.outcome == .done }.count }
  /// Reps done over all steps.
  public var repsDone: Int { steps.compactMap(\.repsDone).reduce(0, +) }
  /// Reps asked for over all steps.
  public var repsTarget: Int { steps.compactMap(\.repsTarget).reduce(0, +) }
  /// Whether the session did real work: at least one step done or partly done.
  public var didWork: Bool { steps.contains { $0.outcome != .skipped } }
}
