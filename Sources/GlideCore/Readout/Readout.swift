/// Everything time-dependent that the screen shows, at one instant. Two instants with
/// equal readouts draw the same picture, which is what `nextWake` relies on.
public struct Readout: Hashable, Sendable {
  /// Where a breath pacer stands.
  public struct Breath: Hashable, Sendable {
    /// The phase of the breath.
    public var phase: BreathPattern.Phase
    /// Cells of the pacer filled.
    public var cells: Int
    /// Which breath this is, from 1.
    public var number: Int
    /// How many breaths the step lasts, for a breath-counted step.
    public var of: Int?
  }

  /// Whole seconds left in the item, rounded up; nil for reps counted by key.
  public var remainingSeconds: Int64?
  /// Cells of the step bar filled.
  public var stepCells: Int
  /// Whole seconds left in the session, rounded up.
  public var sessionSeconds: Int64
  /// Cells of the session bar filled.
  public var sessionCells: Int
  /// The breath pacer, when the item paces a breath.
  public var breath: Breath?
  /// Reps done, for reps items.
  public var reps: Int?
  /// Cells of the beat marker filled, for paced reps.
  public var beatCells: Int?
  /// Which part of a paced rep is under way (out, hold, back), for tempos like `2-1-2`.
  public var beatPhase: Int?
  /// Whether a step of two minutes or more is past its halfway point (nil for others).
  public var pastHalfway: Bool?
  /// For reps counted by key: how many reminders to count with enter have rung since the
  /// last rep (the screen may mark them; each is a wake).
  public var reminders: Int?
  /// While resuming from a pause: the 3-2-1 number shown, the clock still held.
  public var countIn: Int?

  /// The count-in in words, "Resuming in 3": a count-in, never the breath word "IN".
  public var countInWords: String? { countIn.map { "Resuming in \($0)" } }
}

extension SessionState {
  /// What the screen shows at `now`, for bars of the given widths.
  public func readout(at now: Instant, widths: ReadoutWidths = ReadoutWidths()) -> Readout {
    display(at: now, widths: widths).readout
  }

  /// The earliest instant after `now` at which the readout changes: the next digit of a
  /// countdown, the next cell of a bar, the next beat, the next reminder to count reps by
  /// key, the next number of a count-in. Nil while nothing moves (paused, asking to quit,
  /// finished).
  public func nextWake(after now: Instant, widths: ReadoutWidths) -> Instant? {
    display(at: now, widths: widths).nextWake
  }

  /// The readout at `now` and the instant it next changes, worked out once: the run loop
  /// needs both at every wake.
  ///
  /// While a timed item runs, its end is always a wake (at `now` when it is already past):
  /// a `now` read just after the deadline shows nothing left to change, yet the reducer
  /// still has to hear of it to move on.
  public func display(at now: Instant, widths: ReadoutWidths) -> (
    readout: Readout, nextWake: Instant?
  ) {
    var (readout, next) = readoutAndNextChange(at: now, widths: widths)
    if case .countingIn(let until, _) = mode {
      let left = Stepper.countdown(max(.zero, until - now))
      readout.countIn = Int(left.value)
      return (readout, max(now, left.nextChange.map { now + $0 } ?? until))
    }
    guard mode == .running else { return (readout, nil) }
    let change = next.map { now + $0 }
    guard let end = clock.deadline.map({ max($0, now) }) else { return (readout, change) }
    return (readout, min(change ?? end, end))
  }

  /// The readout at `now`, element by element, and the time to the soonest change of
  /// any of them.
  func readoutAndNextChange(at now: Instant, widths: ReadoutWidths) -> (
    readout: Readout, next: TimeSpan?
  ) {
    guard let item else {
      return (
        Readout(
          remainingSeconds: nil, stepCells: 0, sessionSeconds: 0, sessionCells: widths.session),
        nil
      )
    }
    let elapsed = clock.elapsed(at: now)
    var soonest = Soonest()
    let step = stepCountdown(item, elapsed: elapsed, widths: widths, soonest: &soonest)
    let session = sessionCountdown(
      left: step.itemLeft, widths: widths, soonest: &soonest)
    var readout = Readout(
      remainingSeconds: step.seconds, stepCells: step.cells, sessionSeconds: session.seconds,
      sessionCells: session.cells)
    readout.pastHalfway = pastHalfway(elapsed: elapsed, soonest: &soonest)
    readout.breath = breath(item, elapsed: elapsed, width: widths.breath, soonest: &soonest)
    if item.technique == .reps {
      repsReadout(item, elapsed: elapsed, width: widths.beat, into: &readout, soonest: &soonest)
    }
    return (readout, soonest.span)
  }

  /// The item's time left (rounded up, nil for reps) and its bar's cells, and the time
  /// the item's reps leave.
  func stepCountdown(
    _ item: PlanItem, elapsed: TimeSpan, widths: ReadoutWidths, soonest: inout Soonest
  ) -> (seconds: Int64?, cells: Int, itemLeft: TimeSpan) {
    guard let length = clock.length else {
      let pace = item.planned.nanoseconds / Int64(max(1, item.step.reps ?? 1))
      let left = pace * Int64(max(0, (item.step.reps ?? 0) - repsDone))
      return (nil, 0, TimeSpan(nanoseconds: left))
    }
    let left = max(.zero, length - elapsed)
    let shown = soonest.track(.countdown(left))
    return (shown, Stepper.onTick(shown, of: length, width: widths.step), left)
  }

  /// The session's time left and its bar's cells: on the digits' tick while a countdown
  /// runs, else as the reps go.
  func sessionCountdown(
    left itemLeft: TimeSpan, widths: ReadoutWidths, soonest: inout Soonest
  ) -> (seconds: Int64, cells: Int) {
    // The plan as it runs: holds `!` eased count as eased.
    let sessionLeft = itemLeft + timeAfter(index)
    let total = max(plannedTotal, sessionLeft)
    guard clock.length != nil else {
      let cells = Stepper.fill(total - sessionLeft, of: total, width: widths.session).value
      return (sessionLeft.ceilingSeconds, Int(cells))
    }
    let seconds = soonest.track(.countdown(sessionLeft))
    return (seconds, Stepper.onTick(seconds, of: total, width: widths.session))
  }

  /// Whether a long step is past its halfway point; nil for others.
  func pastHalfway(elapsed: TimeSpan, soonest: inout Soonest) -> Bool? {
    guard let half = halfwayPoint else { return nil }
    if elapsed < half { soonest.change(in: half - elapsed) }
    return elapsed >= half
  }

  /// Where a breath-paced item's pacer stands: its phase, the cells filled, which breath.
  func breath(
    _ item: PlanItem, elapsed: TimeSpan, width: Int, soonest: inout Soonest
  ) -> Readout.Breath? {
    guard let pattern = item.step.breath, item.technique != .reps, pattern.cycle > .zero else {
      return nil
    }
    let cycle = pattern.cycle.nanoseconds
    let number = Int(elapsed.nanoseconds / cycle) + 1
    var offset = TimeSpan(nanoseconds: elapsed.nanoseconds % cycle)
    for (phase, length) in pattern.phases {
      guard offset < length else {
        offset = offset - length
        continue
      }
      let toPhaseEnd = length - offset
      let fill = Stepper.fill(offset, of: length, width: width)
      let cells: Int
      switch phase {
      case .inhale: cells = Int(fill.value)
      case .exhale: cells = width - Int(fill.value)
      case .holdIn: cells = width
      case .holdOut: cells = 0
      }
      let moves = phase == .inhale || phase == .exhale
      soonest.change(
        in: moves ? fill.nextChange.map { min($0, toPhaseEnd) } ?? toPhaseEnd : toPhaseEnd)
      let breaths = breathTarget(of: index)
      return Readout.Breath(
        phase: phase, cells: cells, number: breaths.map { min(number, $0) } ?? number, of: breaths)
    }
    return nil
  }

  /// A reps item's count; for paced reps the beat's cells and part, for reps counted by
  /// key the reminders rung since the last rep.
  func repsReadout(
    _ item: PlanItem, elapsed: TimeSpan, width: Int, into readout: inout Readout,
    soonest: inout Soonest
  ) {
    guard let tempo = item.step.tempo, tempo > .zero, let target = item.step.reps else {
      readout.reps = repsDone
      let idle = max(.zero, elapsed - beat.from).nanoseconds
      let every = Self.reminderInterval.nanoseconds
      readout.reminders = Int(idle / every)
      soonest.change(in: TimeSpan(nanoseconds: every - idle % every))
      return
    }
    let done = pacedReps(at: elapsed, tempo: tempo, target: target)
    readout.reps = done
    guard done < target else {
      readout.beatCells = width
      return
    }
    let since = max(.zero, elapsed - beat.from)
    let into = TimeSpan(nanoseconds: since.nanoseconds % tempo.nanoseconds)
    soonest.change(in: tempo - into)
    readout.beatCells = Int(soonest.track(.fill(into, of: tempo, width: width)))
    guard let phases = item.step.tempoPhases, let part = RepPart.at(into, of: phases) else {
      return
    }
    readout.beatPhase = part.part
    soonest.change(in: part.ends - into)
  }
}
