import GlideConfig
import GlideLog

extension ProgramStanding {
  /// The program's weeks so far with their sessions done, for `glide stats`.
  public var adherence: ProgramAdherence {
    let planned = program.sessions.count
    let weeksSoFar = max(1, min(day.week, program.weeks.count))
    let perWeek = (1...weeksSoFar).map { week in
      let weekStart = start + Int64(week - 1) * 7
      let ids = (0..<planned).map {
        ProgramPlanner.routineID(program: program.id, week: week, session: $0)
      }
      let done = Set(
        sessions.filter { $0.didWork && $0.day >= weekStart && $0.day < weekStart + 7 }
          .compactMap { ids.firstIndex(of: $0.routine) })
      return ProgramAdherence.Week(number: week, done: done.count, planned: planned)
    }
    let behind = isBehind
    // What to do, in remind's words when the week can no longer be met (a rest day's
    // "Today: done" would give nothing to act on).
    let advice = cannotBeMetWords.map { $0.prefix(1).uppercased() + $0.dropFirst() } ?? todayLine
    return ProgramAdherence(
      id: program.id, name: program.name, week: day.week, weeks: program.weeks.count,
      perWeek: perWeek, isBehind: behind, next: behind ? advice : nil)
  }
}
