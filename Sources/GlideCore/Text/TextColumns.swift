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

/// The one rule for a column of names in a table: as wide as its widest entry, but never
/// wider than a limit, longer entries cut at the limit with `…`, so one long name cannot
/// widen every row of a listing.
public enum TableColumn {
  /// The widest a column of names (ids, routine names, areas) may be.
  public static let nameLimit = 32

  /// The width for a column holding `texts`: at least `atLeast` (the heading), at most
  /// `limit`.
  public static func width(_ texts: [String], atLeast: Int = 0, limit: Int = nameLimit) -> Int {
    min(limit, max(atLeast, texts.map { DisplayText.escaped($0).columns }.max() ?? 0))
  }
}

extension String {
  /// The text cut to `width` columns, ending in `…` when cut; a character is kept whole
  /// (with its marks) or not at all. Control characters are shown escaped first (see
  /// `DisplayText`), so what is measured is what is shown.
  public func cut(toColumns width: Int) -> String {
    guard width > 0 else { return "" }
    let text = DisplayText.escaped(self)
    guard text.columns > width else { return text }
    var kept = String.UnicodeScalarView()
    var used = 0
    for scalar in text.unicodeScalars {
      let columns = DisplayWidth.of(scalar)
      if columns > 0 && used + columns > width - 1 { break }
      kept.append(scalar)
      used += columns
    }
    return String(kept) + "…"
  }

  /// The text in a column of `width`: cut when longer, padded with spaces when shorter.
  public func column(_ width: Int) -> String { cut(toColumns: width).rightPadded(width) }
}
