/// `!`, too much pressure: the one home of which steps take it and what it changes. The
/// reducer, the key table's hint line and help, and the summary all read it.
///
/// On any passive step (roll, hold, stretch, floss, percussion) `!` tells the person to
/// ease off. A hold is also shortened: the one in progress loses a third of its time
/// left, and every later hold for the same target runs two thirds of its planned length
/// (guarding, not release, follows heavy pressure). That is one change to the plan: the
/// time left, the previews, the voice, the summary and the log all read the eased one.
public enum Pressure {
  /// What the screen says in place of the cue once `!` is pressed, and plain mode says.
  public static let easeOff =
    "Ease off: lighter and slower. Heavy pressure makes the muscle guard, not release"

  /// The techniques `!` applies to.
  public static let techniques = Technique.allCases.filter(\.isPassive)

  /// The techniques in words: "roll, hold, stretch, floss or percussion".
  public static var techniqueList: String {
    let names = techniques.map(\.rawValue)
    return names.dropLast().joined(separator: ", ") + " or " + (names.last ?? "")
  }

  /// Whether `!` applies to `item`.
  public static func applies(to item: PlanItem) -> Bool {
    item.kind == .step && techniques.contains(item.technique)
  }

  /// Whether `!` shortens `item`: holds alone.
  static func shortens(_ item: PlanItem) -> Bool {
    item.kind == .step && item.technique == .hold
  }

  /// What `!` cuts from a hold in progress with `remaining` left: a third of it.
  static func cut(from remaining: TimeSpan) -> TimeSpan {
    TimeSpan(nanoseconds: remaining.nanoseconds / 3)
  }

  /// The length a later hold planned at `planned` runs for: two thirds of it.
  static func eased(_ planned: TimeSpan) -> TimeSpan {
    TimeSpan(nanoseconds: planned.nanoseconds * 2 / 3)
  }

  /// Whether a flag on `flagged` eases the later item `later`: a hold for the same target.
  static func eases(_ later: PlanItem, after flagged: PlanItem) -> Bool {
    shortens(later) && later.step.target.lowercased() == flagged.step.target.lowercased()
  }
}
