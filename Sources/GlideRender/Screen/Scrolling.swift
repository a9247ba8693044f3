import GlideCore

/// What the summary and the help overlay show of a text longer than the screen, and the
/// words that say there is more.
enum Scrolling {
  /// The first line shown: the state's scroll, within what the text can scroll (a screen
  /// that grew shows more, never blank rows).
  static func first(_ scroll: Int, in view: Viewport) -> Int { min(max(0, scroll), view.limit) }

  /// Where the text is, longest first: "↓ 12 more", "↑ 3 above · ↓ 9 more",
  /// "↑ 12 above · end", then shorter ways to say it.
  static func positions(first: Int, in view: Viewport) -> [String] {
    let below = view.limit - first
    if first == 0 { return ["↓ \(below) more", "↓ \(below)"] }
    if below == 0 { return ["↑ \(first) above · end", "↑ \(first) · end", "end"] }
    return [
      "↑ \(first) above · ↓ \(below) more", "↑ \(first) ↓ \(below) more", "↑\(first) ↓\(below)",
    ]
  }

  /// The position and the keys to say in `width` columns: the position said as fully as
  /// it can be beside one of `keys` but the last (the longest that fits), which say how
  /// to scroll; failing that, beside the last; failing that, the shortest position alone.
  static func footer(first: Int, in view: Viewport, keys: [String], width: Int) -> (
    position: String, rest: String
  ) {
    let positions = positions(first: first, in: view)
    for choices in [Array(keys.dropLast()), keys] {
      for position in positions {
        if let words = choices.first(where: { (position + " · " + $0).columns <= width }) {
          return (position, " · " + words)
        }
      }
    }
    return ((positions.last ?? "").truncated(width), "")
  }
}
