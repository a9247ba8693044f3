/// Text laid out in columns, as the terminal shows it: the one place Glide measures and
/// pads text for tables, the screen and the summary, so a wide character (CJK: two
/// columns) or a combining mark (none) lines up the same everywhere.
extension String {
  /// Columns the text takes on screen.
  public var columns: Int { DisplayWidth.of(self) }

  /// The text with spaces before it, to `width` columns.
  public func leftPadded(_ width: Int) -> String {
    String(repeating: " ", count: max(0, width - columns)) + self
  }

  /// The text with spaces after it, to `width` columns.
  public func rightPadded(_ width: Int) -> String {
    self + String(repeating: " ", count: max(0, width - columns))
  }
}
