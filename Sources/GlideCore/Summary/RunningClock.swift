extension Summary {
  /// The clock a report was taken with, while it ran: after the process dies, what the
  /// time between the report and the death adds depends on it.
  public struct RunningClock: Hashable, Sendable {
    /// The index in `steps` of the step whose clock ran; nil in a transition or the
    /// get-ready, which are not steps.
    public var step: Int?
    /// Time until that clock would have run out; nil for reps counted by key, which have
    /// no end.
    public var left: TimeSpan?

    /// Creates a running clock.
    public init(step: Int?, left: TimeSpan?) {
      self.step = step
      self.left = left
    }
  }
}
