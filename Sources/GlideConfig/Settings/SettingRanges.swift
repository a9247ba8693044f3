import GlideCore

/// The lengths and counts a setting may take, wherever it is written: the one table the
/// routine reader, the config reader, `glide check` and the docs are held to.
public enum SettingRanges {
  /// A pause a routine or the config file may set, in seconds.
  public struct Pause: Hashable, Sendable {
    /// The key, the same in a routine and in the config file.
    public var key: String
    /// The seconds it may take.
    public var seconds: ClosedRange<Double>
    /// What it is, for messages.
    public var what: String

    /// The range as messages and docs write it, e.g. `1s-2m`.
    public var limits: String {
      "\(TimeSpan.seconds(seconds.lowerBound).fileText)-\(TimeSpan.seconds(seconds.upperBound).fileText)"
    }

    /// Whether `span` is allowed.
    public func contains(_ span: TimeSpan) -> Bool { seconds.contains(span.seconds) }
  }

  /// The get-ready countdown that opens a session.
  public static let getReady = Pause(
    key: "get_ready", seconds: 1...120, what: "the get-ready that opens the session")
  /// The pause between the left and the right side of a step.
  public static let switchSides = Pause(
    key: "switch_sides", seconds: 1...60, what: "the pause between the left and the right side")
  /// The pause to get into position before a step.
  public static let transition = Pause(
    key: "transition", seconds: 0...60, what: "the pause to get into position before a step")
  /// Every pause, in the order files list them.
  public static let pauses = [getReady, switchSides, transition]

  /// Reps in one reps step.
  public static let reps = 1...100
  /// Breaths a step may be counted in.
  public static let breaths = 1...200
  /// How many times a round may run.
  public static let roundTimes = 2...20
  /// Rest days a program may ask between sessions.
  public static let restDays = 0...3
  /// Weeks a program may have.
  public static let programWeeks = 1...26
  /// Minutes a program's built session may take.
  public static let sessionMinutes = 5...90
  /// Seconds a program's week may add to each hold.
  public static let addedHoldSeconds = 0.0...120
  /// Reps a program's week may add to each reps step.
  public static let addedReps = 0...5
  /// Seconds a program's week may add to each paced rep.
  public static let addedTempoSeconds = 0.0...3
  /// The speed `voice_rate` may set, in words a minute (espeak-ng's `-s`).
  public static let voiceRate = 80...450
  /// The longest sound file of one's own a cue may play, in seconds.
  public static let soundSeconds = 5.0
}
