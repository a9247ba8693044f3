/// A step of a two-sided pair as the side comparison sees it: a left side's rating is
/// compared with the first later right side of the same target and technique, in the
/// summary and in `glide stats` alike.
public protocol SidedStep {
  /// `left`, `right` or nil.
  var sideName: String? { get }
  /// The body region.
  var target: String { get }
  /// The technique's name.
  var techniqueName: String { get }
  /// How free the side felt, 1-5, when rated.
  var freedom: Int? { get }
}

extension Collection where Element: SidedStep {
  /// Left against right for each target whose sides were both rated, in order.
  public var sidePairs: [(target: String, left: Int, right: Int)] {
    var pairs: [(String, Int, Int)] = []
    for index in indices where self[index].sideName == Side.left.rawValue {
      let step = self[index]
      guard let left = step.freedom,
        let right = self[self.index(after: index)...].first(where: {
          $0.sideName == Side.right.rawValue && $0.target == step.target
            && $0.techniqueName == step.techniqueName
        })?.freedom
      else { continue }
      pairs.append((step.target, left, right))
    }
    return pairs
  }
}

extension Summary.StepResult: SidedStep {
  /// The side's name.
  public var sideName: String? { side?.rawValue }
  /// The technique's name.
  public var techniqueName: String { technique.rawValue }
}
