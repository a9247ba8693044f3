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
  /// Which part of a paced rep is under way (out, pause, back), for tempos like `2-1-2`.
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

/// A quantity that steps up or down as an item's elapsed time grows: where it is now, and
/// the elapsed time at which it next changes (nil: never, within this item).
struct Stepper {
  var value: Int64
  var nextChange: TimeSpan?

  /// `floor(x * width / whole)` for x = elapsed offset within a span of `whole`.
  static func fill(_ x: TimeSpan, of whole: TimeSpan, width: Int) -> Stepper {
    guard width > 0, whole > .zero else { return Stepper(value: 0, nextChange: nil) }
    let x = min(max(.zero, x), whole)
    let w = Int64(width)
    let cells = x.nanoseconds * w / whole.nanoseconds
    guard cells < w else { return Stepper(value: w, nextChange: nil) }
    // The first nanosecond at which floor(x * w / whole) reaches cells + 1.
    let next = ((cells + 1) * whole.nanoseconds + w - 1) / w
    return Stepper(value: cells, nextChange: TimeSpan(nanoseconds: next - x.nanoseconds))
  }

  /// The cells of a bar over `whole` filled when a countdown of it shows `shown` seconds:
  /// the fill as of the instant those digits appeared. A bar that moved between digit
  /// ticks would wake the loop for a cell that nobody reads at a glance (a 60-second
  /// countdown at 80x24 woke 74 times a minute); on the tick it costs no wake of its own.
  static func onTick(_ shown: Int64, of whole: TimeSpan, width: Int) -> Int {
    let untilEnd =
      shown > whole.nanoseconds / 1_000_000_000
      ? whole.nanoseconds : min(whole.nanoseconds, shown * 1_000_000_000)
    return Int(
      fill(TimeSpan(nanoseconds: whole.nanoseconds - untilEnd), of: whole, width: width).value)
  }

  /// `ceil(left)` in whole seconds, where `left` shrinks as time passes.
  static func countdown(_ left: TimeSpan) -> Stepper {
    guard left > .zero else { return Stepper(value: 0, nextChange: nil) }
    let shown = left.ceilingSeconds
    return Stepper(
      value: shown,
      nextChange: TimeSpan(nanoseconds: left.nanoseconds - (shown - 1) * 1_000_000_000))
  }
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
    // The soonest change ahead, kept as it goes rather than listed: this runs at every
    // wake, and a list would be allocated at every one.
    var soonest: TimeSpan?
    func change(in span: TimeSpan?) {
      guard let span, span > .zero else { return }
      if soonest.map({ span < $0 }) ?? true { soonest = span }
    }
    func track(_ stepper: Stepper) -> Int64 {
      change(in: stepper.nextChange)
      return stepper.value
    }

    var remainingSeconds: Int64?
    var stepCells = 0
    let itemLeft: TimeSpan
    if let length = clock.length {
      let left = max(.zero, length - elapsed)
      itemLeft = left
      let shown = track(.countdown(left))
      remainingSeconds = shown
      stepCells = Stepper.onTick(shown, of: length, width: widths.step)
    } else {
      let pace = item.planned.nanoseconds / Int64(max(1, item.step.reps ?? 1))
      itemLeft = TimeSpan(nanoseconds: pace * Int64(max(0, (item.step.reps ?? 0) - repsDone)))
    }

    var pastHalfway: Bool?
    if let half = halfwayPoint {
      pastHalfway = elapsed >= half
      if elapsed < half { change(in: half - elapsed) }
    }

    // The plan as it runs: holds `!` eased count as eased.
    let sessionLeft = itemLeft + timeAfter(index)
    let total = max(plannedTotal, sessionLeft)
    let sessionSeconds: Int64
    let sessionCells: Int
    if clock.length != nil {
      sessionSeconds = track(.countdown(sessionLeft))
      sessionCells = Stepper.onTick(sessionSeconds, of: total, width: widths.session)
    } else {
      sessionSeconds = sessionLeft.ceilingSeconds
      sessionCells = Int(Stepper.fill(total - sessionLeft, of: total, width: widths.session).value)
    }

    var breath: Readout.Breath?
    let breaths = breathTarget(of: index)
    if let pattern = item.step.breath, item.technique != .reps, pattern.cycle > .zero {
      let cycle = pattern.cycle.nanoseconds
      let number = Int(elapsed.nanoseconds / cycle) + 1
      var offset = TimeSpan(nanoseconds: elapsed.nanoseconds % cycle)
      for (phase, length) in pattern.phases {
        guard offset < length else {
          offset = offset - length
          continue
        }
        let toPhaseEnd = length - offset
        let fill = Stepper.fill(offset, of: length, width: widths.breath)
        let cells: Int
        switch phase {
        case .inhale:
          cells = Int(fill.value)
          change(in: fill.nextChange.map { min($0, toPhaseEnd) } ?? toPhaseEnd)
        case .exhale:
          cells = widths.breath - Int(fill.value)
          change(in: fill.nextChange.map { min($0, toPhaseEnd) } ?? toPhaseEnd)
        case .holdIn:
          cells = widths.breath
          change(in: toPhaseEnd)
        case .holdOut:
          cells = 0
          change(in: toPhaseEnd)
        }
        breath = Readout.Breath(
          phase: phase, cells: cells, number: breaths.map { min(number, $0) } ?? number,
          of: breaths)
        break
      }
    }

    var reps: Int?
    var reminders: Int?
    var beatCells: Int?
    var beatPhase: Int?
    if item.technique == .reps {
      if let tempo = item.step.tempo, tempo > .zero, let target = item.step.reps {
        let done = pacedReps(at: elapsed, tempo: tempo, target: target)
        reps = done
        if done < target {
          let since = max(.zero, elapsed - beat.from)
          let into = TimeSpan(nanoseconds: since.nanoseconds % tempo.nanoseconds)
          change(in: tempo - into)
          beatCells = Int(track(.fill(into, of: tempo, width: widths.beat)))
          if let phases = item.step.tempoPhases {
            var start = TimeSpan.zero
            for (offset, length) in phases.enumerated() {
              if into < start + length {
                beatPhase = offset
                change(in: start + length - into)
                break
              }
              start = start + length
            }
          }
        } else {
          beatCells = widths.beat
        }
      } else {
        reps = repsDone
        let idle = max(.zero, elapsed - beat.from).nanoseconds
        let every = Self.reminderInterval.nanoseconds
        reminders = Int(idle / every)
        change(in: TimeSpan(nanoseconds: every - idle % every))
      }
    }

    let readout = Readout(
      remainingSeconds: remainingSeconds, stepCells: stepCells, sessionSeconds: sessionSeconds,
      sessionCells: sessionCells, breath: breath, reps: reps, beatCells: beatCells,
      beatPhase: beatPhase, pastHalfway: pastHalfway, reminders: reminders)
    return (readout, soonest)
  }
}
