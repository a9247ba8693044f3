/// The check-in question being asked: at which end of the session, which question, and
/// what has been typed so far for a range test.
public struct CheckInQuestion: Hashable, Sendable {
  /// Before or after the session.
  public var when: CheckIn.When
  /// The question: an index into the areas, or the area count for the range test.
  public var number: Int
  /// The range test's number as typed so far: digits and at most one decimal point.
  public var typed: String

  /// Creates a question.
  public init(when: CheckIn.When, number: Int = 0, typed: String = "") {
    self.when = when
    self.number = number
    self.typed = typed
  }

  /// The area asked about, or nil for the range test.
  public func area(in plan: CheckInPlan) -> String? {
    plan.areas.indices.contains(number) ? plan.areas[number] : nil
  }

  /// Whether this question asks for the range test's number.
  public func isRangeTest(in plan: CheckInPlan) -> Bool {
    number == plan.areas.count && plan.rangeTest != nil
  }

  /// The question as the screen shows it: "Before: rate your calves" or "After: knee to
  /// wall, in cm".
  public func text(in plan: CheckInPlan) -> String {
    let lead = when == .before ? "Before" : "After"
    if let area = area(in: plan) { return "\(lead): rate your \(area)" }
    guard let test = plan.rangeTest else { return lead }
    return "\(lead): \(test.name), in \(test.unit)"
  }

  /// The question as a voice says it, with how to answer: "Rate your calves, 0 to 10";
  /// the first of a check-in says which one it is.
  public func spoken(in plan: CheckInPlan) -> String {
    let opening =
      number > 0 ? "" : when == .before ? "Check-in before you start. " : "Check-in. "
    if let area = area(in: plan) { return opening + "Rate your \(area), 0 to 10" }
    guard let test = plan.rangeTest else { return opening }
    return opening + "\(test.name.capitalizedFirst): type it in \(test.unit), then enter"
  }

  /// The typed number, when it is one the range test takes.
  public var typedValue: Double? {
    guard !typed.isEmpty, typed != ".", let value = Double(typed), value.isFinite,
      (0...RangeTest.maxValue).contains(value)
    else { return nil }
    return value
  }
}
