import GlideCore

/// A plan over weeks: the sessions each week holds and how each week asks a little more
/// than the last, so load, range or tempo grow across weeks rather than within one.
public struct Program: Hashable, Sendable {
  /// One session of a week: a routine by id, or a `glide build` request.
  public enum Session: Hashable, Sendable {
    /// A routine from the catalog.
    case routine(String)
    /// A routine composed from the library.
    case build(BuildRequest)
  }

  /// How a week changes the sessions over the week before; each amount adds to the last.
  public struct Progression: Hashable, Sendable {
    /// Seconds added to every hold, kept within 3-5 minutes.
    public var holdSeconds: Double = 0
    /// Reps added to every reps step, kept within 5-10.
    public var reps: Int = 0
    /// Seconds added to each paced rep, for a slower tempo.
    public var tempoSeconds: Double = 0
    /// Areas that join every built session from this week on.
    public var addedAreas: [String] = []

    /// No change.
    public init() {}

    /// Whether the week asks for nothing more.
    public var isEmpty: Bool {
      holdSeconds == 0 && reps == 0 && tempoSeconds == 0 && addedAreas.isEmpty
    }
  }

  /// One week: its name and what it adds.
  public struct Week: Hashable, Sendable {
    /// A few words saying what the week is about.
    public var name: String
    /// What the week adds over the one before.
    public var progression: Progression

    /// Creates a week.
    public init(name: String, progression: Progression = Progression()) {
      self.name = name
      self.progression = progression
    }
  }

  /// The file name stem, e.g. `runners-legs`.
  public var id: String
  /// The name shown to the person.
  public var name: String
  /// One line saying who the program is for.
  public var summary: String
  /// The sessions of every week, in the order they are done.
  public var sessions: [Session]
  /// The weeks in order.
  public var weeks: [Week]
  /// Whole days between two sessions; one by default, so the same tissue rests a day.
  public var restDays: Int
  /// Whether every session checks in before and after (`check_in = true`), whatever its
  /// routine says.
  public var checkIn: Bool

  /// Creates a program.
  public init(
    id: String, name: String, summary: String, sessions: [Session], weeks: [Week],
    restDays: Int = 1, checkIn: Bool = false
  ) {
    self.checkIn = checkIn
    self.id = id
    self.name = name
    self.summary = summary
    self.sessions = sessions
    self.weeks = weeks
    self.restDays = restDays
  }
}
