/// The grace period of a step: `back` within it goes to the previous step, and leaving a
/// step within it counts as skipping.
public let stepGrace = Span.seconds(3)

/// How often, at most, progress is written to the journal between item changes.
public let journalInterval = Span.seconds(10)

/// Applies one event to the session and returns the work the shell must do.
///
/// Every event first brings the session up to its instant (ending items whose deadlines
/// passed, each next item starting exactly at the previous deadline so nothing drifts),
/// then acts. Events the current mode has no use for change nothing and return no effects.
public func reduce(_ state: inout SessionState, _ event: Event) -> [Effect] {
  let now = max(event.instant, state.now)
  state.now = now
  var effects: [Effect]
  var acted = false
  if case .start = event {
    effects = state.begin(at: now)
  } else {
    guard !state.isFinished else { return [] }
    effects = state.advance(to: now)
    if !state.isFinished { acted = state.act(on: event, at: now, effects: &effects) }
  }
  // Every item change is journaled, whatever caused it, so a killed session loses at most
  // the item in progress.
  let started = effects.contains { if case .cue(.itemStarted) = $0 { true } else { false } }
  let journaled = effects.contains { if case .journal = $0 { true } else { false } }
  if started, !journaled, !state.isFinished {
    state.journaledAt = now
    effects.removeAll {
      if case .refreshJournal = $0 { true } else { $0 == .redraw }
    }
    effects.append(.journal(state.report(.interrupted, at: now)))
  }
  if acted || !effects.isEmpty, !effects.contains(.redraw) { effects.append(.redraw) }
  return effects
}

extension SessionState {
  fileprivate mutating func begin(at now: Instant) -> [Effect] {
    guard mode == .ready else { return [] }
    startedAt = now
    guard !plan.items.isEmpty else { return finish(.completed, at: now) }
    mode = .running
    enter(0, at: now)
    return [.cue(.itemStarted(index: 0))]
  }

  /// Acts on one event after time has been brought up to `now`; false when it was ignored.
  fileprivate mutating func act(on event: Event, at now: Instant, effects: inout [Effect]) -> Bool {
    switch (event, mode) {
    case (.start, _), (_, .ready), (_, .finished):
      return false
    case (.tick, _):
      guard mode == .running else { return false }
      if let last = journaledAt, now - last >= journalInterval {
        journaledAt = now
        effects.append(.refreshJournal(report(.interrupted, at: now)))
      }
      return true
    case (.stop, _):
      effects = finish(.stopped, at: now)
      return true
    case (.confirmQuit, .confirmingQuit):
      effects = finish(.stopped, at: now)
      return true
    case (.cancelQuit, .confirmingQuit(let wasPaused)):
      mode = .paused
      if !wasPaused { resume(at: now) }
      return true
    case (.pause, .confirmingQuit):
      mode = .confirmingQuit(wasPaused: true)
      return true
    case (_, .confirmingQuit):
      return false
    case (.togglePause, .running), (.pause, .running):
      hold(at: now)
      mode = .paused
      effects.append(.journal(report(.interrupted, at: now)))
      journaledAt = now
      return true
    case (.togglePause, .paused):
      resume(at: now)
      effects.append(.journal(report(.interrupted, at: now)))
      journaledAt = now
      return true
    case (.pause, .paused):
      return false
    case (.requestQuit, _):
      let wasPaused = mode == .paused
      if !wasPaused { hold(at: now) }
      mode = .confirmingQuit(wasPaused: wasPaused)
      overlay = nil
      return true
    case (.skip, _):
      effects += leave(outcome: nil, at: now)
      return true
    case (.back, _):
      effects += goBack(at: now)
      return true
    case (.extend(let by, _), _):
      return extend(by: by, at: now)
    case (.countRep, _):
      return countRep(at: now, effects: &effects)
    case (.flagPressure, _):
      return flagPressure(at: now)
    case (.rate(let score, _), _):
      guard var request = rating, (1...5).contains(score) else { return false }
      if request.asking == .left {
        ratings[request.left] = score
        request.asking = .right
        rating = request
      } else {
        ratings[request.right] = score
        rating = nil
      }
      return true
    case (.skipRating, _):
      guard rating != nil else { return false }
      rating = nil
      return true
    case (.toggleHelp, _):
      overlay = overlay == nil ? .help : nil
      return true
    case (.closeOverlay, _):
      guard overlay != nil else { return false }
      overlay = nil
      return true
    case (.cancelQuit, _), (.confirmQuit, _):
      return false
    }
  }

  /// Ends every item whose deadline is at or before `now`, then cues what `now` reaches.
  fileprivate mutating func advance(to now: Instant) -> [Effect] {
    guard mode == .running else { return [] }
    var effects: [Effect] = []
    while mode == .running, let deadline = clock.deadline, deadline <= now {
      if let item, item.technique == .reps, let target = item.step.reps, repsDone < target {
        repsDone = target
        effects.append(.cue(.rep(target)))
      }
      effects += leave(outcome: .done, at: deadline)
    }
    guard mode == .running, let item else { return effects }
    if item.technique == .reps, let tempo = item.step.tempo, tempo > .zero {
      let paced = Int(clock.elapsed(at: now).nanoseconds / tempo.nanoseconds)
      if paced > repsDone {
        repsDone = paced
        effects.append(.cue(.rep(paced)))
      }
    }
    // Breath cues come before the others: of the cues one event brings, the last is the
    // one a shell keeps when it can only give one.
    if plan.breathCues, item.technique != .reps, let pattern = item.step.breath {
      let (count, phase) = pattern.phase(at: clock.elapsed(at: now))
      // The first in-breath begins with the item, whose own start is cued.
      if count != breathCued, count > 0 { effects.insert(.cue(.breath(phase)), at: 0) }
      breathCued = count
    }
    if !halfwayCued, let half = halfwayPoint, clock.elapsed(at: now) >= half {
      halfwayCued = true
      effects.append(.cue(.halfway))
    }
    if item.technique != .reps, let remaining = clock.remaining(at: now),
      let length = clock.length, length > stepGrace, remaining > .zero
    {
      let shown = Int(remaining.ceilingSeconds)
      if shown <= 3, shown < (countdownCued ?? 4) {
        countdownCued = shown
        effects.append(.cue(.countdown(shown)))
      }
    }
    return effects
  }

  /// Starts plan item `next` with a fresh clock, running unless the session is held.
  fileprivate mutating func enter(_ next: Int, at now: Instant) {
    index = next
    clock = ItemClock(length: length(of: plan.items[next]))
    if mode == .running { clock.run(from: now) }
    repsDone = 0
    countdownCued = nil
    halfwayCued = false
    breathCued = nil
  }

  /// Banks the visit to the current item into its record.
  fileprivate mutating func bank(outcome: StepOutcome?, at now: Instant) {
    guard let item else { return }
    let visit = clock.elapsed(at: now)
    let total = (records[index]?.elapsed ?? .zero) + visit
    let reps: Int? = item.technique == .reps ? repsDone : nil
    let decided: StepOutcome
    if let outcome {
      decided = outcome
    } else if let target = item.step.reps, item.technique == .reps {
      decided = repsDone >= target ? .done : repsDone > 0 ? .partial : .skipped
    } else {
      decided = total >= stepGrace ? .partial : .skipped
    }
    records[index] = ItemRecord(elapsed: total, outcome: decided, repsDone: reps)
  }

  /// Leaves the current item for the next one, or finishes after the last.
  fileprivate mutating func leave(outcome: StepOutcome?, at now: Instant) -> [Effect] {
    bank(outcome: outcome, at: now)
    // A rating is asked for during the one item after the right side, then let go.
    rating = nil
    if let item, item.kind == .step, item.side == .right, item.step.sides == .both,
      let left = plan.items[..<index].lastIndex(where: {
        $0.kind == .step && $0.side == .left && $0.sourceIndex == item.sourceIndex
      })
    {
      rating = RatingRequest(left: left, right: index, asking: .left)
    }
    let next = index + 1
    guard next < plan.items.count else { return finish(.completed, at: now) }
    enter(next, at: now)
    return [.cue(.itemStarted(index: next))]
  }

  fileprivate mutating func goBack(at now: Instant) -> [Effect] {
    let previous =
      clock.elapsed(at: now) < stepGrace
      ? plan.items[..<index].lastIndex(where: { $0.kind == .step }) : nil
    bank(outcome: nil, at: now)
    rating = nil
    enter(previous ?? index, at: now)
    return [.cue(.itemStarted(index: index))]
  }

  fileprivate mutating func extend(by change: Span, at now: Instant) -> Bool {
    guard let length = clock.length, let item, item.technique != .reps,
      let remaining = clock.remaining(at: now)
    else { return false }
    let floor = min(remaining, .seconds(1))
    let wanted = max(remaining + change, floor)
    guard wanted != remaining else { return false }
    clock.length = length + (wanted - remaining)
    if let cued = countdownCued, wanted.ceilingSeconds > Int64(cued) {
      countdownCued = wanted.ceilingSeconds > 3 ? nil : Int(wanted.ceilingSeconds)
    }
    return true
  }

  /// Flags a roll or hold as too much pressure: this hold's time left and every later hold
  /// for the same target shrink by a third (guarding, not release, follows heavy pressure).
  fileprivate mutating func flagPressure(at now: Instant) -> Bool {
    guard let item, item.kind == .step, item.technique == .roll || item.technique == .hold,
      !pressureFlagged.contains(index)
    else { return false }
    pressureFlagged.insert(index)
    easedTargets.insert(item.step.target.lowercased())
    if item.technique == .hold, let length = clock.length, let remaining = clock.remaining(at: now)
    {
      let cut = Span(nanoseconds: remaining.nanoseconds / 3)
      clock.length = length - cut
    }
    return true
  }

  fileprivate mutating func countRep(at now: Instant, effects: inout [Effect]) -> Bool {
    guard let item, item.isCountedReps, let target = item.step.reps else { return false }
    repsDone += 1
    effects.append(.cue(.rep(repsDone)))
    if repsDone >= target { effects += leave(outcome: .done, at: now) }
    return true
  }

  fileprivate mutating func hold(at now: Instant) {
    clock.stop(at: now)
    pausedSince = now
  }

  fileprivate mutating func resume(at now: Instant) {
    if let since = pausedSince { pausedTotal = pausedTotal + max(.zero, now - since) }
    pausedSince = nil
    mode = .running
    clock.run(from: now)
  }

  fileprivate mutating func finish(_ outcome: Summary.Outcome, at now: Instant) -> [Effect] {
    if outcome == .stopped, item != nil { bank(outcome: nil, at: now) }
    clock.stop(at: now)
    if let since = pausedSince { pausedTotal = pausedTotal + max(.zero, now - since) }
    pausedSince = nil
    overlay = nil
    rating = nil
    endedAt = now
    let summary = report(outcome, at: now, includeCurrent: false)
    mode = .finished(summary)
    var effects: [Effect] = []
    if outcome == .completed { effects.append(.cue(.sessionComplete)) }
    effects += [.appendLog(summary), .redraw]
    return effects
  }

  /// The session's record as of `now`. While running, the item in progress is counted
  /// as if it were left at `now`, so a journal holds every second worked.
  public func report(
    _ outcome: Summary.Outcome, at now: Instant, includeCurrent: Bool = true
  ) -> Summary {
    var records = self.records
    if includeCurrent, item != nil {
      var copy = self
      copy.bank(outcome: nil, at: now)
      records = copy.records
    }
    let steps = plan.items.enumerated().compactMap { offset, item -> Summary.StepResult? in
      guard item.kind == .step else { return nil }
      let record = records[offset]
      let isReps = item.technique == .reps
      return Summary.StepResult(
        number: item.number, technique: item.technique, target: item.step.target,
        side: item.side, movement: item.step.movement, planned: item.planned,
        elapsed: record?.elapsed ?? .zero, outcome: record?.outcome ?? .skipped,
        repsTarget: isReps ? item.step.reps : nil, repsDone: isReps ? (record?.repsDone ?? 0) : nil,
        pressureFlagged: pressureFlagged.contains(offset), freedom: ratings[offset],
        breathsTarget: item.step.breaths,
        breathsDone: item.step.breaths.flatMap { target in
          item.step.breath.map { pattern in
            min(target, Int((record?.elapsed.nanoseconds ?? 0) / max(1, pattern.cycle.nanoseconds)))
          }
        })
    }
    return Summary(
      routineID: plan.routineID, routineName: plan.routineName, outcome: outcome,
      planned: plan.total, active: active(at: now), paused: paused(at: now), steps: steps)
  }
}
