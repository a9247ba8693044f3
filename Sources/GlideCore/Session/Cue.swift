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

  /// Whether the terminal bell marks this cue.
  public var rings: Bool {
    switch self {
    case .itemStarted, .countdown, .sessionComplete, .halfway, .countReminder: true
    case .rep: false
    }
  }

  /// How much the cue's phrase matters against others.
  public var priority: SpeechPriority {
    switch self {
    case .itemStarted, .sessionComplete: .announcement
    case .countdown, .halfway, .countReminder: .timing
    case .rep: .count
    }
  }

  /// Words a voice can speak for this cue.
  public func phrase(in plan: Plan) -> String {
    switch self {
    case .itemStarted(let index):
      guard plan.items.indices.contains(index) else { return "" }
      let item = plan.items[index]
      switch item.kind {
      case .leadIn:
        guard let first = plan.items.first(where: { $0.kind == .step }) else { return "Get ready" }
        return "Get ready. First, \(first.targetWithSide), \(first.technique.label.lowercased())"
      case .switchSides:
        return "Switch sides"
      case .step:
        if item.technique == .reps {
          let count = item.step.reps ?? 0
          return "\(count) \(item.step.movement ?? "reps")"
        }
        return "\(item.targetWithSide), \(item.technique.label.lowercased()), "
          + "\(item.planned.spokenLength)"
      }
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
    }
  }
}

extension Span {
  /// The length as a voice says it: "90 seconds", "3 minutes", "2 minutes 30 seconds".
  var spokenLength: String {
    let total = ceilingSeconds
    if total <= 120 && total % 60 != 0 { return "\(total) seconds" }
    let minutes = total / 60
    let seconds = total % 60
    let m = minutes == 1 ? "1 minute" : "\(minutes) minutes"
    return seconds == 0 ? m : "\(m) \(seconds) seconds"
  }
}
