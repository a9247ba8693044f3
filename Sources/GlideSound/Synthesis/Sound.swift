/// A sound Glide makes for one kind of cue. Each has its own pitches and rhythm so that a
/// person with eyes closed can tell which cue it was: rising for a start, short high ticks
/// for 3-2-1, a bright long note for go, a low double tap at halfway, a swing between two
/// pitches to switch sides, a rising arpeggio at the end, and soft sounds for the breath:
/// a glide up to breathe in, down to breathe out, and a steady note to hold (high after
/// the in-breath, low after the out-breath), so a 4-7-8 or box pattern can be followed
/// with eyes closed.
public enum Sound: String, CaseIterable, Hashable, Sendable {
  /// A step (or the get-ready) begins.
  case stepStart = "step-start"
  /// One of the 3-2-1 before a timed item ends.
  case tick
  /// The count is over: move now (a step straight after a get-ready or a switch).
  case go
  /// Half of a long step has passed.
  case halfway
  /// Change to the other side.
  case switchSides = "switch-sides"
  /// The session is complete.
  case sessionEnd = "session-end"
  /// Breathe in (opt-in): a soft rising glide.
  case breathIn = "breath-in"
  /// Breathe out (opt-in): a soft falling glide.
  case breathOut = "breath-out"
  /// Hold the breath in (opt-in): a soft steady note at the top of the in-breath's glide.
  case breathHoldIn = "breath-hold-in"
  /// Hold the breath out, a box pattern's second hold (opt-in): a soft steady note at the
  /// bottom of the out-breath's glide.
  case breathHoldOut = "breath-hold-out"

  /// Cue sounds peak at half of full scale: loud enough across a room, and with headroom.
  static let cueLevel = 0.5
  /// Breath sounds are quieter: they come every few seconds and should not startle.
  static let breathLevel = 0.2

  /// The parts of the sound, in order.
  public var tones: [Tone] {
    let level = Self.cueLevel
    switch self {
    case .stepStart:
      return [.note(660, 0.12, level: level), .rest(0.03), .note(880, 0.2, level: level)]
    case .tick:
      return [.note(1000, 0.08, level: level)]
    case .go:
      return [.note(1320, 0.35, level: level)]
    case .halfway:
      return [.note(440, 0.1, level: level), .rest(0.08), .note(440, 0.1, level: level)]
    case .switchSides:
      return [
        .note(784, 0.1, level: level), .rest(0.02), .note(587, 0.1, level: level), .rest(0.02),
        .note(784, 0.1, level: level), .rest(0.02), .note(587, 0.15, level: level),
      ]
    case .sessionEnd:
      return [
        .note(523, 0.14, level: level), .note(659, 0.14, level: level),
        .note(784, 0.14, level: level), .note(1047, 0.5, level: level),
      ]
    case .breathIn:
      return [.glide(from: 220, to: 330, 0.9, level: Self.breathLevel)]
    case .breathOut:
      return [.glide(from: 330, to: 220, 0.9, level: Self.breathLevel)]
    case .breathHoldIn:
      return [.note(330, 0.6, level: Self.breathLevel)]
    case .breathHoldOut:
      return [.note(220, 0.6, level: Self.breathLevel)]
    }
  }

  /// Whether the sound paces the breath (the soft ones) rather than marking a cue.
  public var isBreath: Bool {
    switch self {
    case .breathIn, .breathOut, .breathHoldIn, .breathHoldOut: true
    case .stepStart, .tick, .go, .halfway, .switchSides, .sessionEnd: false
    }
  }
}
