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
    /// "End session? y/n" is asked, from where "no" goes back to; the clock is stopped
    /// meanwhile.
    case confirmingQuit(from: QuitAskedFrom)
    /// A check-in question is asked (`question`), before the get-ready or after the last
    /// step; no clock runs meanwhile and nothing moves until a key.
    case checkingIn
    /// The session is over and its summary shows.
    case finished(Summary)
  }

  /// Where "End session? y/n" was asked: "no" goes back there.
  public enum QuitAskedFrom: Hashable, Sendable {
    /// The clock was running, and runs again.
    case running
    /// The session was paused, and stays so.
    case paused
    /// A 3-2-1 was counting in from a pause: the person had asked to go on, so "no" counts
    /// in again from the top rather than leaving the session paused.
    case countingIn
  }

  /// A layer drawn over the session.
  public enum Overlay: Hashable, Sendable {
    /// The list of keys.
    case help
  }

  /// The expanded plan, as written; what `!` eased is in `records`, and `length(of:)`
  /// and `timeAfter(_:)` give the plan as it runs.
  public let plan: Plan
  /// Where the session is in its life.
  public var mode: Mode = .ready
  /// The plan item in progress.
  public var index: Int = 0
  /// The clock of the item in progress.
  public var clock: ItemClock
  /// Reps done in the item in progress.
  public var repsDone: Int = 0
  /// Where the beat of the reps in progress starts (see `Beat`).
  public var beat = Beat()
  /// Reminders rung since the last rep counted by key.
  public var remindersCued = 0
  /// The breath phase last cued in the item in progress, counted from its start (0: the
  /// first in-breath, which the step's announcement covers).
  public var breathCued = 0
  /// The parts of paced reps cued aloud in the item in progress, as `repPart(of:at:)`
  /// counts them over its beat.
  public var repPartCued = 0
  /// The lowest 3-2-1 number already cued for the item in progress.
  public var countdownCued: Int?
  /// Whether the halfway cue of the item in progress has sounded.
  public var halfwayCued = false
  /// A line the screen shows until the item changes.
  public var note: Note?
  /// The check-in's question and answers, which its own reducer changes.
  public var checkInState: CheckInState
  /// The side rating being asked for, if any.
  public var rating: RatingRequest?
  /// What became of each plan item, one record per item, in plan order.
  public var records: [ItemRecord]
  /// When the session started.
  public var startedAt: Instant?
  /// When the session ended: the last deadline, or the instant it was stopped.
  public var endedAt: Instant?
  /// Paused time from pauses that ended.
  public var pausedTotal: TimeSpan = .zero
  /// When the pause in progress began (paused, asked to quit, or stopped by a signal).
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
  /// How late past the latest wake it asked for an event may come before the reducer
  /// takes the time between as a stop of the process (SIGSTOP, a suspended machine) and
  /// pauses from that wake; nil: never (tests that jump the clock).
  public let stallAfter: TimeSpan?

  /// A session about to run `plan`; `stallAfter` as above.
  public init(plan: Plan, stallAfter: TimeSpan? = nil) {
    self.plan = plan
    self.stallAfter = stallAfter
    clock = ItemClock(length: plan.items.first.flatMap { $0.isTimed ? $0.planned : nil })
    records = Array(repeating: ItemRecord(), count: plan.items.count)
    checkInState = CheckInState(answers: plan.checkIn.map(CheckIn.init))
  }

  /// The check-in question being asked, while checking in (and while asked to quit
  /// from one).
  public var question: CheckInQuestion? {
    get { checkInState.question }
    set { checkInState.question = newValue }
  }

  /// The check-ins' answers so far; nil when the plan has no check-in.
  public var checkIn: CheckIn? {
    get { checkInState.answers }
    set { checkInState.answers = newValue }
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

  /// Whether the item in progress was flagged as too much pressure.
  public var isPressureFlagged: Bool {
    records.indices.contains(index) && records[index].pressureFlagged
  }

  /// Plan items flagged as too much pressure.
  public var pressureFlagged: Set<Int> {
    Set(records.indices.filter { records[$0].pressureFlagged })
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

  /// The breaths plan item `index` lasts, for a breath-counted item: as planned, or as
  /// `+` and `-` changed it.
  public func breathTarget(of index: Int) -> Int? {
    guard plan.items.indices.contains(index), let planned = plan.items[index].step.breaths
    else { return nil }
    return records[index].breaths ?? planned
  }

  /// The shortest step that gets a halfway cue.
  public static let halfwayFrom = TimeSpan.seconds(120)

  /// How long reps counted by key may go without a rep before a reminder rings, and
  /// again after each reminder.
  public static let reminderInterval = TimeSpan.seconds(10)

  /// The elapsed time at which the item in progress is halfway, if it gets a halfway cue.
  public var halfwayPoint: TimeSpan? {
    guard let item, item.kind == .step, item.technique != .reps, let length = clock.length,
      length >= Self.halfwayFrom
    else { return nil }
    return TimeSpan(nanoseconds: length.nanoseconds / 2)
  }

  /// Reps done at `elapsed` into a paced reps item: those counted when its beat began and
  /// one per tempo since, up to the target.
  func pacedReps(at elapsed: TimeSpan, tempo: TimeSpan, target: Int) -> Int {
    guard tempo > .zero else { return target }
    let since = max(.zero, elapsed - beat.from).nanoseconds / tempo.nanoseconds
    return Int(min(Int64(target), Int64(beat.reps) + since))
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
