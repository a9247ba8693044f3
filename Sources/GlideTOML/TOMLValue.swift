/// One value of a TOML document with the place it was written.
public struct TOMLValue: Sendable {
  /// The value itself.
  public enum Kind: Sendable {
    /// A string of any of TOML's four forms.
    case string(String)
    /// A 64-bit integer.
    case integer(Int)
    /// A float, including `inf` and `nan`.
    case float(Double)
    /// `true` or `false`.
    case boolean(Bool)
    /// A date, time, local or offset date-time (boxed: it is the largest payload, and
    /// keeping it inline would double the size of every value).
    indirect case dateTime(TOMLDateTime)
    /// An array, or an array of tables.
    case array([TOMLValue])
    /// A table: a `[header]` table, an inline table, or one made by dotted keys.
    case table(TOMLTable)
  }

  /// The value.
  public var kind: Kind
  /// Where it starts: its first character, or the `[` of its table header.
  public var position: TOMLPosition

  /// A value at a place.
  public init(_ kind: Kind, at position: TOMLPosition) {
    self.kind = kind
    self.position = position
  }

  /// The 1-based line it starts on.
  public var line: Int { position.line }
  /// The 1-based column it starts at.
  public var column: Int { position.column }

  /// The string, if this is one.
  public var string: String? {
    if case .string(let value) = kind { return value }
    return nil
  }

  /// The integer, if this is one (a float is not).
  public var int: Int? {
    if case .integer(let value) = kind { return value }
    return nil
  }

  /// The float, if this is one (an integer is not).
  public var double: Double? {
    if case .float(let value) = kind { return value }
    return nil
  }

  /// The boolean, if this is one.
  public var bool: Bool? {
    if case .boolean(let value) = kind { return value }
    return nil
  }

  /// The date or time, if this is one.
  public var dateTime: TOMLDateTime? {
    if case .dateTime(let value) = kind { return value }
    return nil
  }

  /// The elements, if this is an array.
  public var array: [TOMLValue]? {
    if case .array(let value) = kind { return value }
    return nil
  }

  /// The table, if this is one.
  public var table: TOMLTable? {
    if case .table(let value) = kind { return value }
    return nil
  }

  /// The type's name as toml-test spells it: `string`, `integer`, `float`, `bool`,
  /// `datetime`, `datetime-local`, `date-local`, `time-local`, `array`, `table`.
  public var typeName: String {
    switch kind {
    case .string: "string"
    case .integer: "integer"
    case .float: "float"
    case .boolean: "bool"
    case .dateTime(let value): value.kind.rawValue
    case .array: "array"
    case .table: "table"
    }
  }
}
