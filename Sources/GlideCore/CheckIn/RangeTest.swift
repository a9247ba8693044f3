/// A measurement of range a routine asks for before and after its session, typed as a
/// number: "knee to wall" in cm for the ankle, "sit and reach" in cm for the hamstrings.
public struct RangeTest: Hashable, Sendable {
  /// What is measured, as the person reads it ("knee to wall").
  public var name: String
  /// The unit the number is typed in ("cm").
  public var unit: String

  /// Creates a range test.
  public init(name: String, unit: String) {
    self.name = name
    self.unit = unit
  }

  /// The largest number a range test takes; more is a typing slip.
  public static let maxValue = 9999.9
  /// The most characters a typed number may have ("9999.9").
  public static let maxTyped = 6
}
