import GlideCore

/// `glide stats`: how regularly and how well the person trains, against the evidence.
public struct Stats: Sendable {
  /// Sessions in one ISO week.
  public struct Week: Hashable, Sendable {
    /// ISO year.
    public var year: Int
    /// ISO week number.
    public var week: Int
    /// Sessions that did some work that week.
    public var sessions: Int
    /// Whether it met the weekly target.
    public var met: Bool { sessions >= Evidence.sessionsPerWeek.lowerBound }
    /// `2026-W47`.
    public var label: String { "\(year)-W\(week < 10 ? "0" : "")\(week)" }
  }

  /// A run of days rolling one target without reps for it.
  public struct Nudge: Hashable, Sendable {
    /// The target.
    public var target: String
    /// Consecutive days.
    public var days: Int
    /// The last day of the run.
    public var lastDay: CivilDate
  }

  /// The last N weeks, oldest first, the current week last.
  public var weeks: [Week]
  /// Consecutive weeks meeting the target, up to this week (or last week, while this one
  /// is still under way).
  public var streak: Int
  /// Active minutes per target over the weeks, most first.
  public var minutesByTarget: [(target: String, minutes: Double)]
  /// Passive steps worked, and how many were followed by reps for the same target.
  public var passiveSteps: Int
  /// Passive steps followed by reps.
  public var followedSteps: Int
  /// Targets rolled three or more days running with no reps for them.
  public var nudges: [Nudge]
  /// Per target: the mean of left minus right freedom ratings, and how many sessions rated
  /// both sides.
  public var sideDifference: [(target: String, meanLeftMinusRight: Double, sessions: Int)]
  /// Per area and range test: check-ins before against after, and each week's after.
  public var checkIns: [CheckInTrend]
  /// Areas worked passively in two or more sessions and never followed by reps for them,
  /// with those sessions.
  public var unfollowedAreas: [(target: String, sessions: Int)]
  /// The day of the week today is, 1 (Monday) to 7.
  public var weekday: Int
  /// Whether the log holds a session with work from before the last week shown (so a
  /// short last week is not a new log's first).
  public var loggedBefore = false

  /// Computes the stats over the last `weeks` ISO weeks up to `now`.
  public init(reader: inout LogReader, weeks count: Int, now: Timestamp, time: LocalTime) {
    let today = time.date(now)
    let monday = today.daysSinceEpoch - Int64(today.isoWeekday - 1)
    let firstMonday = monday - Int64(7 * (max(1, count) - 1))
    // Reading parses from a day before the window (time zones), and skims older lines for
    // as long as the streak lasts, however long: weeks before the window are judged as the
    // walk passes them and kept only as a running count (`older`), so memory stays the
    // same for a streak of ten weeks or three thousand.
    var older = WeekRun()
    var perWeek: [Int64: Int] = [:]
    var window = WindowTally()
    var tally = CheckInTally()
    var earlier = false
    var skimmedHour = Int64.min
    var skimmedOffset: Int64 = 0
    var completeWeek = monday
    reader.newestFirst(
      parseWhile: { time.date($0).daysSinceEpoch >= firstMonday - 1 },
      record: { record in
        let day = time.date(record.startedAt).daysSinceEpoch
        if let checkIn = record.checkIn, day >= firstMonday {
          tally.add(checkIn, week: Int((week(of: day) - firstMonday) / 7))
        }
        guard record.didWork else { return true }
        perWeek[week(of: day), default: 0] += 1
        if day < monday - 7 { earlier = true }
        if day >= firstMonday { window.add(record, day: day) }
        return true
      },
      skim: { startedAt, didWork in
        // A million lines may be skimmed: the zone's offset is looked up once an hour of
        // start times, not once a line.
        let hour = floorDiv(startedAt.seconds, 3600)
        if hour != skimmedHour {
          skimmedHour = hour
          skimmedOffset = time.offset(startedAt.seconds)
        }
        let day = floorDiv(startedAt.seconds + skimmedOffset, 86_400)
        let skimmedWeek = week(of: day)
        // Older weeks no longer matter once a week before last week has fallen short of
        // the target: the streak ends there. A week is judged once lines two weeks older
        // are reached, so a line logged late does not end the walk early.
        while completeWeek - 14 > skimmedWeek {
          completeWeek -= 7
          if (perWeek[completeWeek] ?? 0) < Evidence.sessionsPerWeek.lowerBound { return false }
          if completeWeek < firstMonday - 7 {
            perWeek[completeWeek] = nil
            older.add(completeWeek)
          }
        }
        if didWork {
          perWeek[skimmedWeek, default: 0] += 1
          if day < monday - 7 { earlier = true }
        }
        return true
      })
    weeks = Self.weeks(count, from: firstMonday, perWeek: perWeek)
    let start = (perWeek[monday] ?? 0) >= Evidence.sessionsPerWeek.lowerBound ? monday : monday - 7
    streak = older.streak(from: start, perWeek: perWeek)
    minutesByTarget = window.order.map { ($0, window.minutes[$0.lowercased()] ?? 0) }
      .sorted { $0.1 > $1.1 }
    passiveSteps = window.passive
    followedSteps = window.followed
    nudges = window.nudges()
    checkIns = tally.trends(weeks: max(1, count))
    unfollowedAreas = window.passiveSessions
      .filter { $0.value.sessions >= 2 && $0.value.followed == 0 }
      .map { key, sum in (window.name(of: key), sum.sessions) }
      .sorted { $0.target < $1.target }
    weekday = today.isoWeekday
    loggedBefore = earlier
    sideDifference = window.sideSums.map {
      ($0.key, Double($0.value.0) / Double($0.value.1), $0.value.1)
    }
    .sorted { $0.0 < $1.0 }
  }

  /// `count` weeks from the one starting on day `firstMonday`, with their sessions.
  private static func weeks(_ count: Int, from firstMonday: Int64, perWeek: [Int64: Int])
    -> [Week]
  {
    (0..<max(1, count)).map { offset in
      let start = firstMonday + Int64(7 * offset)
      let iso = CivilDate(daysSinceEpoch: start).isoWeek
      return Week(year: iso.year, week: iso.week, sessions: perWeek[start] ?? 0)
    }
  }

  /// The stats as text, with a small bar chart of sessions per week.
  public var lines: [String] { lines(program: nil) }

  /// The stats as text wrapped at word boundaries to `width` columns, a labelled line
  /// ("Areas     ...") going on under its text.
  public func lines(program: ProgramAdherence?, width: Int) -> [String] {
    lines(program: program).flatMap { line in
      let label = line.prefix(10)
      let labelled = label.count == 10 && label.hasSuffix(" ") && label.first != " "
      return line.wrapped(toColumns: width, hangingIndent: labelled ? 10 : nil)
    }
  }

  /// The stats as text: sessions per week as bars, the streak, the areas, follow-through,
  /// sides, the check-ins' trends as charts, the program's adherence, then the nudges.
  public func lines(program: ProgramAdherence?) -> [String] {
    let low = Evidence.sessionsPerWeek.lowerBound
    var lines = ["Sessions per week (\(Evidence.sessionsPerWeekAim))"]
    for week in weeks {
      let bar = String(repeating: "█", count: min(week.sessions, 12))
      let mark = week.met ? "  ✓" : ""
      lines.append(
        "  \(week.label)  \(bar.rightPadded(12)) \(String(week.sessions).leftPadded(2))\(mark)")
    }
    lines.append("Streak    \(streak.counted("week")) in a row with \(low) or more sessions")
    if minutesByTarget.isEmpty {
      lines.append("Areas     nothing worked in these weeks")
    } else {
      lines.append(
        "Areas     "
          + minutesByTarget.prefix(8).map {
            "\($0.target.cut(toColumns: TableColumn.nameLimit)) \(Self.minutes($0.minutes))"
          }
          .joined(separator: ", "))
    }
    if passiveSteps > 0 {
      let percent = Int((Double(followedSteps) / Double(passiveSteps) * 100).rounded())
      lines.append(
        "Active    \(followedSteps) of \(passiveSteps.counted("passive step")) followed by reps (\(percent)%)"
      )
    }
    for side in sideDifference {
      let mean = side.meanLeftMinusRight
      let which =
        mean == 0
        ? "both sides equally free"
        : "\(mean > 0 ? "left" : "right") freer by \(Self.points(abs(mean)))"
      lines.append(
        "Sides     \(side.target): \(which) on average (\(side.sessions.counted("session")))")
    }
    if !checkIns.isEmpty {
      lines.append("Check-ins before→after on average; the chart is each week's after")
      let width = TableColumn.width(checkIns.map(\.label), limit: 18)
      for trend in checkIns { lines.append(trend.line(nameWidth: width)) }
    }
    if let program { lines.append(program.line) }
    for nudge in nudges(program: program) { lines.append("Note      " + nudge.text) }
    return lines
  }

  /// What to do, one line each: daily rolling of one area, a week below the aim, an area
  /// never followed by reps, a program week behind.
  public func nudges(program: ProgramAdherence?) -> [StatsNudge] {
    let low = Evidence.sessionsPerWeek.lowerBound
    var notes: [StatsNudge] = nudges.map { nudge in
      StatsNudge(
        kind: .dailyRolling, area: nudge.target,
        text:
          "\(nudge.target) rolled \(nudge.days.counted("day")) running to \(nudge.lastDay) with no reps:"
          + " rolling the same tissue daily without loading it gives diminishing returns;"
          + " add reps or rest a day")
    }
    if let this = weeks.last, this.sessions < low, weekday >= 4 {
      let more = low - this.sessions
      notes.append(
        StatsNudge(
          kind: .weekBelowTarget,
          text:
            "this week has \(this.sessions.counted("session")) so far, under the \(low)-\(Evidence.sessionsPerWeek.upperBound) that build tissue over weeks:"
            + " fit in \(more == 1 ? "one more" : "\(more) more, a day apart,") by Sunday"))
    } else if let this = weeks.last, this.sessions < low, weeks.count >= 2,
      loggedBefore || weeks.dropLast().contains(where: { $0.sessions > 0 }),
      let last = weeks.dropLast().last, last.sessions < low
    {
      notes.append(
        StatsNudge(
          kind: .weekBelowTarget,
          text:
            "last week had \(last.sessions.counted("session")), under the \(low) a week that make progress:"
            + " plan \(low) this week with a rest day between"))
    }
    for area in unfollowedAreas {
      notes.append(
        StatsNudge(
          kind: .noRepsAfter, area: area.target,
          text:
            "\(area.target) worked passively in \(area.sessions.counted("session")), never followed by reps:"
            + " add 5-10 active reps through the same range after the passive work"))
    }
    if let program, let behind = program.behindText {
      notes.append(StatsNudge(kind: .programBehind, text: behind))
    }
    if let program, let over = program.overText {
      notes.append(StatsNudge(kind: .programOver, text: over))
    }
    return notes
  }

  static func points(_ value: Double) -> String {
    let rounded = (value * 10).rounded() / 10
    return rounded == rounded.rounded() ? "\(Int(rounded))" : "\(rounded)"
  }

  /// Minutes as the clock face every command uses: `1:48`.
  static func minutes(_ value: Double) -> String { History.clock(value * 60) }
}

/// What the sessions inside the weeks shown add up to, one record at a time.
private struct WindowTally {
  /// Active minutes by target (lowercased), and the targets as first written, in order.
  var minutes: [String: Double] = [:]
  var order: [String] = []
  /// Passive steps worked, and those followed by reps for the same target.
  var passive = 0
  var followed = 0
  /// Days each target was rolled, and days it had reps done.
  var rollDays: [String: Set<Int64>] = [:]
  var repsDays: [String: Set<Int64>] = [:]
  /// Per target: the sum of left minus right freedom ratings, and how many sessions.
  var sideSums: [String: (Int, Int)] = [:]
  /// Per target: sessions that worked it passively, and those that followed it with reps.
  var passiveSessions: [String: (sessions: Int, followed: Int)] = [:]

  /// Adds a session that did some work on `day`.
  mutating func add(_ record: SessionRecord, day: Int64) {
    var passiveHere: [String: Bool] = [:]
    for pair in record.steps.sidePairs {
      let sum = sideSums[pair.target] ?? (0, 0)
      sideSums[pair.target] = (sum.0 + pair.left - pair.right, sum.1 + 1)
    }
    for (index, step) in record.steps.enumerated() where step.outcome != .skipped {
      let key = step.target.lowercased()
      // As the summary counts them: rest and breathing work no area.
      if step.technique.worksArea(key) {
        if minutes[key] == nil { order.append(step.target) }
        minutes[key, default: 0] += step.elapsed.seconds / 60
      }
      if step.technique.isPassive {
        passive += 1
        let isFollowed = record.steps.isFollowedByReps(index)
        if isFollowed { followed += 1 }
        passiveHere[key] = (passiveHere[key] ?? false) || isFollowed
      }
      if step.technique == .roll { rollDays[key, default: []].insert(day) }
      if step.technique == .reps, (step.repsDone ?? 0) > 0 {
        repsDays[key, default: []].insert(day)
      }
    }
    for (key, isFollowed) in passiveHere {
      let sum = passiveSessions[key] ?? (0, 0)
      passiveSessions[key] = (sum.sessions + 1, sum.followed + (isFollowed ? 1 : 0))
    }
  }

  /// A target's name as first written, for its lowercased key.
  func name(of key: String) -> String {
    order.first { $0.lowercased() == key } ?? key
  }

  /// Each target's longest run (three days or more) of days rolled without reps, by name.
  func nudges() -> [Stats.Nudge] {
    var nudges: [Stats.Nudge] = []
    for (target, days) in rollDays {
      let bare = days.subtracting(repsDays[target] ?? []).sorted()
      var best: Stats.Nudge?
      var runStart = 0
      for index in bare.indices {
        if index > 0, bare[index] != bare[index - 1] + 1 { runStart = index }
        let length = index - runStart + 1
        if length >= 3, best.map({ length >= $0.days }) ?? true {
          best = Stats.Nudge(
            target: name(of: target), days: length,
            lastDay: CivilDate(daysSinceEpoch: bare[index]))
        }
      }
      if let best { nudges.append(best) }
    }
    return nudges.sorted { $0.target < $1.target }
  }
}

/// The day (since the epoch) of the Monday starting the ISO week that holds `day`.
private func week(of day: Int64) -> Int64 {
  day - Int64(CivilDate(daysSinceEpoch: day).isoWeekday - 1)
}
