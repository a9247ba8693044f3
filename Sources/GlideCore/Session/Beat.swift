extension SessionState {
  /// Where the beat of the reps in progress starts: the item's start, or the instant (as
  /// the item's elapsed time) a rep was last counted by key, with the reps done by then.
  /// Paced reps count on from here, so a rep counted early moves the pace with it; reps
  /// counted by key are reminded from here.
  public struct Beat: Hashable, Sendable {
    /// The item's elapsed time at the start of the beat.
    public var from: TimeSpan
    /// Reps done when the beat started.
    public var reps: Int

    /// Creates a beat start; the default is the item's start.
    public init(from: TimeSpan = .zero, reps: Int = 0) {
      self.from = from
      self.reps = reps
    }
  }
}
