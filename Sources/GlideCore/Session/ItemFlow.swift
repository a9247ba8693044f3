/// Going from item to item: entering one with a fresh clock, banking a visit into its
/// record, leaving for the next, going back.
extension SessionState {
  /// Starts plan item `next` with a fresh clock, running unless the session is held.
  mutating func enter(_ next: Int, at now: Instant) -> [Effect] {
    index = next
    clock = ItemClock(length: length(of: next))
    if mode == .running { clock.run(from: now) }
    repsDone = 0
    beat = Beat()
    remindersCued = 0
    breathCued = 0
    repPartCued = 0
    note = nil
    countdownCued = nil
    halfwayCued = false
    let item = plan.items[next]
    let cueLine = item.kind == .step && item.step.cue != nil ? announce(.cueLine(index: next)) : []
    let held: [Effect] = mode == .paused ? [.stillPaused(index: next)] : []
    return [.stepStarted(index: next, remaining: clock.length)]
      + announce(.itemStarted(index: next)) + cueLine + held
  }

  /// Reps counted by enter, running once the input has ended, which no key can count:
  /// left as `n` would leave them (and the next such step too), so a session with nobody
  /// at the keys runs on to its end. `reduce` asks after every event.
  mutating func skipCountedRepsWithNoInput(at now: Instant) -> [Effect] {
    var effects: [Effect] = []
    while checkInState.inputEnded, mode == .running, !isFinished,
      plan.items.indices.contains(index), plan.items[index].isCountedReps
    {
      effects += [.countedRepsSkipped] + leave(outcome: nil, at: now)
    }
    return effects
  }

  /// `effects` without side questions no longer asked: a late wake that passed several
  /// items let go of one it asked on the way, and only the one asked now is said; none
  /// once the input has ended, as no key can answer it.
  func askingOnly(_ effects: [Effect]) -> [Effect] {
    // A wake asks nothing most of the time: no question is worded for it.
    guard effects.contains(where: { if case .sideAsked = $0 { true } else { false } }) else {
      return effects
    }
    let asked = checkInState.inputEnded ? nil : rating?.question(in: plan)
    return effects.filter {
      guard case .sideAsked(let question) = $0 else { return true }
      return question == asked
    }
  }

  /// Banks the visit to the current item into its record; the item's end, as an effect.
  /// With no `outcome`, the time and the reps decide it, as leaving decides.
  @discardableResult
  mutating func bank(outcome: StepOutcome?, at now: Instant) -> [Effect] {
    bank(at: now, as: outcome.map { .given($0) } ?? .left)
  }

  /// Banks the visit as `ending` ends it.
  @discardableResult
  mutating func bank(at now: Instant, as ending: StepOutcome.Ending) -> [Effect] {
    guard let item else { return [] }
    let left = clock.remaining(at: now)
    records[index].elapsed = records[index].elapsed + clock.elapsed(at: now)
    let reps: Int? = item.technique == .reps ? repsDone : nil
    records[index].repsDone = reps
    let decided = StepOutcome.decide(
      ending, elapsed: records[index].elapsed, reps: reps,
      repsTarget: item.technique == .reps ? item.step.reps : nil)
    records[index].outcome = decided
    return [.stepEnded(index: index, outcome: decided, remaining: left)]
  }

  /// Leaves the current item for the next one, or finishes after the last.
  mutating func leave(outcome: StepOutcome?, at now: Instant) -> [Effect] {
    let ended = bank(outcome: outcome, at: now)
    rating = ratingAfter(index)
    let next = index + 1
    guard next < plan.items.count else { return ended + workOver(at: now) }
    // After the next item's announcement, so the voice says the question after it.
    return ended + enter(next, at: now) + (rating.map { [.sideAsked($0.question(in: plan))] } ?? [])
  }

  /// The side rating asked for during the one item after the right side of a two-sided
  /// step, when either side was worked; nil otherwise (a rating is let go after its item).
  func ratingAfter(_ right: Int) -> RatingRequest? {
    let item = plan.items[right]
    guard item.kind == .step, item.side == .right, item.step.sides == .both,
      let left = plan.items[..<right].lastIndex(where: {
        $0.kind == .step && $0.side == .left && $0.sourceIndex == item.sourceIndex
      }),
      // Nothing to compare when neither side was worked.
      (records[left].outcome ?? .skipped) != .skipped || records[right].outcome != .skipped
    else { return nil }
    return RatingRequest(left: left, right: right, asking: .left)
  }

  /// `back`: restarts the step, or within its first seconds goes to the step before.
  mutating func goBack(at now: Instant) -> [Effect] {
    let previous =
      clock.elapsed(at: now) < stepGrace
      ? plan.items[..<index].lastIndex(where: { $0.kind == .step }) : nil
    let ended = bank(outcome: nil, at: now)
    rating = nil
    return ended + enter(previous ?? index, at: now)
  }
}
