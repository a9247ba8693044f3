extension SessionState {
  /// A line for the screen about a key that did not apply.
  public enum Note: Hashable, Sendable {
    /// `!` was pressed where it eases nothing.
    case pressureIsForPassiveSteps
    /// `!` was pressed again on a step it has eased.
    case alreadyEased
    /// `+` or `-` was pressed on reps, which end at their count, not at a length.
    case lengthIsForTimedSteps

    /// The words.
    public var text: String {
      switch self {
      case .pressureIsForPassiveSteps:
        // What happened first: the line is cut at the screen's width.
        "Nothing to ease here: ! is for a \(Pressure.techniqueList)"
      case .alreadyEased:
        "Eased already: keep it lighter and slower"
      case .lengthIsForTimedSteps:
        "Nothing to lengthen here: + and - change a timed step; reps end at their count"
      }
    }
  }
}
