/// Time passing: items ending at their deadlines, and the cues the time reaches.
extension SessionState {
  /// Ends every item whose deadline is at or before `now`, then cues what `now` reaches.
  mutating func advance(to now: Instant) -> [Effect] {
    var effects = countIn(to: now)
    guard mode == .running else { return effects }
    while mode == .running, let deadline = clock.deadline, deadline <= now {
      if let item, item.technique == .reps, let target = item.step.reps, repsDone < target {
        repsDone = target
        effects += announce(.rep(target))
      }
      effects += leave(outcome: .done, at: deadline)
    }
    guard mode == .running, let item else { return effects }
    let elapsed = clock.elapsed(at: now)
    effects += cueReps(of: item, at: elapsed)
    if let phase = cueBreath(of: item, at: elapsed) {
      effects += announce(.breath(phase))
      // For breath sounds, first: of the cues one event brings, the last is the one a
      // shell keeps when it can give only one.
      if plan.breathCues { effects.insert(.ring(.breath(phase)), at: 0) }
    }
    if !halfwayCued, let half = halfwayPoint, elapsed >= half {
      halfwayCued = true
      effects += announce(.halfway)
    }
    if item.technique != .reps, let remaining = clock.remaining(at: now),
      let length = clock.length, length > stepGrace, remaining > .zero
    {
      let shown = Int(remaining.ceilingSeconds)
      if shown <= 3, shown < (countdownCued ?? 4) {
        countdownCued = shown
        effects += announce(.countdown(shown))
      }
    }
    return effects
  }

  /// The reps a paced item has reached, and the reminders of reps counted by key.
  mutating func cueReps(of item: PlanItem, at elapsed: TimeSpan) -> [Effect] {
    var effects: [Effect] = []
    if item.technique == .reps, let tempo = item.step.tempo, let target = item.step.reps {
      let paced = pacedReps(at: elapsed, tempo: tempo, target: target)
      if paced > repsDone {
        repsDone = paced
        effects += announce(.rep(paced))
      }
    }
    effects += cuePart(of: item, at: elapsed)
    if item.isCountedReps {
      let idle = max(.zero, elapsed - beat.from)
      let due = Int(idle.nanoseconds / Self.reminderInterval.nanoseconds)
      if due > remindersCued {
        remindersCued = due
        effects += announce(.countReminder)
      }
    }
    return effects
  }

  /// The part of a paced rep `elapsed` reaches, when it is one not cued yet.
  mutating func cuePart(of item: PlanItem, at elapsed: TimeSpan) -> [Effect] {
    guard let part = repPart(of: item, at: elapsed), part.position > repPartCued else {
      return []
    }
    repPartCued = part.position
    return announce(.repPart(part.part, of: part.of))
  }

  /// The part of a paced rep `elapsed` reaches, while reps are left, with its place counted
  /// over the beat (rep × parts + part + 1) so each part is cued once, and a rep counted
  /// early by enter starts at its first part again.
  func repPart(of item: PlanItem, at elapsed: TimeSpan) -> (position: Int, part: Int, of: Int)? {
    guard item.technique == .reps, let tempo = item.step.tempo, tempo > .zero,
      let target = item.step.reps, let phases = item.step.tempoPhases,
      pacedReps(at: elapsed, tempo: tempo, target: target) < target
    else { return nil }
    let since = max(.zero, elapsed - beat.from)
    let rep = Int(since.nanoseconds / tempo.nanoseconds)
    let into = TimeSpan(nanoseconds: since.nanoseconds % tempo.nanoseconds)
    guard let part = RepPart.at(into, of: phases) else { return nil }
    return ((beat.reps + rep) * phases.count + part.part + 1, part.part, phases.count)
  }

  /// The breath phase a paced item has reached, when it is one not cued yet.
  mutating func cueBreath(of item: PlanItem, at elapsed: TimeSpan) -> BreathPattern.Phase? {
    guard item.technique != .reps, let pattern = item.step.breath, pattern.cycle > .zero
    else { return nil }
    let (position, phase) = pattern.position(at: elapsed)
    guard position > breathCued else { return nil }
    breathCued = position
    return phase
  }

  /// Says the 3-2-1 of a count-in as `now` reaches each number, and resumes at its end
  /// (the clock runs from the end exactly, however late `now` is). The resume is
  /// journaled once the event that ended the count-in has acted (see `journalStart`).
  mutating func countIn(to now: Instant) -> [Effect] {
    guard case .countingIn(let until, let cued) = mode else { return [] }
    guard now < until else {
      resume(at: until)
      return [.resumed(index: index, remaining: clock.remaining(at: until))]
    }
    let shown = Int((until - now).ceilingSeconds)
    guard shown < cued else { return [] }
    mode = .countingIn(until: until, cued: shown)
    return announce(.countdown(shown))
  }
}
