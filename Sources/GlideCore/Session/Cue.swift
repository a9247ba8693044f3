/// A moment the person should hear about without looking at the screen.
public enum Cue: Hashable, Sendable {
  /// Plan item `index` began.
  case itemStarted(index: Int)
  /// This many whole seconds remain of a timed item (3, 2, 1).
  case countdown(Int)
  /// Half of a step of two minutes or more has passed.
  case halfway
  /// A rep was counted; the number is the reps done so far.
  case rep(Int)
  /// Reps counted by key have had no key for a while: count them with enter.
  case countReminder
  /// The last step ended.
  case sessionComplete
  /// A breath phase began, in a step that paces the breath: spoken at the full voice
  /// level, and a tone with `Plan.Settings.breathCues`.
  case breath(BreathPattern.Phase)
  /// Part `part` (from 0) of a paced rep of `of` parts began (`tempo = "2-1-2"`: out,
  /// hold, back): spoken at the full voice level, as a breath phase is.
  case repPart(Int, of: Int)
  /// The cue line of plan item `index` (how to do the step), after its announcement.
  case cueLine(index: Int)
  /// A check-in question is asked; the first of each check-in rings, to call the person
  /// back to the keys.
  case checkIn(CheckInQuestion)

  /// Whether the terminal bell marks this cue.
  public var rings: Bool {
    switch self {
    case .itemStarted, .countdown, .sessionComplete, .halfway, .countReminder: true
    case .rep, .breath, .repPart, .cueLine: false
    case .checkIn(let question): question.number == 0
    }
  }

  /// How much the cue's phrase matters against others.
  public var priority: SpeechPriority {
    switch self {
    case .itemStarted, .sessionComplete, .checkIn: .announcement
    case .countdown, .halfway, .countReminder, .cueLine: .timing
    case .rep, .breath, .repPart: .count
    }
  }

  /// The cue as speech: its phrase, what it may cut off, what it does while the voice is
  /// busy, and the voice level that says it. `length` is how long a started item runs,
  /// when the session changed it from the plan (`!`).
  public func speech(in plan: Plan, length: TimeSpan? = nil) -> Speech {
    let phrase = phrase(in: plan, length: length)
    switch self {
    case .itemStarted, .sessionComplete, .halfway, .countReminder, .checkIn:
      return Speech(phrase, priority: priority, whenBusy: .waits)
    case .countdown, .rep:
      return Speech(phrase, priority: priority, whenBusy: .drops)
    case .breath, .repPart:
      return Speech(phrase, priority: priority, whenBusy: .drops, level: .full)
    case .cueLine:
      return Speech(phrase, priority: priority, whenBusy: .waits, level: .full)
    }
  }

  /// Words a voice can speak for this cue; `length` as for `speech(in:length:)`.
  public func phrase(in plan: Plan, length: TimeSpan? = nil) -> String {
    switch self {
    case .itemStarted(let index):
      guard plan.items.indices.contains(index) else { return "" }
      return plan.items[index].announcement(in: plan, at: index, length: length)
    case .countdown(let n):
      return ["", "one", "two", "three"][max(0, min(3, n))]
    case .halfway:
      return "Halfway"
    case .rep(let n):
      return "\(n)"
    case .countReminder:
      return "Press enter after each rep"
    case .sessionComplete:
      return "Session complete"
    case .breath(let phase):
      return phase.label.lowercased()
    case .repPart(let part, let count):
      return "\(RepPart.name(part, of: count))"
    case .cueLine(let index):
      return plan.items.indices.contains(index) ? plan.items[index].step.cue ?? "" : ""
    case .checkIn(let question):
      return plan.checkIn.map { question.spoken(in: $0) } ?? ""
    }
  }
}

extension PlanItem {
  /// What a voice says as this item (plan item `index`) starts: what to do, on which side,
  /// for how long (`length` when it runs other than planned); for a switch, what follows.
  func announcement(in plan: Plan, at index: Int, length: TimeSpan? = nil) -> String {
    switch kind {
    case .leadIn:
      guard let first = plan.items.first(where: { $0.kind == .step }) else { return "Get ready" }
      return "Get ready. First: \(first.shortName)"
    case .switchSides:
      guard let next = plan.items[(index + 1)...].first(where: { $0.kind == .step }) else {
        return "Switch sides"
      }
      return "Switch sides. Next: \(next.shortName)"
    case .transition:
      guard let next = plan.items[(index + 1)...].first(where: { $0.kind == .step }) else {
        return "Get into position"
      }
      return "Get into position for \(next.shortName)"
    case .step:
      let manual = isCountedReps ? ", press enter after each" : ""
      return "\(shortName.capitalizedFirst), \(spokenAmount(length: length))\(manual)"
    }
  }
}

extension String {
  /// The string with its first letter in upper case.
  var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
