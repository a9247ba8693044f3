import GlideCore
import GlideTOML

/// Turns a program file into a program, or into messages naming file, line and key; warns
/// where the plan strays from the evidence (more than 3 sessions a week, the same area
/// rolled on two days running, progression inside a week).
public enum ProgramDecoder {
  static let topKeys = ["name", "summary", "rest_days", "check_in", "sessions", "weeks"]
  static let sessionKeys = ["routine", "areas", "minutes", "equipment", "purpose"]
  static let progressionKeys = ["hold_seconds", "reps", "tempo_seconds", "add_areas"]
  static let weekKeys = ["name"] + progressionKeys

  /// What a program may refer to: the routines and library areas that exist.
  public struct Context: Sendable {
    /// The routine with an id, if any.
    public var routine: @Sendable (String) -> Routine?
    /// The library the areas of built sessions come from.
    public var library: Library

    /// A context of these routines and this library.
    public init(routine: @escaping @Sendable (String) -> Routine?, library: Library) {
      self.routine = routine
      self.library = library
    }

    /// The built-in routines and library.
    public static let builtin = Context(
      routine: { BuiltinRoutines.routine(id: $0) }, library: Library.builtin)
  }

  /// The program, when there were no errors, with every error and warning.
  public struct Result: Sendable {
    /// The program, unless the file has errors.
    public var program: Program?
    /// Errors and warnings, in file order.
    public var diagnostics: [Diagnostic]
  }

  /// Decodes raw bytes (checking size and UTF-8 first).
  public static func decode(bytes: [UInt8], id: String, file: String, context: Context) -> Result {
    switch TOMLSource.table(bytes: bytes, file: file, header: "[[sessions]]") {
    case .failure(let diagnostic): return Result(program: nil, diagnostics: [diagnostic])
    case .success(let table):
      return decode(
        values: ProgramValue.tree(table), places: ProgramPlaces(table), id: id, file: file,
        context: context)
    }
  }

  static func decode(
    values: [String: ProgramValue], places: ProgramPlaces, id: String, file: String,
    context: Context
  ) -> Result {
    var diagnostics: [Diagnostic] = []
    func report(
      _ severity: Diagnostic.Severity, _ key: String, _ table: String?, _ index: Int?,
      _ message: String, atKey: Bool
    ) {
      let position = places.position(ofKey: key, inTable: table, index: index, atKey: atKey)
      let place = table.map { "\($0 == "weeks" ? "week" : "session") \((index ?? 0) + 1)" }
      diagnostics.append(
        Diagnostic(
          severity, file: file, line: position?.line, column: position?.column, place: place,
          key: key, message: message))
    }
    // Most messages are about a value; those about the key itself point at the key.
    func report(
      _ severity: Diagnostic.Severity, _ key: String, _ table: String?, _ index: Int?,
      _ message: String
    ) {
      report(severity, key, table, index, message, atKey: false)
    }
    func unknownKeys(
      _ table: [String: ProgramValue], known: [String], _ name: String?, _ index: Int?
    ) {
      for key in table.keys.sorted() where !known.contains(key) {
        let message = "unknown key" + Suggestion.didYouMean(key, among: known)
        report(.error, key, name, index, message, atKey: true)
      }
    }
    unknownKeys(values, known: topKeys, nil, nil)
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
      if case .int(let days) = raw, (0...3).contains(days) {
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
    var sessions: [Program.Session] = []
    var sessionAreas: [Set<String>] = []
    let sessionTables = tables(values["sessions"])
    if sessionTables.isEmpty {
      report(.error, "sessions", nil, nil, "no sessions: add [[sessions]] tables, 2-3 of them")
    }
    for (index, table) in sessionTables.enumerated() {
      unknownKeys(table, known: sessionKeys + progressionKeys, "sessions", index)
      for key in progressionKeys where table[key] != nil {
        report(
          .warning, key, "sessions", index,
          "progression belongs to a [[weeks]] table: add load, range or tempo across weeks, "
            + "not from one session to the next", atKey: true)
      }
      if let routineID = table["routine"] {
        for key in ["areas", "minutes", "equipment", "purpose"] where table[key] != nil {
          report(
            .error, key, "sessions", index, "a session is a routine or a build, not both",
            atKey: true)
        }
        guard let routineID = routineID.text, let routine = context.routine(routineID) else {
          report(.error, "routine", "sessions", index, "unknown routine '\(routineID.text ?? "")'")
          continue
        }
        sessions.append(.routine(routineID))
        sessionAreas.append(passiveAreas(routine))
      } else if let request = buildRequest(table, index, context.library, report) {
        sessions.append(.build(request))
        sessionAreas.append(Set(request.areas.map { $0.lowercased() }))
      }
    }
    if sessionTables.count > Evidence.sessionsPerWeek.upperBound {
      report(
        .warning, "sessions", nil, nil,
        "\(sessionTables.count) sessions a week is more than 3 (2-3 dedicated sessions suit "
          + "most goals; more adds little)")
    }
    if restDays == 0, sessions.count > 1 {
      for index in sessions.indices {
        let next = (index + 1) % sessions.count
        let shared = sessionAreas[index].intersection(sessionAreas[next])
        if next != index, !shared.isEmpty, index < next || sessions.count > 2 {
          report(
            .warning, "rest_days", nil, nil,
            "sessions \(index + 1) and \(next + 1) both work \(shared.sorted().joined(separator: ", ")) "
              + "with no rest day between (the same tissue every day gives diminishing returns)")
        }
      }
    }
    var weeks: [Program.Week] = []
    let weekTables = tables(values["weeks"])
    if weekTables.isEmpty || weekTables.count > 26 {
      report(.error, "weeks", nil, nil, "a program has 1 to 26 [[weeks]] tables, one per week")
    }
    for (index, table) in weekTables.enumerated() {
      unknownKeys(table, known: weekKeys, "weeks", index)
      var week = Program.Week(name: table["name"]?.text ?? "Week \(index + 1)")
      if table["name"] != nil,
        table["name"]?.text == nil || SafeText.firstControl(in: week.name) != nil
      {
        report(.error, "name", "weeks", index, "must be plain text")
      }
      if let value = table["hold_seconds"] {
        if let seconds = value.number, (0...120).contains(seconds) {
          week.progression.holdSeconds = seconds
        } else {
          report(.error, "hold_seconds", "weeks", index, "seconds added to each hold, 0 to 120")
        }
      }
      if let value = table["reps"] {
        if case .int(let reps) = value, (0...5).contains(reps) {
          week.progression.reps = reps
        } else {
          report(
            .error, "reps", "weeks", index, "reps added to each reps step, a whole number 0 to 5")
        }
      }
      if let value = table["tempo_seconds"] {
        if let seconds = value.number, (0...3).contains(seconds) {
          week.progression.tempoSeconds = seconds
        } else {
          report(.error, "tempo_seconds", "weeks", index, "seconds added to each paced rep, 0 to 3")
        }
      }
      if let value = table["add_areas"] {
        let names = stringList(value)
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
      weeks.append(week)
    }
    diagnostics = diagnostics.enumerated().sorted {
      ($0.element.line ?? 0, $0.element.column ?? 0, $0.offset)
        < ($1.element.line ?? 0, $1.element.column ?? 0, $1.offset)
    }.map(\.element)
    guard !diagnostics.contains(where: { $0.severity == .error }) else {
      return Result(program: nil, diagnostics: diagnostics)
    }
    return Result(
      program: Program(
        id: id, name: name, summary: summary, sessions: sessions, weeks: weeks,
        restDays: restDays, checkIn: checkIn),
      diagnostics: diagnostics)
  }

  /// The areas a routine's passive steps work, in lower case.
  public static func passiveAreas(_ routine: Routine) -> Set<String> {
    Set(routine.steps.filter(\.technique.isPassive).map { $0.target.lowercased() })
  }

  private static func tables(_ value: ProgramValue?) -> [[String: ProgramValue]] {
    guard case .array(let items) = value else { return [] }
    return items.compactMap {
      if case .table(let table) = $0 { return table }
      return nil
    }
  }

  private static func stringList(_ value: ProgramValue) -> [String]? {
    if case .string(let one) = value { return [one] }
    guard case .array(let items) = value else { return nil }
    let texts = items.compactMap(\.text)
    return texts.count == items.count ? texts : nil
  }

  private static func buildRequest(
    _ table: [String: ProgramValue], _ index: Int, _ library: Library,
    _ report: (Diagnostic.Severity, String, String?, Int?, String) -> Void
  ) -> BuildRequest? {
    guard let raw = table["areas"].flatMap(stringList), !raw.isEmpty else {
      report(
        .error, "areas", "sessions", index, "a session needs routine = \"ID\" or areas = [...]")
      return nil
    }
    var failed = false
    var areas: [String] = []
    for name in raw {
      do {
        let area = try library.area(named: name)
        if !areas.contains(area) { areas.append(area) }
      } catch {
        report(.error, "areas", "sessions", index, error.description)
        failed = true
      }
    }
    var minutes = 15
    if let value = table["minutes"] {
      if case .int(let given) = value, (5...90).contains(given) {
        minutes = given
      } else {
        report(.error, "minutes", "sessions", index, "a whole number of minutes, 5 to 90")
        failed = true
      }
    }
    var equipment: Set<Equipment> = []
    for name in table["equipment"].flatMap(stringList) ?? [] {
      guard let kit = Equipment(rawValue: name) else {
        report(
          .error, "equipment", "sessions", index,
          Suggestion.unknown("equipment", name, use: Equipment.allCases.map(\.rawValue))
        )
        failed = true
        continue
      }
      equipment.insert(kit)
    }
    var purpose = RoutinePhase.any
    if let value = table["purpose"] {
      guard let text = value.text, let given = RoutinePhase(rawValue: text) else {
        report(
          .error, "purpose", "sessions", index,
          "use one of \(RoutinePhase.allCases.map(\.rawValue).joined(separator: ", "))")
        return nil
      }
      purpose = given
    }
    return failed
      ? nil : BuildRequest(areas: areas, minutes: minutes, equipment: equipment, purpose: purpose)
  }
}
