import GlideTOML

/// A program file's values in the shape the decoder needs: the one place that knows the
/// TOML reader's types.
enum ProgramValue: Hashable, Sendable {
  case string(String)
  case int(Int)
  case double(Double)
  case bool(Bool)
  case array([ProgramValue])
  case table([String: ProgramValue])
  case other

  /// The tree of a parsed table.
  static func tree(_ table: TOMLTable) -> [String: ProgramValue] {
    var values: [String: ProgramValue] = [:]
    for entry in table.entries { values[entry.key] = convert(entry.value) }
    return values
  }

  private static func convert(_ value: TOMLValue) -> ProgramValue {
    if let string = value.string { return .string(string) }
    if let int = value.int { return .int(int) }
    if let double = value.double { return .double(double) }
    if let bool = value.bool { return .bool(bool) }
    if let table = value.table { return .table(tree(table)) }
    if let array = value.array { return .array(array.map { convert($0) }) }
    return .other
  }

  /// The number, whether written as an integer or not.
  var number: Double? {
    switch self {
    case .int(let value): Double(value)
    case .double(let value): value
    default: nil
    }
  }

  /// The text of a string value.
  var text: String? {
    if case .string(let value) = self { return value }
    return nil
  }
}
