/// The grace period of a step: `back` within it goes to the previous step, and leaving a
/// step within it counts as skipping.
public let stepGrace = TimeSpan.seconds(3)

/// How often, at most, progress is written to the journal between item changes.
public let journalInterval = TimeSpan.seconds(10)

/// Applies one event to the session and returns the work the shell must do.
///
/// Every event first brings the session up to its instant (ending items whose deadlines
/// passed, each next item starting exactly at the previous deadline so nothing drifts),
/// then acts. Events the current mode has no use for change nothing and return no effects.
public func reduce(_ state: inout SessionState, _ event: Event) -> [Effect] {
  let now = max(event.instant, state.now)
  state.now = now
  var effects: [Effect]
  if case .start = event {
    effects = state.begin(at: now)
  } else if state.isFinished {
    return state.afterTheEnd(event)
  } else {
    effects = state.advance(to: now)
    if !state.isFinished { state.act(on: event, at: now, effects: &effects) }
  }
  // Every item change and resume is journaled, whatever caused it, so a killed session
  // loses at most the item in progress. The journal is taken once the event has acted: a
  // count-in ends on whatever event comes next, and a key that then changes the item or
  // stops the clock must not leave the journal naming the clock the count-in ran.
  let started = effects.contains {
    switch $0 {
    case .stepStarted, .resumed: true
    default: false
    }
  }
  let journaled = effects.contains { if case .journal = $0 { true } else { false } }
  if started, !journaled, !state.isFinished {
    state.journaledAt = now
    effects.removeAll { if case .refreshJournal = $0 { true } else { false } }
    effects.append(.journal(state.report(.interrupted, at: now)))
  }
  // Leaving is decided here, after the session's end has been logged.
  switch event {
  case .interrupt, .stop: if state.isFinished { effects.append(.quit) }
  default: break
  }
  return effects
}

extension SessionState {
  fileprivate mutating func begin(at now: Instant) -> [Effect] {
    guard mode == .ready else { return [] }
    // The check-in comes first; the session's clock starts when it is over.
    if let effects = askFirst(.before, at: now) { return effects }
    return beginWork(at: now)
  }

  /// Starts the clock and the first item.
  fileprivate mutating func beginWork(at now: Instant) -> [Effect] {
    startedAt = now
    guard !plan.items.isEmpty else { return finish(.completed, at: now) }
    mode = .running
    return enter(0, at: now)
  }

  /// What the keys and signals still do once the summary shows: scroll it, or leave.
  fileprivate mutating func afterTheEnd(_ event: Event) -> [Effect] {
    switch event {
    case .dismiss, .interrupt, .stop: return [.quit]
    case .suspend: return [.suspend]
    case .scroll(let lines, let view, _):
      scroll = view.moved(from: scroll, by: lines)
      return []
    default: return []
    }
  }

  /// The ring (for cues that ring) and the speech of a cue.
  fileprivate func announce(_ cue: Cue) -> [Effect] {
    let speech = Effect.speak(cue.speech(in: plan))
    return cue.rings ? [.ring(cue), speech] : [speech]
  }

  /// Acts on one event after time has been brought up to `now`.
  fileprivate mutating func act(on event: Event, at now: Instant, effects: inout [Effect]) {
    switch (event, mode) {
    case (.start, _), (.dismiss, _), (_, .ready), (_, .finished):
      return
    case (.tick, _):
      guard mode == .running else { return }
      if let last = journaledAt, now - last >= journalInterval {
        journaledAt = now
        effects.append(.refreshJournal(report(.interrupted, at: now)))
      }
      return
    case (.stop, _), (.interrupt, _), (.confirmQuit, .confirmingQuit):
      // After the last step the work is complete: ending the check-in early keeps it so.
      effects +=
        question?.when == .after ? finishAfterCheckIn(at: now) : finish(.stopped, at: now)
      return
    case (.cancelQuit, .confirmingQuit) where question != nil:
      mode = .checkingIn
      return
    case (.cancelQuit, .confirmingQuit(let wasPaused)):
      mode = .paused
      guard !wasPaused else { return }
      resume(at: now)
      // The journal's clock runs again from here, so a crash after "no" is credited the
      // time since, not the question's.
      journalClock(at: now, effects: &effects)
      return
    case (.suspend, .confirmingQuit(let wasPaused)):
      // Coming back from the suspension, "no" leaves the session paused.
      mode = .confirmingQuit(wasPaused: true)
      if !wasPaused { effects.append(.paused(index: index, remaining: clock.remaining(at: now))) }
      effects.append(.suspend)
      return
    case (_, .confirmingQuit):
      return
    case (.togglePause, .running), (.suspend, .running):
      hold(at: now)
      mode = .paused
      effects.append(.paused(index: index, remaining: clock.remaining(at: now)))
      effects.append(.journal(report(.interrupted, at: now)))
      journaledAt = now
      if case .suspend = event { effects.append(.suspend) }
      return
    case (.togglePause, .paused):
      guard plan.countIn > .zero else {
        resume(at: now)
        effects.append(.resumed(index: index, remaining: clock.remaining(at: now)))
        effects.append(.journal(report(.interrupted, at: now)))
        journaledAt = now
        return
      }
      let count = Int(plan.countIn.ceilingSeconds)
      mode = .countingIn(until: now + plan.countIn, cued: count)
      effects += announce(.countdown(count))
      return
    case (.togglePause, .countingIn), (.suspend, .countingIn):
      // Pausing again while counting in: the clock never ran, so nothing resumed.
      mode = .paused
      if case .suspend = event { effects.append(.suspend) }
      return
    case (.suspend, .paused):
      effects.append(.suspend)
      return
    case (.requestQuit, _):
      let wasPaused = mode != .running
      if !wasPaused { hold(at: now) }
      mode = .confirmingQuit(wasPaused: wasPaused)
      overlay = nil
      scroll = 0
      // The clock stops for the question: the journal must say so, or a crash while it is
      // asked credits the question's time as worked.
      if !wasPaused { journalClock(at: now, effects: &effects) }
      return
    case (.suspend, .checkingIn):
      effects.append(.suspend)
      return
    case (.checkInRate(let score, _), .checkingIn):
      effects += answer(rating: score, at: now)
      return
    case (.checkInSkip, .checkingIn):
      effects += nextQuestion(at: now)
      return
    case (.checkInType(let character, _), .checkingIn):
      type(character)
      return
    case (.checkInErase, .checkingIn):
      if question?.typed.isEmpty == false { question?.typed.removeLast() }
      return
    case (.checkInEnter, .checkingIn):
      effects += enterRange(at: now)
      return
    case (.toggleHelp, .checkingIn):
      overlay = overlay == nil ? .help : nil
      scroll = 0
      return
    case (.closeOverlay, .checkingIn):
      overlay = nil
      scroll = 0
      return
    case (.scroll(let lines, let view, _), .checkingIn):
      // The check-in's keys scroll in their help as the session's do.
      guard overlay == .help else { return }
      scroll = view.moved(from: scroll, by: lines)
      return
    case (_, .checkingIn), (.checkInRate, _), (.checkInSkip, _), (.checkInType, _),
      (.checkInErase, _), (.checkInEnter, _):
      return
    case (.skip, _):
      effects += leave(outcome: nil, at: now)
      return
    case (.back, _):
      effects += goBack(at: now)
      return
    case (.extend(let by, _), _):
      extend(by: by, at: now)
    case (.countRep, _):
      countRep(at: now, effects: &effects)
    case (.flagPressure, _):
      flagPressure(at: now)
    case (.rate(let score, _), _):
      guard var request = rating, (1...5).contains(score) else { return }
      if request.asking == .left {
        ratings[request.left] = score
        request.asking = .right
        rating = request
      } else {
        ratings[request.right] = score
        rating = nil
      }
      return
    case (.skipRating, _):
      guard rating != nil else { return }
      rating = nil
      return
    case (.toggleHelp, _):
      overlay = overlay == nil ? .help : nil
      scroll = 0
      return
    case (.closeOverlay, _):
      guard overlay != nil else { return }
      overlay = nil
      scroll = 0
      return
    case (.scroll(let lines, let view, _), _):
      // Only the help scrolls during a session; the summary's scrolling is after the end.
      guard overlay == .help else { return }
      scroll = view.moved(from: scroll, by: lines)
      return
    case (.cancelQuit, _), (.confirmQuit, _):
      return
    }
  }

  /// Ends every item whose deadline is at or before `now`, then cues what `now` reaches.
  fileprivate mutating func advance(to now: Instant) -> [Effect] {
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
    if item.technique == .reps, let tempo = item.step.tempo, let target = item.step.reps {
      let paced = pacedReps(at: clock.elapsed(at: now), tempo: tempo, target: target)
      if paced > repsDone {
        repsDone = paced
        effects += announce(.rep(paced))
      }
    }
    if item.isCountedReps {
      let idle = max(.zero, clock.elapsed(at: now) - beat.from)
      let due = Int(idle.nanoseconds / Self.reminderInterval.nanoseconds)
      if due > remindersCued {
        remindersCued = due
        effects += announce(.countReminder)
      }
    }
    if item.technique != .reps, let pattern = item.step.breath, pattern.cycle > .zero {
      let (position, phase) = pattern.position(at: clock.elapsed(at: now))
      if position > breathCued {
        breathCued = position
        effects += announce(.breath(phase))
        // For breath sounds, first: of the cues one event brings, the last is the one a
        // shell keeps when it can give only one.
        if plan.breathCues { effects.insert(.ring(.breath(phase)), at: 0) }
      }
    }
    if !halfwayCued, let half = halfwayPoint, clock.elapsed(at: now) >= half {
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

  /// Says the 3-2-1 of a count-in as `now` reaches each number, and resumes at its end
  /// (the clock runs from the end exactly, however late `now` is). The resume is
  /// journaled once the event that ended the count-in has acted (see `reduce`).
  fileprivate mutating func countIn(to now: Instant) -> [Effect] {
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

  /// Starts plan item `next` with a fresh clock, running unless the session is held.
  fileprivate mutating func enter(_ next: Int, at now: Instant) -> [Effect] {
    index = next
    clock = ItemClock(length: length(of: plan.items[next]))
    if mode == .running { clock.run(from: now) }
    repsDone = 0
    beat = Beat()
    remindersCued = 0
    breathCued = 0
    note = nil
    countdownCued = nil
    halfwayCued = false
    let item = plan.items[next]
    let cueLine = item.kind == .step && item.step.cue != nil ? announce(.cueLine(index: next)) : []
    return [.stepStarted(index: next, remaining: clock.length)]
      + announce(.itemStarted(index: next)) + cueLine
  }

  /// Banks the visit to the current item into its record; the item's end, as an effect.
  @discardableResult
  fileprivate mutating func bank(outcome: StepOutcome?, at now: Instant) -> [Effect] {
    guard let item else { return [] }
    let left = clock.remaining(at: now)
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
    return [.stepEnded(index: index, outcome: decided, remaining: left)]
  }

  /// Leaves the current item for the next one, or finishes after the last.
  fileprivate mutating func leave(outcome: StepOutcome?, at now: Instant) -> [Effect] {
    let ended = bank(outcome: outcome, at: now)
    // A rating is asked for during the one item after the right side, then let go.
    rating = nil
    if let item, item.kind == .step, item.side == .right, item.step.sides == .both,
      let left = plan.items[..<index].lastIndex(where: {
        $0.kind == .step && $0.side == .left && $0.sourceIndex == item.sourceIndex
      }),
      // Nothing to compare when neither side was worked.
      records[left]?.outcome ?? .skipped != .skipped || records[index]?.outcome != .skipped
    {
      rating = RatingRequest(left: left, right: index, asking: .left)
    }
    let next = index + 1
    guard next < plan.items.count else {
      // The after check-in is asked with the work over: its time is not the session's.
      guard plan.checkIn != nil else { return ended + finish(.completed, at: now) }
      clock.stop(at: now)
      // Skipped to the end while paused: the pause ends with the work.
      if let since = pausedSince { pausedTotal = pausedTotal + max(.zero, now - since) }
      pausedSince = nil
      endedAt = now
      journaledAt = now
      return ended + [.journal(report(.interrupted, at: now, includeCurrent: false))]
        + (askFirst(.after, at: now) ?? finishAfterCheckIn(at: now))
    }
    return ended + enter(next, at: now)
  }

  fileprivate mutating func goBack(at now: Instant) -> [Effect] {
    let previous =
      clock.elapsed(at: now) < stepGrace
      ? plan.items[..<index].lastIndex(where: { $0.kind == .step }) : nil
    let ended = bank(outcome: nil, at: now)
    rating = nil
    return ended + enter(previous ?? index, at: now)
  }

  fileprivate mutating func extend(by change: TimeSpan, at now: Instant) {
    guard let length = clock.length, let item, item.technique != .reps,
      let remaining = clock.remaining(at: now)
    else { return }
    if let breaths = breathTarget(of: index), let pattern = item.step.breath, change != .zero {
      // A breath-counted step gains or loses whole breaths, never the one under way.
      let under = Int(clock.elapsed(at: now).nanoseconds / max(1, pattern.cycle.nanoseconds)) + 1
      let wanted = max(under, breaths + (change > .zero ? 1 : -1))
      guard wanted != breaths else { return }
      breathTargets[index] = wanted
      clock.length = pattern.cycle * wanted
      if let cued = countdownCued, let left = clock.remaining(at: now),
        left.ceilingSeconds > Int64(cued)
      {
        countdownCued = left.ceilingSeconds > 3 ? nil : Int(left.ceilingSeconds)
      }
      return
    }
    let floor = min(remaining, .seconds(1))
    let wanted = max(remaining + change, floor)
    guard wanted != remaining else { return }
    clock.length = length + (wanted - remaining)
    if let cued = countdownCued, wanted.ceilingSeconds > Int64(cued) {
      countdownCued = wanted.ceilingSeconds > 3 ? nil : Int(wanted.ceilingSeconds)
    }
  }

  /// Flags a passive step (roll, hold, stretch, floss, percussion) as too much pressure or
  /// intensity: the screen says to ease off, and a hold's time left and every later hold
  /// for the same target shrink by a third (guarding, not release, follows heavy
  /// pressure). Anywhere else it says what it is for.
  fileprivate mutating func flagPressure(at now: Instant) {
    guard let item, item.kind == .step, item.technique.isPassive else {
      note = .pressureIsForPassiveSteps
      return
    }
    guard !pressureFlagged.contains(index) else { return }
    pressureFlagged.insert(index)
    easedTargets.insert(item.step.target.lowercased())
    if item.technique == .hold, let length = clock.length, let remaining = clock.remaining(at: now)
    {
      let cut = TimeSpan(nanoseconds: remaining.nanoseconds / 3)
      clock.length = length - cut
    }
  }

  /// Counts a rep by key: on reps counted by key, the next; on paced reps, the one under
  /// way, early, with the pace starting again from now.
  fileprivate mutating func countRep(at now: Instant, effects: inout [Effect]) {
    guard let item, item.technique == .reps, let target = item.step.reps, repsDone < target
    else { return }
    repsDone += 1
    let elapsed = clock.elapsed(at: now)
    beat = Beat(from: elapsed, reps: repsDone)
    remindersCued = 0
    if let tempo = item.step.tempo {
      clock.length = elapsed + tempo * (target - repsDone)
    }
    effects += announce(.rep(repsDone))
    if repsDone >= target { effects += leave(outcome: .done, at: now) }
  }

  /// Journals that the clock stopped or ran again with no item change, pause or resume to
  /// journal it: a refresh, which costs no sync, since only a crash (which keeps what was
  /// written) credits the journal's running clock. When the event also ended a count-in,
  /// `reduce` journals it synced instead, as of the same state.
  fileprivate mutating func journalClock(at now: Instant, effects: inout [Effect]) {
    journaledAt = now
    effects.append(.refreshJournal(report(.interrupted, at: now)))
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

  /// Asks the first question of the check-in at `when`, when the plan has one to ask.
  fileprivate mutating func askFirst(_ when: CheckIn.When, at now: Instant) -> [Effect]? {
    guard let checkIn = plan.checkIn, checkIn.questionCount > 0 else { return nil }
    let first = CheckInQuestion(when: when)
    question = first
    mode = .checkingIn
    // The question shows on its own: the session's help, if open, had other keys.
    overlay = nil
    scroll = 0
    return announce(.checkIn(first))
  }

  /// Takes a rating for the area asked about, and asks the next question.
  fileprivate mutating func answer(rating: Int, at now: Instant) -> [Effect] {
    guard let question, let checkPlan = plan.checkIn, let area = question.area(in: checkPlan),
      CheckIn.scale.contains(rating)
    else { return [] }
    if question.when == .before {
      checkIn?.before[area] = rating
    } else {
      checkIn?.after[area] = rating
    }
    return nextQuestion(at: now)
  }

  /// Types one character into the range test's number: digits, and one decimal point
  /// with one digit after it, up to `RangeTest.maxTyped` characters.
  fileprivate mutating func type(_ character: Character) {
    guard var asked = question, let checkPlan = plan.checkIn, asked.isRangeTest(in: checkPlan),
      character.isASCII, character.isNumber || character == ".",
      asked.typed.count < RangeTest.maxTyped
    else { return }
    if let point = asked.typed.firstIndex(of: ".") {
      guard character != ".", asked.typed[point...].count < 2 else { return }
    }
    asked.typed.append(character)
    guard asked.typed.contains(".") || Double(asked.typed).map({ $0 <= RangeTest.maxValue }) == true
    else { return }
    question = asked
  }

  /// Takes the range test's number as typed; with nothing typed, enter changes nothing.
  fileprivate mutating func enterRange(at now: Instant) -> [Effect] {
    guard let question, let checkPlan = plan.checkIn, question.isRangeTest(in: checkPlan),
      let value = question.typedValue
    else { return [] }
    if question.when == .before {
      checkIn?.rangeBefore = value
    } else {
      checkIn?.rangeAfter = value
    }
    return nextQuestion(at: now)
  }

  /// Asks the next question of the check-in; after its last, the session starts (before)
  /// or ends (after).
  fileprivate mutating func nextQuestion(at now: Instant) -> [Effect] {
    guard var asked = question, let checkPlan = plan.checkIn else { return [] }
    asked.number += 1
    asked.typed = ""
    if asked.number < checkPlan.questionCount {
      question = asked
      guard asked.when == .after else { return announce(.checkIn(asked)) }
      // The work is done and logged only at the end: the journal keeps each answer after
      // it meanwhile, so a session killed now keeps them too.
      journaledAt = now
      let journal = Effect.journal(report(.interrupted, at: endedAt ?? now, includeCurrent: false))
      return [journal] + announce(.checkIn(asked))
    }
    question = nil
    overlay = nil
    switch asked.when {
    case .before:
      mode = .running
      return beginWork(at: now)
    case .after:
      return finishAfterCheckIn(at: now)
    }
  }

  /// Ends a session whose last step is over, once the after check-in is answered (or cut
  /// short): completed, its times as of the last step's end.
  fileprivate mutating func finishAfterCheckIn(at now: Instant) -> [Effect] {
    let workEnd = endedAt ?? now
    question = nil
    overlay = nil
    scroll = 0
    rating = nil
    let summary = report(.completed, at: workEnd, includeCurrent: false)
    mode = .finished(summary)
    return announce(.sessionComplete) + [
      .sessionEnded(.completed, index: index, remaining: clock.remaining(at: workEnd)),
      .appendLog(summary),
    ]
  }

  /// Ends the session. A completed session's last item was left already; a stopped one
  /// ends in the item in progress.
  fileprivate mutating func finish(_ outcome: Summary.Outcome, at now: Instant) -> [Effect] {
    let left = clock.remaining(at: now)
    var effects: [Effect] = []
    if outcome == .stopped { effects += bank(outcome: nil, at: now) }
    clock.stop(at: now)
    if let since = pausedSince { pausedTotal = pausedTotal + max(.zero, now - since) }
    pausedSince = nil
    overlay = nil
    scroll = 0
    rating = nil
    question = nil
    endedAt = now
    let summary = report(outcome, at: now, includeCurrent: false)
    mode = .finished(summary)
    if outcome == .completed { effects += announce(.sessionComplete) }
    effects += [
      .sessionEnded(outcome, index: index, remaining: left),
      .appendLog(summary),
    ]
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
        breathsTarget: breathTarget(of: offset),
        breathsDone: breathTarget(of: offset).flatMap { target in
          item.step.breath.map { pattern in
            min(target, Int((record?.elapsed.nanoseconds ?? 0) / max(1, pattern.cycle.nanoseconds)))
          }
        }, repsPaced: isReps ? !item.isCountedReps : nil)
    }
    var running: Summary.RunningClock?
    if includeCurrent, mode == .running, clock.runningSince != nil, let item {
      // A step's number counts the steps before it and itself: its place in `steps`.
      let step = item.kind == .step ? item.number - 1 : nil
      running = Summary.RunningClock(step: step, left: clock.remaining(at: now))
    }
    return Summary(
      routineID: plan.routineID, routineName: plan.routineName, outcome: outcome,
      planned: plan.total, active: active(at: now), paused: paused(at: now), steps: steps,
      checkIn: checkIn.flatMap { $0.isEmpty ? nil : $0 }, running: running)
  }
}
