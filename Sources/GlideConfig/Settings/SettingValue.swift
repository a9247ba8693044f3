import GlideTOML

/// A config file value as read, before its meaning is checked: the one place that knows
/// the TOML reader's types.
enum SettingValue: Equatable {
  case string(String)
  case bool(Bool)
  case number(Double)
  /// A table, array or date: never a setting.
  case other

  /// The value of a TOML value.
  init(_ value: TOMLValue) {
    self =
      switch value.kind {
      case .string(let string): .string(string)
      case .boolean(let bool): .bool(bool)
      case .integer(let int): .number(Double(int))
      case .float(let double): .number(double)
      case .dateTime, .array, .table: .other
      }
  }

  /// A string with nothing that could reach the terminal as a control.
  var plainText: String? {
    guard case .string(let text) = self, SafeText.firstControl(in: text) == nil else { return nil }
    return text
  }
}
