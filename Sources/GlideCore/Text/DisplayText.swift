/// The one choke point between text that came from outside (files, file names, logs,
/// values echoed in errors) and any output: the terminal interprets control characters,
/// so a single stray ESC or C1 CSI in a routine's name could move the cursor, retitle the
/// window or hide the rest of a line. Every path that prints or draws such text passes it
/// through `escaped(_:)`; readers refuse it in files with `firstUnsafe(in:)`.
public enum DisplayText {
  /// Whether a scalar must never reach the terminal as itself: C0 controls (but for none),
  /// DEL, C1 controls (U+0080-U+009F, among them the one-byte CSI U+009B), the line and
  /// paragraph separators, and the bidirectional overrides and isolates (U+202A-U+202E,
  /// U+2066-U+2069), which reorder what follows them on screen.
  public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069: true
    default: false
    }
  }

  /// `text` with every unsafe scalar written as a visible escape (`\u001b`), so a person
  /// sees that it was there and nothing reaches the terminal raw. Text with none comes
  /// back as it is, without copying.
  public static func escaped(_ text: String) -> String { TextEscaper.display.escaped(text) }

  /// Like `escaped(_:)`, but tabs and line feeds stay: for multi-line messages that Glide
  /// itself wrote around text from outside.
  public static func escapedKeepingLines(_ text: String) -> String {
    guard
      text.unicodeScalars.contains(where: { isUnsafe($0) && $0 != "\n" && $0 != "\t" })
    else { return text }
    return text.split(separator: "\n", omittingEmptySubsequences: false)
      .map { line in
        line.split(separator: "\t", omittingEmptySubsequences: false)
          .map { escaped(String($0)) }.joined(separator: "\t")
      }
      .joined(separator: "\n")
  }

  /// The first unsafe scalar in `text` as `U+001B`, or nil when there is none.
  public static func firstUnsafe(in text: String) -> String? {
    text.unicodeScalars.first(where: isUnsafe).map(codePoint)
  }

  /// A scalar as `U+` and at least four hex digits.
  public static func codePoint(_ scalar: Unicode.Scalar) -> String {
    "U+" + hex(scalar.value, digits: 4)
  }

  /// The visible escape of one scalar: `\u001b`, `\u009b`, `\u202e`.
  static func escape(_ scalar: Unicode.Scalar) -> String {
    TextEscaper.display.unicodeEscape(scalar)
  }

  private static func hex(_ value: UInt32, digits: Int) -> String {
    let text = String(value, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, digits - text.count)) + text
  }
}
