/// How much of a text longer than the screen (the summary, the help overlay) the screen
/// shows: the core cannot measure text, so the screen tells the key table, and the key
/// table puts the measure into the scroll event it makes.
public struct Viewport: Hashable, Sendable {
  /// The lines shown at once.
  public var rows: Int
  /// The most the text can scroll: the first line shown is at most this (0: it fits).
  public var limit: Int

  /// Creates a measure.
  public init(rows: Int, limit: Int) {
    self.rows = max(0, rows)
    self.limit = max(0, limit)
  }

  /// A text that fits: nothing scrolls.
  public static let fits = Viewport(rows: 0, limit: 0)

  /// Whether anything is out of sight.
  public var scrolls: Bool { limit > 0 }

  /// The lines a page key moves: a screenful, less one line kept for context.
  public var page: Int { max(1, rows - 1) }

  /// The first line shown after moving `lines` (negative: up) from `first`, within the
  /// text: a position past the end (the screen grew) counts as the end.
  public func moved(from first: Int, by lines: Int) -> Int {
    min(limit, max(0, min(first, limit) + lines))
  }
}
