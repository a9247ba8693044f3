/// One thing `glide stats` tells the person to do, with why, in one line.
public struct StatsNudge: Hashable, Sendable {
  /// What the nudge is about, for `stats --json`.
  public enum Kind: String, Hashable, Sendable {
    /// One area rolled several days running with no reps for it.
    case dailyRolling = "daily_rolling"
    /// The week so far (or last week) holds fewer sessions than the aim.
    case weekBelowTarget = "week_below_target"
    /// An area worked passively, never followed by reps for it.
    case noRepsAfter = "no_reps_after"
    /// The active program's week is behind.
    case programBehind = "program_behind"
    /// The active program is past its last week.
    case programOver = "program_over"
  }

  /// What it is about.
  public var kind: Kind
  /// The area it is about, if one.
  public var area: String?
  /// The line: what was seen, then what to do.
  public var text: String

  /// Creates a nudge.
  public init(kind: Kind, area: String? = nil, text: String) {
    self.kind = kind
    self.area = area
    self.text = text
  }
}
