import GlideCore

/// Text from a file is drawn on the terminal: control characters, escape sequences and
/// bidirectional overrides in it could move the cursor, retitle the window or reorder the
/// line, so they are refused where the file is read.
enum SafeText {
  /// The first unsafe scalar in `text` (see `DisplayText`), as `U+001B`, or nil.
  static func firstControl(in text: String) -> String? { DisplayText.firstUnsafe(in: text) }
}
