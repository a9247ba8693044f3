/// How many cells wide each bar is drawn, so the core knows when a bar next changes.
/// A width of zero means the bar is not shown.
public struct ReadoutWidths: Hashable, Sendable {
  /// The current step's progress bar.
  public var step: Int
  /// The whole session's progress bar.
  public var session: Int
  /// The breath pacer.
  public var breath: Int
  /// The beat marker of paced reps.
  public var beat: Int

  /// Creates widths; all default to zero (no bars).
  public init(step: Int = 0, session: Int = 0, breath: Int = 0, beat: Int = 0) {
    self.step = max(0, step)
    self.session = max(0, session)
    self.breath = max(0, breath)
    self.beat = max(0, beat)
  }
}
