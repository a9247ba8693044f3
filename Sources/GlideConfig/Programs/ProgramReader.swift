import GlideCore

/// Reads a program file's values into a program, one function per part (the top keys,
/// each session, the rest days, each week), gathering every error and warning.
struct ProgramReader {
  let places: ProgramPlaces
  let file: String
  let context: ProgramDecoder.Context
  /// What is wrong, in the order found.
  var diagnostics: [Diagnostic] = []

  init(places: ProgramPlaces, file: String, context: ProgramDecoder.Context) {
    self.places = places
    self.file = file
    self.context = context
  }

  /// The program the values make (kept only when no error was found).
  mutating func program(_ values: [String: ProgramValue], id: String) -> Program {
    unknownKeys(values, known: ProgramDecoder.topKeys, nil, nil)
    let name = values["name"]?.text ?? ""
    if name.isEmpty || SafeText.firstControl(in: name) != nil {
      report(.error, "name", nil, nil, "a program needs a name = \"...\" of plain text")
    }
    let summary = values["summary"]?.text ?? ""
    if values["summary"] != nil,
      values["summary"]?.text == nil || SafeText.firstControl(in: summary) != nil
    {
      report(.error, "summary", nil, nil, "must be plain text")
    }
    var restDays = 1
    if let raw = values["rest_days"] {
      if case .int(let days) = raw, SettingRanges.restDays.contains(days) {
        restDays = days
      } else {
        report(.error, "rest_days", nil, nil, "must be a whole number of days, 0 to 3")
      }
    }
    var checkIn = false
    if let raw = values["check_in"] {
      if case .bool(let flag) = raw {
        checkIn = flag
      } else {
        report(.error, "check_in", nil, nil, "must be true or false")
      }
    }
    let (sessions, areas) = sessions(Self.tables(values["sessions"]))
    if restDays == 0 { sameAreaWarnings(areas) }
    let weekTables = Self.tables(values["weeks"])
    if weekTables.isEmpty || weekTables.count > SettingRanges.programWeeks.upperBound {
      report(.error, "weeks", nil, nil, "a program has 1 to 26 [[weeks]] tables, one per week")
    }
    let weeks = weekTables.enumerated().map { week($1, index: $0) }
    return Program(
      id: id, name: name, summary: summary, sessions: sessions, weeks: weeks,
      restDays: restDays, checkIn: checkIn)
  }

  /// Records one finding about `key` of the table `table` (`sessions`, `weeks` or nil for
  /// the top) number `index`; most are about a value, those about the key point at it.
  mutating func report(
    _ severity: Diagnostic.Severity, _ key: String, _ table: String?, _ index: Int?,
    _ message: String, atKey: Bool = false
  ) {
    let position = places.position(ofKey: key, inTable: table, index: index, atKey: atKey)
    let place = table.map { "\($0 == "weeks" ? "week" : "session") \((index ?? 0) + 1)" }
    diagnostics.append(
      Diagnostic(
        severity, file: file, line: position?.line, column: position?.column, place: place,
        key: key, message: message))
  }

  mutating func unknownKeys(
    _ table: [String: ProgramValue], known: [String], _ name: String?, _ index: Int?
  ) {
    for key in table.keys.sorted() where !known.contains(key) {
      let message = "unknown key" + Suggestion.didYouMean(key, among: known)
      report(.error, key, name, index, message, atKey: true)
    }
  }

  /// The week's sessions, with the areas each works.
  mutating func sessions(_ tables: [[String: ProgramValue]]) -> (
    [Program.Session], [Set<String>]
  ) {
    if tables.isEmpty {
      report(.error, "sessions", nil, nil, "no sessions: add [[sessions]] tables, 2-3 of them")
    }
    var sessions: [Program.Session] = []
    var areas: [Set<String>] = []
    for (index, table) in tables.enumerated() {
      guard let (session, worked) = session(table, index: index) else { continue }
      sessions.append(session)
      areas.append(worked)
    }
    if tables.count > Evidence.sessionsPerWeek.upperBound {
      report(
        .warning, "sessions", nil, nil,
        "\(tables.count) sessions a week is more than 3 (2-3 dedicated sessions suit "
          + "most goals; more adds little)")
    }
    return (sessions, areas)
  }

  /// One session: a routine, or a routine built from the library.
  mutating func session(_ table: [String: ProgramValue], index: Int) -> (
    Program.Session, Set<String>
  )? {
    let keys = ProgramDecoder.sessionKeys + ProgramDecoder.progressionKeys
    unknownKeys(table, known: keys, "sessions", index)
    for key in ProgramDecoder.progressionKeys where table[key] != nil {
      report(
        .warning, key, "sessions", index,
        "progression belongs to a [[weeks]] table: add load, range or tempo across weeks, "
          + "not from one session to the next", atKey: true)
    }
    guard let routineID = table["routine"] else {
      return buildRequest(table, index).map {
        (.build($0), Set($0.areas.map { $0.lowercased() }))
      }
    }
    for key in ["areas", "minutes", "equipment", "purpose"] where table[key] != nil {
      report(
        .error, key, "sessions", index, "a session is a routine or a build, not both", atKey: true)
    }
    guard let id = routineID.text, let routine = context.routine(id) else {
      report(
        .error, "routine", "sessions", index, context.unknownRoutine(routineID.text ?? ""))
      return nil
    }
    return (.routine(id), ProgramDecoder.passiveAreas(routine))
  }

  /// With no rest days: a warning for each two sessions in a row that work an area.
  mutating func sameAreaWarnings(_ areas: [Set<String>]) {
    guard areas.count > 1 else { return }
    for index in areas.indices {
      let next = (index + 1) % areas.count
      let shared = areas[index].intersection(areas[next])
      if next != index, !shared.isEmpty, index < next || areas.count > 2 {
        report(
          .warning, "rest_days", nil, nil,
          "sessions \(index + 1) and \(next + 1) both work \(shared.sorted().joined(separator: ", ")) "
            + "with no rest day between (the same tissue every day gives diminishing returns)")
      }
    }
  }

  /// One week: its name and what it adds.
  mutating func week(_ table: [String: ProgramValue], index: Int) -> Program.Week {
    unknownKeys(table, known: ProgramDecoder.weekKeys, "weeks", index)
    var week = Program.Week(name: table["name"]?.text ?? "Week \(index + 1)")
    if table["name"] != nil,
      table["name"]?.text == nil || SafeText.firstControl(in: week.name) != nil
    {
      report(.error, "name", "weeks", index, "must be plain text")
    }
    if let seconds = weekSeconds(
      table, "hold_seconds", SettingRanges.addedHoldSeconds, index,
      "seconds added to each hold, 0 to 120")
    {
      week.progression.holdSeconds = seconds
    }
    if let value = table["reps"] {
      if case .int(let reps) = value, SettingRanges.addedReps.contains(reps) {
        week.progression.reps = reps
      } else {
        report(
          .error, "reps", "weeks", index, "reps added to each reps step, a whole number 0 to 5")
      }
    }
    if let seconds = weekSeconds(
      table, "tempo_seconds", SettingRanges.addedTempoSeconds, index,
      "seconds added to each paced rep, 0 to 3")
    {
      week.progression.tempoSeconds = seconds
    }
    if let value = table["add_areas"] {
      let names = Self.stringList(value)
      if names == nil {
        report(.error, "add_areas", "weeks", index, "a list of areas: [\"glutes\"]")
      }
      for raw in names ?? [] {
        do {
          week.progression.addedAreas.append(try context.library.area(named: raw))
        } catch {
          report(.error, "add_areas", "weeks", index, error.description)
        }
      }
    }
    return week
  }

  /// A week's seconds under `key` when they are in `range`; nil, reported with `expected`,
  /// when they are not, and nil when the key is absent.
  mutating func weekSeconds(
    _ table: [String: ProgramValue], _ key: String, _ range: ClosedRange<Double>, _ index: Int,
    _ expected: String
  ) -> Double? {
    guard let value = table[key] else { return nil }
    guard let seconds = value.number, range.contains(seconds) else {
      report(.error, key, "weeks", index, expected)
      return nil
    }
    return seconds
  }
}
