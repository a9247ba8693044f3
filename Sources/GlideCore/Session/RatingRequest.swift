extension SessionState {
  /// The side rating being asked for after both sides of a step: the plan items of the
  /// two sides, and which is asked now.
  public struct RatingRequest: Hashable, Sendable {
    /// The left side's plan item.
    public var left: Int
    /// The right side's plan item.
    public var right: Int
    /// The side asked about now.
    public var asking: Side

    /// Creates a request.
    public init(left: Int, right: Int, asking: Side) {
      self.left = left
      self.right = right
      self.asking = asking
    }

    /// The question asked of the side being rated, as a person says it: "How free does
    /// your left calf feel?"
    public func question(in plan: Plan) -> String {
      let target = plan.items.indices.contains(left) ? plan.items[left].step.target : ""
      return "How free does your \(asking.rawValue) \(target.singular) feel?"
    }
  }
}
