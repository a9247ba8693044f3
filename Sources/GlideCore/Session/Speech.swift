/// Words for a voice to say, with what they may cut off and what becomes of them while the
/// voice is busy: a voice says one thing at a time.
///
/// A phrase cuts off one that matters less, and an announcement cuts off an earlier
/// announcement (the item it named is over). While the voice says something that matters
/// as much or more, a phrase that `waits` is said after it, and one that `drops` is not
/// said at all (by then it would be out of date). So a step's announcement is never cut
/// off by a lesser cue.
public struct Speech: Hashable, Sendable {
  /// How much a voice says: `--voice` or `--voice=full`.
  public enum Level: Int, Hashable, Sendable, Comparable, CaseIterable {
    /// Step announcements, switch sides, 3-2-1, halfway, rep counts and the end.
    case basic
    /// Also each step's cue line and the breath phases ("in", "hold", "out").
    case full

    /// Orders by how much is said.
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
  }

  /// What a phrase does while the voice says something that matters as much or more.
  public enum WhenBusy: Hashable, Sendable {
    /// It is said next (a cue line after its step's name, "halfway").
    case waits
    /// It is let go (a count, a 3-2-1 number, a breath phase: late, they mislead).
    case drops
  }

  /// The words.
  public var phrase: String
  /// What it may cut off.
  public var priority: SpeechPriority
  /// What becomes of it while the voice is busy.
  public var whenBusy: WhenBusy
  /// The lowest voice level that says it.
  public var level: Level

  /// Creates a phrase to say.
  public init(_ phrase: String, priority: SpeechPriority, whenBusy: WhenBusy, level: Level = .basic)
  {
    self.phrase = phrase
    self.priority = priority
    self.whenBusy = whenBusy
    self.level = level
  }
}
