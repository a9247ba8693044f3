/// A JSON object's members in the order read. A log line's objects are small (a dozen
/// keys), where a look-up along the list beats hashing every key on the way in and out.
/// A repeated key's last value counts, as JSON readers commonly take it.
public struct JSONObject: Hashable, Sendable, ExpressibleByDictionaryLiteral {
  /// The members as read, repeats and all.
  public private(set) var members: [(key: String, value: JSONValue)]

  /// An object of `members`.
  public init(_ members: [(key: String, value: JSONValue)] = []) {
    self.members = members
  }

  /// An empty object with room for `capacity` members: a log line's objects then grow
  /// in one allocation.
  init(capacity: Int) {
    members = []
    members.reserveCapacity(capacity)
  }

  /// An object from a literal.
  public init(dictionaryLiteral elements: (String, JSONValue)...) {
    members = elements.map { (key: $0.0, value: $0.1) }
  }

  /// Adds a member read after the others.
  mutating func append(_ key: String, _ value: JSONValue) {
    members.append((key, value))
  }

  /// The value of `key`: the last one given.
  public subscript(key: String) -> JSONValue? {
    // Lengths first: most keys differ in length, and comparing two strings of different
    // bits goes the slow way (it must allow for Unicode equivalence).
    let length = key.utf8.count
    return members.last { $0.key.utf8.count == length && $0.key == key }?.value
  }

  /// The members by key, a repeated key's last value counting.
  public var dictionary: [String: JSONValue] {
    Dictionary(members.map { ($0.key, $0.value) }, uniquingKeysWith: { _, last in last })
  }

  /// Two objects are equal when they give the same value for every key, in any order.
  public static func == (lhs: JSONObject, rhs: JSONObject) -> Bool {
    lhs.dictionary == rhs.dictionary
  }

  /// Hashes what equality compares.
  public func hash(into hasher: inout Hasher) {
    hasher.combine(dictionary)
  }
}
