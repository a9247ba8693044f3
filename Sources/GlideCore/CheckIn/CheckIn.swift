/// What the check-ins of one session came to: how each area felt before and after, 0-10,
/// and the range test's numbers. An unanswered question is simply absent.
public struct CheckIn: Hashable, Sendable {
  /// When a check-in is asked.
  public enum When: String, Hashable, Sendable, CaseIterable {
    /// Before the get-ready, the session clock not yet running.
    case before
    /// After the last step, before the summary.
    case after
  }

  /// The areas asked about, in order.
  public var areas: [String]
  /// Ratings before the session, by area.
  public var before: [String: Int]
  /// Ratings after the session, by area.
  public var after: [String: Int]
  /// The range test asked, if any.
  public var rangeTest: RangeTest?
  /// The range test's number before the session.
  public var rangeBefore: Double?
  /// The range test's number after the session.
  public var rangeAfter: Double?

  /// The highest rating: 0 is as bad as it gets, 10 feels fine.
  public static let scale = 0...10

  /// Creates a check-in's results.
  public init(
    areas: [String], before: [String: Int] = [:], after: [String: Int] = [:],
    rangeTest: RangeTest? = nil, rangeBefore: Double? = nil, rangeAfter: Double? = nil
  ) {
    self.areas = areas
    self.before = before
    self.after = after
    self.rangeTest = rangeTest
    self.rangeBefore = rangeBefore
    self.rangeAfter = rangeAfter
  }

  /// Empty results for the questions of `plan`.
  public init(_ plan: CheckInPlan) {
    self.init(areas: plan.areas, rangeTest: plan.rangeTest)
  }

  /// Whether nothing was answered.
  public var isEmpty: Bool {
    before.isEmpty && after.isEmpty && rangeBefore == nil && rangeAfter == nil
  }

  /// The ratings given at `when`.
  public func ratings(_ when: When) -> [String: Int] { when == .before ? before : after }

  /// Each area answered at least once, with its ratings before and after, in order.
  public var changes: [(area: String, before: Int?, after: Int?)] {
    areas.compactMap { area in
      let pair = (area, before[area], after[area])
      return pair.1 == nil && pair.2 == nil ? nil : pair
    }
  }

  /// The results in a line: "calves 4→7, knee to wall 8.5→10 cm" ("–" for no answer).
  public var text: String {
    var parts = changes.map { "\($0.area) \(Self.mark($0.before))→\(Self.mark($0.after))" }
    if let test = rangeTest, rangeBefore != nil || rangeAfter != nil {
      parts.append(
        "\(test.name) \(Self.number(rangeBefore))→\(Self.number(rangeAfter)) \(test.unit)")
    }
    return parts.joined(separator: ", ")
  }

  static func mark(_ value: Int?) -> String { value.map(String.init) ?? "–" }

  /// A range number as typed: `10`, `8.5`; "–" for none.
  public static func number(_ value: Double?) -> String {
    guard let value else { return "–" }
    let tenths = (value * 10).rounded() / 10
    return tenths == tenths.rounded() ? String(Int(tenths)) : String(tenths)
  }
}
