import GlideConfig

extension ProgramStanding {
  /// Where this week's sessions still to do fit, from the first day one may be done (today,
  /// or after the rest days a session done today or lately asks); nil when the week asks
  /// nothing more (done, not started, or the program over).
  public var weekFit: WeekFit? {
    let earliest: Int64
    switch day.choice {
    case .run: earliest = today
    case .doneToday:
      earliest = ProgramDay.nextSessionDay(after: today, restDays: program.restDays)
    case .rest(let until): earliest = until
    case .weekDone, .notStarted, .finished: return nil
    }
    return WeekFit(
      left: day.sessions - day.done.count, earliest: earliest, last: day.weekStart + 6,
      restDays: program.restDays)
  }

  /// Whether the week is behind: the one rule `glide remind` speaks by and `glide stats`
  /// and the report mark. Behind when the sessions left no longer fit in the week (said on
  /// a rest day too, since only starting sooner could have helped), or, on a day a session
  /// is due, when fewer are done than an even spread asks by now.
  public var isBehind: Bool {
    guard let fit = weekFit else { return false }
    return !fit.canBeMet || day.isBehind(today: today, restDays: program.restDays)
  }

  /// "the week can no longer be met: 2 left, and only 1 fits with 1 rest day between
  /// sessions (Wednesday)", as remind and stats both say it; nil while the week can be met.
  public var cannotBeMetWords: String? {
    guard let fit = weekFit, !fit.canBeMet else { return nil }
    let days = fit.days.isEmpty ? "" : " (\(fit.dayWords(today: today)))"
    return "the week can no longer be met: " + fit.cannotBeMetWords + days
  }
}
