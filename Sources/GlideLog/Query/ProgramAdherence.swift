import GlideCore

/// How the active program is being kept, for `glide stats`: the sessions done in each of
/// its weeks so far against those planned.
public struct ProgramAdherence: Hashable, Sendable {
  /// One week of the program.
  public typealias Week = ProgramWeekCount

  /// The program's id.
  public var id: String
  /// Its name.
  public var name: String
  /// The week under way (past the last when the program is over).
  public var week: Int
  /// How many weeks it has.
  public var weeks: Int
  /// Each week so far, the one under way last.
  public var perWeek: [Week]
  /// Whether the week under way is behind, as `glide remind` judges it.
  public var isBehind: Bool
  /// What to do next, when behind ("run 'glide next'").
  public var next: String?

  /// Creates the adherence of a program.
  public init(
    id: String, name: String, week: Int, weeks: Int, perWeek: [Week], isBehind: Bool,
    next: String? = nil
  ) {
    self.id = id
    self.name = name
    self.week = week
    self.weeks = weeks
    self.perWeek = perWeek
    self.isBehind = isBehind
    self.next = next
  }

  /// Whether every week of the program is behind it.
  public var isOver: Bool { week > weeks }

  /// Where the program stands, as every surface says it: "week 3 of 6", or "over after
  /// 6 weeks" once it is.
  public var place: String {
    isOver ? "over after \(weeks.counted("week"))" : "week \(week) of \(weeks)"
  }

  /// Each week's sessions done of those planned, "3/3 ✓, 2/3, 1/3 so far".
  public var counts: String {
    perWeek.enumerated().map { offset, week in
      "\(week.done)/\(week.planned)" + (week.done >= week.planned ? " ✓" : "")
        + (offset == perWeek.count - 1 && week.number == self.week ? " so far" : "")
    }.joined(separator: ", ")
  }

  /// "Program   Runner's legs, week 3 of 6: 3/3 ✓, 2/3, 1/3 so far".
  public var line: String {
    "Program   \(name), \(place): \(counts)"
  }

  /// What may follow a program that is over, as `glide program` and `glide next` say it.
  public static func againOrStop(_ id: String) -> String {
    "'glide program start \(id)' runs it again, 'glide program stop' ends it"
  }

  /// The nudge once the program is over: how much of it was done, and what may follow.
  public var overText: String? {
    guard isOver else { return nil }
    let done = perWeek.map(\.done).reduce(0, +)
    let planned = perWeek.map(\.planned).reduce(0, +)
    return "\(name) is over, \(done) of \(planned.counted("session")) done: "
      + Self.againOrStop(id)
  }

  /// The nudge when the week is behind.
  public var behindText: String? {
    guard isBehind, let current = perWeek.last else { return nil }
    return
      "week \(current.number) of \(name) has \(current.done) of \(current.planned.counted("session")) done and is falling behind. "
      + (next ?? "Run 'glide next' today")
  }
}
