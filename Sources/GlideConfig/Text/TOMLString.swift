import GlideCore

/// Text written out as TOML (`glide build --save`, `glide config`): one way to quote, so
/// whatever Glide writes reads back as the same text.
enum TOMLString {
  /// A TOML basic string: quotes and backslashes escaped, control characters as `\uXXXX`.
  static func quoted(_ text: String) -> String { TextEscaper.toml.quoted(text) }
}
