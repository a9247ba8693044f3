/// A block of a routine's steps run several times in a row ("roll, then reps, twice").
public struct Round: Hashable, Sendable {
  /// The steps of the block, as indices into the routine's steps.
  public var steps: Range<Int>
  /// How many times the block runs.
  public var times: Int
  /// A rest between one run of the block and the next, if any.
  public var rest: TimeSpan?

  /// Creates a round.
  public init(steps: Range<Int>, times: Int, rest: TimeSpan? = nil) {
    self.steps = steps
    self.times = times
    self.rest = rest
  }
}
