/// The words that name a plan item, shared by the voice and the screen so both say the
/// same thing, and neither says a word twice ("rest, rest", "breathe · breath").
extension PlanItem {
  /// The target with its side ("left calves"); nil when the target only repeats the
  /// technique (a rest step aimed at "rest", a breathe step at "breath").
  public var namedTarget: String? {
    let target = step.target.lowercased()
    let technique = technique.rawValue
    let repeats =
      target == technique || technique.hasPrefix(target) || target.hasPrefix(technique)
    return repeats ? side.map { "\($0.rawValue) side" } : targetWithSide
  }

  /// What the person does, in a few words: "roll, left calves", "rest", "glute bridges,
  /// left side" (a reps step is named by its movement).
  public var shortName: String {
    if technique == .reps {
      let movement = (step.movement ?? "reps").lowercased()
      return side.map { "\(movement), \($0.rawValue) side" } ?? movement
    }
    let word = technique.label.lowercased()
    return namedTarget.map { "\(word), \($0)" } ?? word
  }

  /// How much of it there is, as a voice says it: "90 seconds", "20 breaths", "8 reps";
  /// `length` when it runs for other than its planned time (eased by `!`).
  public func spokenAmount(length: TimeSpan? = nil) -> String {
    if technique == .reps { return (step.reps ?? 0).counted("rep") }
    if let breaths = step.breaths { return breaths.counted("breath") }
    return (length ?? planned).words
  }
}
