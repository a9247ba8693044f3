/// Why a document is not TOML, and where.
public struct TOMLError: Error, Hashable, Sendable, CustomStringConvertible {
  /// What kind of fault, so a caller can word its own hint.
  public enum Kind: Hashable, Sendable {
    /// The bytes are not TOML text at all: invalid UTF-8, a NUL, a lone carriage return.
    case encoding
    /// A table header with no key between its brackets (`[]`, `[[ ]]`, `[#`).
    case headerWithoutKey
    /// Any other breach of the grammar or of TOML's rules on keys and tables.
    case syntax
  }

  /// The kind of fault.
  public var kind: Kind
  /// Where it is.
  public var position: TOMLPosition
  /// What is wrong, in one line; text from the document in it is quoted as written and
  /// never holds a control character (those are named as `U+XXXX`).
  public var message: String

  /// An error.
  public init(_ kind: Kind = .syntax, at position: TOMLPosition, _ message: String) {
    self.kind = kind
    self.position = position
    self.message = message
  }

  /// `line:column: message`.
  public var description: String { "\(position): \(message)" }
}
