/// A step as the follow-through rule sees it: passive work on a target should be followed
/// by active reps for the same target, so the freed range is used. Routines (a warning),
/// the summary and `glide stats` all ask this one rule.
public protocol FollowThroughStep {
  /// The technique, when this version knows it.
  var followTechnique: Technique? { get }
  /// The body region.
  var target: String { get }
  /// Reps done, where reps are counted; nil in a routine, where every reps step counts.
  var followRepsDone: Int? { get }
}

extension FollowThroughStep {
  /// Whether this step is reps for `target` (in any case) that count as following it.
  public func isReps(following target: String) -> Bool {
    followTechnique == .reps && self.target.lowercased() == target.lowercased()
      && (followRepsDone.map { $0 > 0 } ?? true)
  }
}

extension Collection where Element: FollowThroughStep {
  /// Whether reps for the target of the step at `index` come after it.
  public func isFollowedByReps(_ index: Index) -> Bool {
    let target = self[index].target
    return self[self.index(after: index)...].contains { $0.isReps(following: target) }
  }
}

extension Step: FollowThroughStep {
  /// The technique.
  public var followTechnique: Technique? { technique }
  /// Nil: in a routine every reps step counts.
  public var followRepsDone: Int? { nil }
}

extension Summary.StepResult: FollowThroughStep {
  /// The technique.
  public var followTechnique: Technique? { technique }
  /// Reps done (0 for a reps step left before any rep).
  public var followRepsDone: Int? { technique == .reps ? repsDone ?? 0 : nil }
}
