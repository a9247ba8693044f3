/// Which sides of the body a step works.
public enum Sides: String, CaseIterable, Hashable, Sendable {
  /// The step has no side (the upper back, the breath).
  case none
  /// The step runs on the left, then on the right.
  case both
  /// The left side only.
  case left
  /// The right side only.
  case right
}

/// One side of the body, as a planned step runs it.
public enum Side: String, CaseIterable, Hashable, Sendable {
  /// The left side.
  case left
  /// The right side.
  case right
}
