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

extension Summary.StepResult {
  /// The step as if its clock had run `more` past the report: longer, and ended as leaving
  /// it then would have ended it. `toTheEnd` when `more` reached its end, which makes it
  /// done, the way the session itself ends a step whose time is up.
  public func credited(_ more: TimeSpan, toTheEnd: Bool) -> Self {
    var step = self
    step.elapsed = elapsed + max(.zero, more)
    if toTheEnd {
      step.outcome = .done
      if let target = repsTarget { step.repsDone = target }
      if let target = breathsTarget { step.breathsDone = target }
    } else if technique != .reps, outcome == .skipped, step.elapsed >= stepGrace {
      // Reps are decided by their count, which the time alone does not tell.
      step.outcome = .partial
    }
    return step
  }
}
