/// One step of a routine as its author wrote it.
public struct Step: Hashable, Sendable {
  /// What the person does.
  public var technique: Technique
  /// The body region, in words ("calves", "upper back").
  public var target: String
  /// Which sides the step runs on.
  public var sides: Sides
  /// How long a timed step lasts per side; nil for a reps step.
  public var duration: TimeSpan?
  /// The breath to pace during the step, if any.
  public var breath: BreathPattern?
  /// A short line of coaching shown under the step.
  public var cue: String?
  /// The movement of a reps step ("Ankle circles").
  public var movement: String?
  /// How many reps a reps step asks for.
  public var reps: Int?
  /// Seconds per rep. Without it a reps step is paced at its routine's tempo, unless it is
  /// counted by key.
  public var tempo: TimeSpan?
  /// Whether the person counts the reps with a key (`tempo = "manual"`) instead of the
  /// timer pacing and counting them.
  public var countsByKey = false
  /// The parts of a paced rep (out, hold, back), when the tempo is written as `2-1-2`.
  public var tempoPhases: [TimeSpan]?
  /// The breaths a breath-counted step lasts; its duration is this many breath cycles.
  public var breaths: Int?
  /// The pause before this step to get into position, instead of the routine's; zero:
  /// none. Given, it applies even where the position seems unchanged.
  public var transition: TimeSpan?

  /// Creates a timed step.
  public init(
    _ technique: Technique, target: String, sides: Sides = .none, duration: TimeSpan,
    breath: BreathPattern? = nil, cue: String? = nil
  ) {
    self.technique = technique
    self.target = target
    self.sides = sides
    self.duration = duration
    self.breath = breath
    self.cue = cue
  }

  /// Creates a step that lasts a number of paced breaths.
  public init(
    _ technique: Technique, target: String, sides: Sides = .none, breaths: Int,
    pattern: BreathPattern, cue: String? = nil
  ) {
    self.init(
      technique, target: target, sides: sides, duration: pattern.cycle * breaths, breath: pattern,
      cue: cue)
    self.breaths = breaths
  }

  /// Creates a reps step: paced at `tempo` (without one, at the routine's tempo), or with
  /// `byKey`, counted by the person with a key.
  public init(
    repsOf movement: String, target: String, count: Int, sides: Sides = .none,
    tempo: TimeSpan? = nil, byKey: Bool = false, cue: String? = nil
  ) {
    self.countsByKey = byKey
    self.technique = .reps
    self.target = target
    self.sides = sides
    self.movement = movement
    self.reps = count
    self.tempo = tempo
    self.cue = cue
  }
}
