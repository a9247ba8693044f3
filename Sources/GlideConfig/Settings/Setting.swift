/// One setting's value and where it came from.
public struct Setting<Value: Hashable & Sendable>: Hashable, Sendable {
  /// The value in force.
  public var value: Value
  /// Where it came from.
  public var origin: SettingOrigin

  /// A value from `origin` (by default, Glide's own default).
  public init(_ value: Value, from origin: SettingOrigin = .builtIn) {
    self.value = value
    self.origin = origin
  }

  /// Replaces the value with one from a stronger source (the file over the default, a
  /// flag over the file).
  public mutating func set(_ value: Value, from origin: SettingOrigin) {
    self.value = value
    self.origin = origin
  }
}
