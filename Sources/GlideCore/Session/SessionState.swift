/// Everything a session is at one moment; the reducer is the only thing that changes it.
public struct SessionState: Hashable, Sendable {
  /// Where the session is in its life.
  public enum Mode: Hashable, Sendable {
    /// Not started yet.
    case ready
    /// The current item's clock is running.
    case running
    /// The person paused; the clock is stopped.
    case paused
    /// "End session? y/n" is asked; the clock is stopped meanwhile.
    case confirmingQuit(wasPaused: Bool)
    /// The session is over and its summary shows.
    case finished(Summary)
  }

  /// A layer drawn over the session.
  public enum Overlay: Hashable, Sendable {
    /// The list of keys.
    case help
  }

  /// The expanded plan.
  public let plan: Plan
  /// Where the session is in its life.
  public var mode: Mode = .ready
  /// The plan item in progress.
  public var index: Int = 0
  /// The clock of the item in progress.
  public var clock: ItemClock
  /// Reps done in the item in progress.
  public var repsDone: Int = 0
  /// The lowest 3-2-1 number already cued for the item in progress.
  public var countdownCued: Int?
  /// Whether the halfway cue of the item in progress has sounded.
  public var halfwayCued = false
  /// How many breath phases of the item in progress had begun at the last breath cue.
  public var breathCued: Int?
  /// Plan items flagged as too much pressure.
  public var pressureFlagged: Set<Int> = []
  /// Targets (lower-cased) whose later holds run a third shorter after a pressure flag.
  public var easedTargets: Set<String> = []
  /// The side rating being asked for after both sides of a step: the plan items of the
  /// two sides, and which is asked now.
  public struct RatingRequest: Hashable, Sendable {
    /// The left side's plan item.
    public var left: Int
    /// The right side's plan item.
    public var right: Int
    /// The side asked about now.
    public var asking: Side

    /// Creates a request.
    public init(left: Int, right: Int, asking: Side) {
      self.left = left
      self.right = right
      self.asking = asking
    }
  }

  /// The side rating being asked for, if any.
  public var rating: RatingRequest?
  /// Each rated side's plan item and how free it felt, 1-5.
  public var ratings: [Int: Int] = [:]
  /// What each visited plan item came to; nil for items not visited.
  public var records: [ItemRecord?]
  /// When the session started.
  public var startedAt: Instant?
  /// When the session ended: the last deadline, or the instant it was stopped.
  public var endedAt: Instant?
  /// Paused time from pauses that ended.
  public var pausedTotal: Span = .zero
  /// When the pause in progress began (paused or asked to quit).
  public var pausedSince: Instant?
  /// The overlay shown, if any.
  public var overlay: Overlay?
  /// The latest instant the reducer has seen; events from before it count as at it.
  public var now: Instant = .zero
  /// When progress was last written to the journal.
  public var journaledAt: Instant?

  /// A session about to run `plan`.
  public init(plan: Plan) {
    self.plan = plan
    clock = ItemClock(length: plan.items.first.flatMap { $0.isTimed ? $0.planned : nil })
    records = Array(repeating: nil, count: plan.items.count)
  }

  /// The item in progress, if the plan has any.
  public var item: PlanItem? { plan.items.indices.contains(index) ? plan.items[index] : nil }

  /// The summary, once the session is over.
  public var summary: Summary? {
    if case .finished(let summary) = mode { return summary }
    return nil
  }

  /// Whether the session has ended.
  public var isFinished: Bool { summary != nil }

  /// Time spent paused up to `now`.
  public func paused(at now: Instant) -> Span {
    pausedTotal + (pausedSince.map { max(.zero, now - $0) } ?? .zero)
  }

  /// Time since the start, less time paused.
  public func active(at now: Instant) -> Span {
    guard let startedAt else { return .zero }
    return max(.zero, now - startedAt) - paused(at: now)
  }

  /// The clock length a plan item runs for: its planned time when timed (a third less for
  /// a hold on an eased target), none for counted reps.
  func length(of item: PlanItem) -> Span? {
    guard item.isTimed else { return nil }
    if item.technique == .hold, easedTargets.contains(item.step.target.lowercased()) {
      return Span(nanoseconds: item.planned.nanoseconds * 2 / 3)
    }
    return item.planned
  }

  /// The shortest step that gets a halfway cue.
  public static let halfwayFrom = Span.seconds(120)

  /// The elapsed time at which the item in progress is halfway, if it gets a halfway cue.
  public var halfwayPoint: Span? {
    guard let item, item.kind == .step, item.technique != .reps, let length = clock.length,
      length >= Self.halfwayFrom
    else { return nil }
    return Span(nanoseconds: length.nanoseconds / 2)
  }
}
