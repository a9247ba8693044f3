/// How much of the session screen fits a terminal of a given size.
public struct Layout: Hashable, Sendable {
  /// The layouts from richest to barest.
  public enum Tier: Hashable, Sendable {
    /// Big digits, big breath words, every bar (80x24 and up; 40x22 at least).
    case full
    /// Big digits, small labels (40x12 and up).
    case medium
    /// Plain digits, no bars (20x5 and up).
    case compact
    /// Only "terminal too small"; the timer keeps running.
    case tooSmall
  }

  /// Which layout applies.
  public let tier: Tier
  /// Columns.
  public let width: Int
  /// Rows.
  public let height: Int

  /// The layout for a terminal of this size.
  public init(width: Int, height: Int) {
    self.width = width
    self.height = height
    if width >= 40 && height >= 22 {
      tier = .full
    } else if width >= 40 && height >= 12 {
      tier = .medium
    } else if width >= 20 && height >= 5 {
      tier = .compact
    } else {
      tier = .tooSmall
    }
  }

  /// The horizontal scale that fits `text` at vertical scale `sy`.
  public func horizontalScale(for text: String, sy: Int) -> Int {
    let unit = BigFont.width(of: text, sx: 1)
    guard unit > 0 else { return 1 }
    return max(1, min(2 * sy, (width - 2) / unit))
  }

  /// Width of the step and session bars.
  public var progressBarWidth: Int {
    tier == .full || tier == .medium ? max(0, width - 22) : 0
  }

  /// Cells of the beat of paced reps: the pacer's in the full layout, the medium row's
  /// ten marks (so the loop wakes for a mark, not for cells nobody sees).
  public var beatWidth: Int { tier == .medium ? PhaseWidget.beatField : pacerWidth }

  /// Width of the breath pacer and the beat marker.
  public var pacerWidth: Int {
    switch tier {
    case .full: max(0, min(48, width - 20))
    case .medium: max(0, min(30, width - 24))
    case .compact, .tooSmall: 0
    }
  }
}
