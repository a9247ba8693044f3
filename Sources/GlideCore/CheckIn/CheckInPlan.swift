/// What a session's check-ins ask, before the get-ready and after the last step: how each
/// worked area feels, 0-10, and the routine's range test, if it names one.
public struct CheckInPlan: Hashable, Sendable {
  /// The areas rated, in the order the routine first works them.
  public var areas: [String]
  /// The range test typed as a number after the ratings, if any.
  public var rangeTest: RangeTest?

  /// Creates a check-in plan.
  public init(areas: [String], rangeTest: RangeTest? = nil) {
    self.areas = areas
    self.rangeTest = rangeTest
  }

  /// The questions one check-in asks: each area, then the range test.
  public var questionCount: Int { areas.count + (rangeTest == nil ? 0 : 1) }

  /// The check-in for `routine`, or nil when it works no area and names no range test.
  /// Rest and breathing work no area.
  public init?(_ routine: Routine) {
    var areas: [String] = []
    for step in routine.steps
    where step.technique.worksArea(step.target)
      && !areas.contains(where: { $0.lowercased() == step.target.lowercased() })
    {
      areas.append(step.target)
    }
    guard !areas.isEmpty || routine.rangeTest != nil else { return nil }
    self.init(areas: areas, rangeTest: routine.rangeTest)
  }
}
