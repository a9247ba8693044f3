import GlideCore
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

  /// The value as a message quotes it: a string escaped for the terminal, a number or
  /// boolean as the file spells it, and a table, array or date by its brackets.
  var shown: String {
    switch self {
    case .string(let text): DisplayText.escaped(text)
    case .bool(let on): on ? "true" : "false"
    case .number(let number):
      number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : String(number)
    case .other: "[...]"
    }
  }

  /// A string with nothing that could reach the terminal as a control.
  var plainText: String? {
    guard case .string(let text) = self, SafeText.firstControl(in: text) == nil else { return nil }
    return text
  }
}
