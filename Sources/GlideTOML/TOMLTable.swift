/// A TOML table: keys in the order they were first written, each with its value and the
/// place of the key.
public struct TOMLTable: Sendable {
  /// One key and its value.
  public struct Entry: Sendable {
    /// The key (the last part of a dotted key), unquoted.
    public var key: String
    /// Where the key is written (for a table, the key in its first header).
    public var keyPosition: TOMLPosition
    /// The value.
    public var value: TOMLValue
  }

  /// Every entry in document order.
  public private(set) var entries: [Entry] = []
  /// Built once a table has more keys than a linear search is quick for: most tables
  /// have a handful, and a dictionary for each would cost more than it saves.
  private var index: [String: Int]?
  static let linearSearchLimit = 8
  /// Where the table starts: its header's `[`, its `{`, or the key that made it.
  public var position: TOMLPosition

  /// An empty table starting at `position`.
  public init(position: TOMLPosition = TOMLPosition(line: 1, column: 1)) {
    self.position = position
  }

  /// The keys in document order.
  public var keys: [String] { entries.map(\.key) }
  /// How many keys.
  public var count: Int { entries.count }
  /// Whether there are none.
  public var isEmpty: Bool { entries.isEmpty }

  /// The value of `key`, if present.
  public subscript(key: String) -> TOMLValue? {
    find(key).map { entries[$0].value }
  }

  /// Where `key` is written, if present.
  public func keyPosition(_ key: String) -> TOMLPosition? {
    find(key).map { entries[$0].keyPosition }
  }

  private func find(_ key: String) -> Int? {
    if let index { return index[key] }
    return entries.firstIndex { $0.key == key }
  }

  /// Adds a key the table does not have yet (the parser has checked that).
  mutating func append(_ key: String, at keyPosition: TOMLPosition, _ value: TOMLValue) {
    entries.append(Entry(key: key, keyPosition: keyPosition, value: value))
    if index != nil {
      index?[key] = entries.count - 1
    } else if entries.count > Self.linearSearchLimit {
      index = Dictionary(uniqueKeysWithValues: entries.enumerated().map { ($1.key, $0) })
    }
  }

  /// Parses a whole TOML 1.0 document.
  public static func parse(_ bytes: [UInt8]) throws(TOMLError) -> TOMLTable {
    var parser = TOMLParser(bytes)
    return try parser.document()
  }

  /// Parses a whole TOML 1.0 document.
  public static func parse(_ text: String) throws(TOMLError) -> TOMLTable {
    try parse(Array(text.utf8))
  }
}
