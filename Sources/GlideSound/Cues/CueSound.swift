import GlideCore

extension Sound {
  /// The sound for a cue of a session running `plan`; nil for a cue that makes none (a
  /// rep). A step that begins straight after a get-ready or a switch hears "go", the end
  /// of that count; any other step, and the get-ready itself, hears "step start".
  public init?(cue: Cue, in plan: Plan) {
    switch cue {
    case .itemStarted(let index):
      guard plan.items.indices.contains(index) else { return nil }
      switch plan.items[index].kind {
      case .leadIn, .transition: self = .stepStart
      case .switchSides: self = .switchSides
      case .step:
        let previous = index > 0 ? plan.items[index - 1].kind : nil
        let counted = previous == .leadIn || previous == .switchSides || previous == .transition
        self = counted ? .go : .stepStart
      }
    case .countdown, .countReminder: self = .tick
    case .halfway: self = .halfway
    case .sessionComplete: self = .sessionEnd
    case .breath(.inhale): self = .breathIn
    case .breath(.exhale): self = .breathOut
    case .breath(.holdIn): self = .breathHoldIn
    case .breath(.holdOut): self = .breathHoldOut
    case .checkIn(let question) where question.number == 0: self = .stepStart
    case .rep, .repPart, .cueLine, .checkIn: return nil
    }
  }

  /// Of the cues one event brought, the sound to play: the last that makes one, as a newer
  /// sound ends an older one anyway (the core puts breath cues first, so any other wins).
  public static func forCues(_ cues: [Cue], in plan: Plan) -> Sound? {
    cues.lazy.reversed().compactMap { Sound(cue: $0, in: plan) }.first
  }
}
