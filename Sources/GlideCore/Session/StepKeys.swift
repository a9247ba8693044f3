/// The keys that change the step in progress: `+`/`-`, enter, `!`.
extension SessionState {
  /// Adds time to (or takes it from) the timed item in progress; a breath-counted step
  /// gains or loses whole breaths, never the one under way. The new length is the one
  /// the person chose: the item is planned, summed up and logged at it. Says what changed
  /// when anything did.
  mutating func extend(by change: TimeSpan, at now: Instant) -> [Effect] {
    // Said rather than ignored: with the eyes closed, silence reads as a key not taken.
    if let item, item.kind == .step, item.technique == .reps {
      note = .lengthIsForTimedSteps
      return [.noted(.lengthIsForTimedSteps)]
    }
    guard let length = clock.length, let item, item.technique != .reps,
      let remaining = clock.remaining(at: now)
    else { return [] }
    if let breaths = breathTarget(of: index), let pattern = item.step.breath, change != .zero {
      let under = Int(clock.elapsed(at: now).nanoseconds / max(1, pattern.cycle.nanoseconds)) + 1
      let wanted = max(under, breaths + (change > .zero ? 1 : -1))
      guard wanted != breaths else { return [] }
      records[index].breaths = wanted
      clock.length = pattern.cycle * wanted
      records[index].chosen = clock.length
      let left = clock.remaining(at: now)
      if let left { recount(left) }
      return [.lengthChanged(index: index, by: pattern.cycle * (wanted - breaths), remaining: left)]
    }
    let floor = min(remaining, .seconds(1))
    let wanted = max(remaining + change, floor)
    guard wanted != remaining else { return [] }
    clock.length = length + (wanted - remaining)
    records[index].chosen = clock.length
    recount(wanted)
    return [.lengthChanged(index: index, by: wanted - remaining, remaining: wanted)]
  }

  /// After the time left grew to `left`, lets the 3-2-1 be said again from where it is.
  private mutating func recount(_ left: TimeSpan) {
    guard let cued = countdownCued, left.ceilingSeconds > Int64(cued) else { return }
    countdownCued = left.ceilingSeconds > 3 ? nil : Int(left.ceilingSeconds)
  }

  /// `!`: flags the step in progress as too much pressure, where `Pressure` says it
  /// applies, and eases the plan as it says; anywhere else it says what it is for.
  mutating func flagPressure(at now: Instant) -> [Effect] {
    guard let item, Pressure.applies(to: item) else {
      note = .pressureIsForPassiveSteps
      return [.noted(.pressureIsForPassiveSteps)]
    }
    guard !records[index].pressureFlagged else {
      note = .alreadyEased
      return [.noted(.alreadyEased)]
    }
    records[index].pressureFlagged = true
    var shortenedTo: TimeSpan?
    if Pressure.shortens(item), let length = clock.length,
      let remaining = clock.remaining(at: now)
    {
      let cut = Pressure.cut(from: remaining)
      clock.length = length - cut
      // Eased from the length it ran at, chosen or not: the easing is the latest choice.
      records[index].eased = planned(index) - cut
      records[index].chosen = nil
      shortenedTo = remaining - cut
    }
    for later in plan.items.indices.dropFirst(index + 1)
    where records[later].eased == nil && Pressure.eases(plan.items[later], after: item) {
      records[later].eased = Pressure.eased(plan.items[later].planned)
    }
    return [.easedOff(index: index, shortenedTo: shortenedTo)]
  }

  /// Counts a rep by key: on reps counted by key, the next; on paced reps, the one under
  /// way, early, with the pace starting again from now.
  mutating func countRep(at now: Instant) -> [Effect] {
    guard let item, item.technique == .reps, let target = item.step.reps, repsDone < target
    else { return [] }
    repsDone += 1
    let elapsed = clock.elapsed(at: now)
    beat = Beat(from: elapsed, reps: repsDone)
    remindersCued = 0
    if let tempo = item.step.tempo {
      clock.length = elapsed + tempo * (target - repsDone)
    }
    var effects = announce(.rep(repsDone))
    guard repsDone < target else { return effects + leave(outcome: .done, at: now) }
    // The next rep's first part starts now, not at the next wake: a short one would pass
    // unsaid where no beat bar wakes the screen within it.
    effects += cuePart(of: item, at: elapsed)
    return effects
  }
}
