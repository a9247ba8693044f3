/// A named, ordered list of steps.
public struct Routine: Hashable, Sendable {
  /// The file name stem, e.g. `desk-reset`.
  public var id: String
  /// The name shown to the person.
  public var name: String
  /// One line saying what the routine is for.
  public var summary: String
  /// When in the day it fits.
  public var phase: RoutinePhase
  /// The steps in order, each written once (a round's steps too).
  public var steps: [Step]
  /// The blocks of steps that repeat; they do not overlap.
  public var rounds: [Round]
  /// How reps steps without a tempo of their own are paced; nil: the plan's default tempo.
  public var repPacing: RepPacing?
  /// The get-ready that opens the session; nil: the plan's default.
  public var getReady: TimeSpan?
  /// The pause between the left and the right side; nil: the plan's default.
  public var switchSides: TimeSpan?
  /// A pause before each step whose position changes ("get into position for ..."); nil
  /// or zero: none.
  public var transition: TimeSpan?
  /// Whether every session of it opens and closes with a check-in (`check_in = true`).
  public var checkIn = false
  /// The range test its check-ins ask for, if any (`range_test`).
  public var rangeTest: RangeTest?

  /// Creates a routine.
  public init(
    id: String, name: String, summary: String, phase: RoutinePhase, steps: [Step],
    rounds: [Round] = []
  ) {
    self.id = id
    self.name = name
    self.summary = summary
    self.phase = phase
    self.steps = steps
    self.rounds = rounds
  }
}
