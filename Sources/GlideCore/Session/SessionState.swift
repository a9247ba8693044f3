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
    /// Resuming from a pause: a 3-2-1 counts in with the clock still stopped, and the
    /// clock runs from `until`; `cued` is the lowest number said so far.
    case countingIn(until: Instant, cued: Int)
    /// "End session? y/n" is asked; the clock is stopped meanwhile.
    case confirmingQuit(wasPaused: Bool)
    /// A check-in question is asked (`question`), before the get-ready or after the last
    /// step; no clock runs meanwhile and nothing moves until a key.
    case checkingIn
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
  /// Where the beat of the reps in progress starts: the item's start, or the instant (as
  /// the item's elapsed time) a rep was last counted by key, with the reps done by then.
  /// Paced reps count on from here, so a rep counted early moves the pace with it; reps
  /// counted by key are reminded from here.
  public var beat = Beat()
  /// Reminders rung since the last rep counted by key.
  public var remindersCued = 0
  /// The breath phase last cued in the item in progress, counted from its start (0: the
  /// first in-breath, which the step's announcement covers).
  public var breathCued = 0
  /// The lowest 3-2-1 number already cued for the item in progress.
  public var countdownCued: Int?
  /// Whether the halfway cue of the item in progress has sounded.
  public var halfwayCued = false
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

  /// The start of a beat of reps: an elapsed time within the item, and the reps done then.
  public struct Beat: Hashable, Sendable {
    /// The item's elapsed time at the start of the beat.
    public var from: TimeSpan
    /// Reps done when the beat started.
    public var reps: Int

    /// Creates a beat start; the default is the item's start.
    public init(from: TimeSpan = .zero, reps: Int = 0) {
      self.from = from
      self.reps = reps
    }
  }

  /// How long reps counted by key may go without a rep before a reminder rings, and
  /// again after each reminder.
  public static let reminderInterval = TimeSpan.seconds(10)

  /// Reps done at `elapsed` into a paced reps item: those counted when its beat began and
  /// one per tempo since, up to the target.
  func pacedReps(at elapsed: TimeSpan, tempo: TimeSpan, target: Int) -> Int {
    guard tempo > .zero else { return target }
    let since = max(.zero, elapsed - beat.from).nanoseconds / tempo.nanoseconds
    return Int(min(Int64(target), Int64(beat.reps) + since))
  }

  /// Breath-counted items whose count `+` or `-` changed, with the breaths they now last.
  public var breathTargets: [Int: Int] = [:]
  /// A line the screen shows until the item changes.
  public var note: Note?

  /// A line for the screen about a key that did not apply.
  public enum Note: Hashable, Sendable {
    /// `!` was pressed outside a roll, hold, stretch, floss or percussion.
    case pressureIsForPassiveSteps

    /// The words.
    public var text: String {
      switch self {
      case .pressureIsForPassiveSteps:
        "! flags too much pressure on a roll, hold or stretch; nothing to ease here"
      }
    }
  }

  /// The breaths plan item `index` lasts, for a breath-counted item: as planned, or as
  /// `+` and `-` changed it.
  public func breathTarget(of index: Int) -> Int? {
    guard plan.items.indices.contains(index), let planned = plan.items[index].step.breaths
    else { return nil }
    return breathTargets[index] ?? planned
  }

  /// The check-in question being asked, while checking in (and while asked to quit
  /// from one).
  public var question: CheckInQuestion?
  /// The check-ins' answers so far; nil when the plan has no check-in.
  public var checkIn: CheckIn?

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
  public var pausedTotal: TimeSpan = .zero
  /// When the pause in progress began (paused or asked to quit).
  public var pausedSince: Instant?
  /// The overlay shown, if any.
  public var overlay: Overlay?
  /// The first line shown of the summary, or of the help overlay while it is open, when
  /// it does not fit; back to 0 whenever either opens. The screen shows what fits from
  /// here.
  public var scroll = 0
  /// The latest instant the reducer has seen; events from before it count as at it. The
  /// screen never shows it (nor `journaledAt`): what is drawn at an instant comes from
  /// the readout, and the screen kept between wakes is compared without these two.
  public var now: Instant = .zero
  /// When progress was last written to the journal.
  public var journaledAt: Instant?

  /// A session about to run `plan`.
  public init(plan: Plan) {
    self.plan = plan
    clock = ItemClock(length: plan.items.first.flatMap { $0.isTimed ? $0.planned : nil })
    records = Array(repeating: nil, count: plan.items.count)
    checkIn = plan.checkIn.map(CheckIn.init)
  }

  /// The item in progress, if the plan has any.
  public var item: PlanItem? { plan.items.indices.contains(index) ? plan.items[index] : nil }

  /// The summary, once the session is over.
  public var summary: Summary? {
    if case .finished(let summary) = mode { return summary }
    return nil
  }

  /// Whether the session has ended.
  public var isFinished: Bool {
    // Asked several times a wake: matching the mode copies no summary.
    if case .finished = mode { return true }
    return false
  }

  /// Whether "End session? y/n" is being asked.
  public var isAskingToQuit: Bool {
    if case .confirmingQuit = mode { return true }
    return false
  }

  /// Time spent paused up to `now`.
  public func paused(at now: Instant) -> TimeSpan {
    pausedTotal + (pausedSince.map { max(.zero, now - $0) } ?? .zero)
  }

  /// Time since the start, less time paused; once the work is over (the after check-in
  /// asks with it over), no more.
  public func active(at now: Instant) -> TimeSpan {
    guard let startedAt else { return .zero }
    let until = question?.when == .after ? min(now, endedAt ?? now) : now
    return max(.zero, until - startedAt) - paused(at: until)
  }

  /// The clock length a plan item runs for: its planned time when timed (a third less for
  /// a hold on an eased target), none for counted reps.
  func length(of item: PlanItem) -> TimeSpan? {
    guard item.isTimed else { return nil }
    if item.technique == .hold, easedTargets.contains(item.step.target.lowercased()) {
      return TimeSpan(nanoseconds: item.planned.nanoseconds * 2 / 3)
    }
    return item.planned
  }

  /// The shortest step that gets a halfway cue.
  public static let halfwayFrom = TimeSpan.seconds(120)

  /// The elapsed time at which the item in progress is halfway, if it gets a halfway cue.
  public var halfwayPoint: TimeSpan? {
    guard let item, item.kind == .step, item.technique != .reps, let length = clock.length,
      length >= Self.halfwayFrom
    else { return nil }
    return TimeSpan(nanoseconds: length.nanoseconds / 2)
  }
}

extension SessionState.RatingRequest {
  /// The question asked of the side being rated, as a person says it: "How free does your
  /// left calf feel?"
  public func question(in plan: Plan) -> String {
    let target = plan.items.indices.contains(left) ? plan.items[left].step.target : ""
    return "How free does your \(asking.rawValue) \(target.singular) feel?"
  }
}

extension String {
  /// One of a body area written in the plural ("calves": "calf", "hip flexors": "hip
  /// flexor"); other words stay as they are ("plantar fascia", "IT band and TFL").
  var singular: String {
    let lower = lowercased()
    if lower.hasSuffix("calves") { return String(dropLast(3)) + "f" }
    guard lower.hasSuffix("s"), !["ss", "us", "is"].contains(where: lower.hasSuffix),
      let last = split(separator: " ").last, last.count > 3
    else { return self }
    return String(dropLast())
  }
}
