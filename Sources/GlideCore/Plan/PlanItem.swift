/// One entry of an expanded plan: the lead-in, a step on one side, or a switch of sides.
public struct PlanItem: Hashable, Sendable {
  /// What part of the session an item is.
  public enum Kind: Hashable, Sendable {
    /// The get-ready countdown that opens every session.
    case leadIn
    /// A step of the routine (one side of a two-sided step).
    case step
    /// The short rest that turns the person from the left side to the right.
    case switchSides
    /// A pause to get into position for the step that follows.
    case transition
  }

  /// What part of the session this item is.
  public var kind: Kind
  /// The step as written, with the side this item runs on.
  public var step: Step
  /// The side this item works, if any.
  public var side: Side?
  /// The index of the routine step this item comes from (for lead-in: the first step's).
  public var sourceIndex: Int
  /// The 1-based number shown as "step N of M"; for lead-in, switches and transitions, the
  /// number of the step that follows.
  public var number: Int
  /// How long the item is planned to take. Reps counted by key have no clock: they are
  /// planned at `Plan.Settings.countedRepPace` per rep.
  public var planned: TimeSpan
  /// The planned time of every item after this one.
  public var remainingAfter: TimeSpan
  /// Which run of its round this item belongs to (1-based), for steps in a round.
  public var round: Int? = nil
  /// How many times its round runs, for steps in a round.
  public var rounds: Int? = nil

  /// The item's technique.
  public var technique: Technique { step.technique }

  /// Whether a deadline ends the item (everything but reps counted by key; a plan gives
  /// every other reps step a tempo).
  public var isTimed: Bool { step.technique != .reps || step.tempo != nil }

  /// Whether the person counts the reps with a key.
  public var isCountedReps: Bool { step.technique == .reps && step.tempo == nil }

  /// The target with its side, e.g. "left calves".
  public var targetWithSide: String {
    side.map { "\($0.rawValue) \(step.target)" } ?? step.target
  }
}
