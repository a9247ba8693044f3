/// The one escaper: text written into JSON, into TOML, or onto the terminal, each by its
/// own table of which scalars are escaped and how. A target differs from another only in
/// its table, so a fix to one cannot miss the others.
public struct TextEscaper: Sendable {
  /// Scalars with an escape of their own, e.g. `"` as `\"`.
  public let named: [Unicode.Scalar: String]
  /// Whether any other scalar is escaped, as `\uXXXX`.
  public let escapes: @Sendable (Unicode.Scalar) -> Bool
  /// Whether the hex digits of `\uXXXX` are upper case.
  public let upperHex: Bool

  /// An escaper with the table given.
  public init(
    named: [Unicode.Scalar: String], upperHex: Bool,
    escapes: @escaping @Sendable (Unicode.Scalar) -> Bool
  ) {
    self.named = named
    self.upperHex = upperHex
    self.escapes = escapes
  }

  /// A JSON string's contents (RFC 8259): quote, backslash and the C0 controls, and the
  /// line and paragraph separators some JavaScript readers choke on.
  public static let json = TextEscaper(
    named: ["\"": "\\\"", "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t"], upperHex: false,
    escapes: { $0.value < 0x20 || $0.value == 0x2028 || $0.value == 0x2029 })

  /// A TOML basic string's contents: quote, backslash, C0 controls and DEL, so whatever
  /// Glide writes reads back as the same text.
  public static let toml = TextEscaper(
    named: ["\"": "\\\"", "\\": "\\\\"], upperHex: true,
    escapes: { $0.value < 0x20 || $0.value == 0x7F })

  /// Text for the terminal: every scalar `DisplayText.isUnsafe` names, shown as a visible
  /// escape so nothing reaches the terminal raw.
  public static let display = TextEscaper(
    named: [:], upperHex: false, escapes: { DisplayText.isUnsafe($0) })

  /// A JSON line for the terminal: what `display` escapes but the tab, written as JSON
  /// escapes, so the line stays valid JSON meaning the same strings.
  public static let jsonForTerminal = TextEscaper(
    named: [:], upperHex: false, escapes: { DisplayText.isUnsafe($0) && $0 != "\t" })

  /// Text in an XML or SVG element or a double-quoted attribute: the markup characters
  /// as entities, so a name like `<script>` is shown, never run.
  public static let markup = TextEscaper(
    named: markupEntities, upperHex: false, escapes: { _ in false })

  /// Text in HTML, a single-quoted attribute included: markup's entities and the
  /// apostrophe's.
  public static let html = TextEscaper(
    named: markupEntities.merging(["'": "&#39;"]) { $1 }, upperHex: false,
    escapes: { _ in false })

  private static let markupEntities: [Unicode.Scalar: String] = [
    "&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;",
  ]

  /// Whether `scalar` is written otherwise than as itself.
  public func changes(_ scalar: Unicode.Scalar) -> Bool {
    named[scalar] != nil || escapes(scalar)
  }

  /// `text` with every scalar of the table escaped; text with none comes back as it is.
  public func escaped(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: changes) else { return text }
    var result = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      if let escape = named[scalar] {
        result.append(contentsOf: escape.unicodeScalars)
      } else if escapes(scalar) {
        result.append(contentsOf: unicodeEscape(scalar).unicodeScalars)
      } else {
        result.append(scalar)
      }
    }
    return String(result)
  }

  /// `text` escaped, between double quotes.
  public func quoted(_ text: String) -> String { "\"" + escaped(text) + "\"" }

  /// `\u001b`: the escape of one scalar of the Basic Multilingual Plane.
  public func unicodeEscape(_ scalar: Unicode.Scalar) -> String {
    let hex = String(scalar.value, radix: 16, uppercase: upperHex)
    return "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
  }
}
