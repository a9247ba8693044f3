import GlideCore

/// Reading a program's built session (`areas`, `minutes`, `equipment`, `purpose`), and
/// the shapes of values a program file holds.
extension ProgramReader {
  /// A session built from the library, or nil with its errors recorded.
  mutating func buildRequest(_ table: [String: ProgramValue], _ index: Int) -> BuildRequest? {
    guard let raw = table["areas"].flatMap(Self.stringList), !raw.isEmpty else {
      report(
        .error, "areas", "sessions", index, "a session needs routine = \"ID\" or areas = [...]")
      return nil
    }
    var failed = false
    var areas: [String] = []
    for name in raw {
      do {
        let area = try context.library.area(named: name)
        if !areas.contains(area) { areas.append(area) }
      } catch {
        report(.error, "areas", "sessions", index, error.description)
        failed = true
      }
    }
    var minutes = 15
    if let value = table["minutes"] {
      let range = SettingRanges.sessionMinutes
      if case .int(let given) = value, range.contains(given) {
        minutes = given
      } else {
        // The value said, as other numbers' errors say it ("0 is outside 1-100").
        let bounds = "\(range.lowerBound)-\(range.upperBound)"
        let message =
          if case .int(let given) = value {
            "\(given) is outside \(bounds) (a whole number of minutes)"
          } else { "must be a whole number of minutes, \(bounds)" }
        report(.error, "minutes", "sessions", index, message)
        failed = true
      }
    }
    var equipment: Set<Equipment> = []
    for name in table["equipment"].flatMap(Self.stringList) ?? [] {
      guard let kit = Equipment(rawValue: name) else {
        report(
          .error, "equipment", "sessions", index,
          Suggestion.unknownName(
            "equipment", name, known: Equipment.allCases.map(\.rawValue), plural: "equipment"))
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
          Suggestion.unknownName(
            "purpose", value.text ?? "", known: RoutinePhase.allCases.map(\.rawValue)))
        return nil
      }
      purpose = given
    }
    return failed
      ? nil : BuildRequest(areas: areas, minutes: minutes, equipment: equipment, purpose: purpose)
  }

  /// The tables of an array of tables (`[[sessions]]`, `[[weeks]]`).
  static func tables(_ value: ProgramValue?) -> [[String: ProgramValue]] {
    guard case .array(let items) = value else { return [] }
    return items.compactMap {
      if case .table(let table) = $0 { return table }
      return nil
    }
  }

  /// A string, or an array of strings.
  static func stringList(_ value: ProgramValue) -> [String]? {
    if case .string(let one) = value { return [one] }
    guard case .array(let items) = value else { return nil }
    let texts = items.compactMap(\.text)
    return texts.count == items.count ? texts : nil
  }
}
