/// The one rule that turns time into an outcome, and the reports built with it: the
/// session's record as of an instant (for the journal, the summary and the log), and
/// the record carried on to a crash's instant (for recovery).
extension StepOutcome {
  /// How a visit to a step ends.
  public enum Ending: Hashable, Sendable {
    /// The outcome is known: the time ran out, or the reps were all done.
    case given(StepOutcome)
    /// The person left it (skipped, went back, stopped the session): within the grace
    /// period that is skipping it.
    case left
    /// It was cut off as it ran (a kill, a crash): a step that ran at all was worked.
    case cutOff
  }

  /// The outcome of a step with `elapsed` of active time over all its visits: reps by
  /// their count (`reps` done of `repsTarget`), anything else by its time.
  public static func decide(
    _ ending: Ending, elapsed: TimeSpan, reps: Int? = nil, repsTarget: Int? = nil
  ) -> StepOutcome {
    if case .given(let outcome) = ending { return outcome }
    if let target = repsTarget, let reps {
      if reps >= target { return .done }
      if reps > 0 { return .partial }
    } else if elapsed >= stepGrace {
      return .partial
    }
    return ending == .cutOff && elapsed > .zero ? .partial : .skipped
  }
}

extension Summary.StepResult {
  /// The step as if its clock had run `more` past the report: longer, and ended as a cut
  /// off would end it. `toTheEnd` when `more` reached its end, which makes it done, the
  /// way the session itself ends a step whose time is up.
  public func credited(_ more: TimeSpan, toTheEnd: Bool) -> Self {
    var step = self
    step.elapsed = elapsed + max(.zero, more)
    if toTheEnd {
      step.outcome = .done
      if let target = repsTarget { step.repsDone = target }
      if let target = breathsTarget { step.breathsDone = target }
    } else if technique != .reps, outcome == .skipped {
      // Reps are decided by their count, which the time alone does not tell.
      step.outcome = StepOutcome.decide(.cutOff, elapsed: step.elapsed)
    }
    return step
  }
}

extension SessionState {
  /// The session's record as of `now`. While running, the item in progress is counted
  /// as if it were cut off at `now`, so a journal holds every second worked.
  public func report(
    _ outcome: Summary.Outcome, at now: Instant, includeCurrent: Bool = true
  ) -> Summary {
    var records = self.records
    if includeCurrent, item != nil {
      var copy = self
      copy.bank(at: now, as: .cutOff)
      records = copy.records
    }
    let steps = plan.items.indices.compactMap { offset -> Summary.StepResult? in
      guard plan.items[offset].kind == .step else { return nil }
      return stepResult(offset, records[offset])
    }
    var running: Summary.RunningClock?
    if includeCurrent, mode == .running, clock.runningSince != nil, let item {
      // A step's number counts the steps before it and itself: its place in `steps`.
      let step = item.kind == .step ? item.number - 1 : nil
      running = Summary.RunningClock(step: step, left: clock.remaining(at: now))
    }
    return Summary(
      routineID: plan.routineID, routineName: plan.routineName, outcome: outcome,
      planned: plannedTotal, active: active(at: now), paused: paused(at: now), steps: steps,
      checkIn: checkIn.flatMap { $0.isEmpty ? nil : $0 }, running: running)
  }

  /// What plan item `offset`, a step, came to, as `record` holds it.
  private func stepResult(_ offset: Int, _ record: ItemRecord) -> Summary.StepResult {
    let item = plan.items[offset]
    let isReps = item.technique == .reps
    let breaths = breathTarget(of: offset)
    return Summary.StepResult(
      number: item.number, technique: item.technique, target: item.step.target,
      side: item.side, movement: item.step.movement, planned: planned(offset),
      elapsed: record.elapsed, outcome: record.outcome ?? .skipped,
      repsTarget: isReps ? item.step.reps : nil, repsDone: isReps ? (record.repsDone ?? 0) : nil,
      pressureFlagged: record.pressureFlagged, freedom: record.freedom,
      breathsTarget: breaths,
      breathsDone: breaths.flatMap { target in
        item.step.breath.map { pattern in
          min(target, Int(record.elapsed.nanoseconds / max(1, pattern.cycle.nanoseconds)))
        }
      }, repsPaced: isReps ? !item.isCountedReps : nil,
      // A length chosen after `!` is the person's, not the easing's.
      easedFrom: record.eased == nil || record.chosen != nil ? nil : item.planned,
      changedFrom: record.chosen == nil ? nil : item.planned)
  }
}
