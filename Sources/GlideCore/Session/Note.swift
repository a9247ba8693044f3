extension SessionState {
  /// A line for the screen about a key that did not apply.
  public enum Note: Hashable, Sendable {
    /// `!` was pressed where it eases nothing.
    case pressureIsForPassiveSteps

    /// The words.
    public var text: String {
      switch self {
      case .pressureIsForPassiveSteps:
        "! flags too much pressure on a \(Pressure.techniqueList); nothing to ease here"
      }
    }
  }
}
