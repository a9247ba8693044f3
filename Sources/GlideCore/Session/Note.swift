extension SessionState {
  /// A line for the screen about a key that did not apply.
  public enum Note: Hashable, Sendable {
    /// `!` was pressed where it eases nothing.
    case pressureIsForPassiveSteps

    /// The words.
    public var text: String {
      switch self {
      case .pressureIsForPassiveSteps:
        // What happened first: the line is cut at the screen's width.
        "Nothing to ease here: ! is for a \(Pressure.techniqueList)"
      }
    }
  }
}
