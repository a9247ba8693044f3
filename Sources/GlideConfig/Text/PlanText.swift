import GlideCore

/// Plain-text listings of routines and plans, fit for a pipe. Every length is the one a
/// session with the same settings runs (`Settings.plan(_:)`), the config's pauses in it.
public enum PlanText {
  /// One line for `glide routines`.
  public static func listingLine(
    _ routine: Routine, settings: Settings, idWidth: Int, nameWidth: Int
  ) -> String {
    let plan = settings.plan(routine)
    return [
      routine.id.column(idWidth), routine.name.column(nameWidth),
      routine.phase.rawValue.rightPadded(8), plan.stepCount.counted("step").leftPadded(8),
      plan.total.clockFace.leftPadded(5),
    ].joined(separator: "  ")
  }

  /// The columns a `listingLine` takes besides the id and the name: phase, steps and time
  /// with the spaces between the columns.
  public static let listingOtherColumns = 8 + 8 + 5 + 4 * 2

  /// A reps step's count, movement and pacing, e.g. `8 × Calf raises, paced 2-1-2 s: out,
  /// hold, back`, as the screen names the parts; a step without a tempo is paced at the
  /// default one, unless counted by key.
  public static func repsAmount(_ step: Step) -> String {
    var amount = "\(step.reps ?? 0) × \(step.movement ?? "reps")"
    if let phases = step.tempoPhases {
      amount +=
        ", paced " + phases.map { String($0.description.dropLast()) }.joined(separator: "-")
        + " s: " + RepPart.names(of: phases.count)
    } else if step.countsByKey {
      amount += ", counted: press enter after each"
    } else {
      let tempo = step.tempo ?? Plan.Settings().repTempo
      amount += ", paced \(tempo.description) per rep"
    }
    return amount
  }

  /// A routine's total as a session with `settings` runs it, e.g. `12:30`.
  public static func total(_ routine: Routine, settings: Settings) -> String {
    settings.plan(routine).total.clockFace
  }

  /// The numbered plan for `glide show`, line by line, wrapped at word boundaries to
  /// `width` columns: a step's amount goes on under itself, its cue under the cue.
  public static func plan(_ routine: Routine, settings: Settings, width: Int) -> [String] {
    plan(routine, settings: settings).flatMap { line in
      let isStep = line.first == " " && !line.hasPrefix("       ")
      return line.wrapped(toColumns: width, hangingIndent: isStep ? amountColumn : nil)
    }
  }

  /// Where a plan line's amount starts: after the number, what and target columns.
  static let amountColumn = 4 + 1 + 12 + 1 + 26 + 1

  /// The numbered plan for `glide show`, line by line.
  public static func plan(_ routine: Routine, settings: Settings) -> [String] {
    let plan = settings.plan(routine)
    var lines = ["\(routine.name) (\(routine.id)) · \(routine.phase.rawValue)"]
    if !routine.summary.isEmpty { lines.append(routine.summary) }
    lines.append("")
    for item in plan.items {
      let number: String
      let what: String
      switch item.kind {
      case .leadIn:
        number = ""
        what = "get ready"
      case .switchSides:
        number = ""
        what = "switch sides"
      case .transition:
        number = ""
        what = "transition"
      case .step:
        number = "\(item.number)."
        what = item.technique.rawValue
      }
      var amount: String
      if item.technique == .reps, item.kind == .step {
        amount = repsAmount(item.step)
      } else {
        amount = item.planned.clockFace
        if let breaths = item.step.breaths { amount += " (\(breaths.counted("breath")))" }
        if let breath = item.step.breath { amount += "  breath \(breath)" }
      }
      if item.kind == .step, let round = item.round {
        amount += "  (round \(round) of \(item.rounds ?? round))"
      }
      let target = item.kind == .switchSides || item.kind == .transition ? "" : item.targetWithSide
      lines.append(
        "\(number.leftPadded(4)) \(what.rightPadded(12)) \(target.column(26)) \(amount)")
      if item.kind == .step, let cue = item.step.cue { lines.append("       \(cue)") }
    }
    lines.append("")
    lines.append("Total \(plan.total.clockFace) · \(plan.stepCount.counted("step"))")
    if let line = checkInLine(routine) { lines.append(line) }
    return lines
  }

  /// What the routine's check-ins ask, for `glide show`: always when it sets `check_in`,
  /// else with `--check-in`.
  public static func checkInLine(_ routine: Routine) -> String? {
    guard let checkIn = CheckInPlan(routine) else { return nil }
    var asks: [String] = []
    if !checkIn.areas.isEmpty {
      asks.append("rate " + checkIn.areas.joined(separator: ", ") + " 0-10")
    }
    if let test = checkIn.rangeTest { asks.append("\(test.name) in \(test.unit)") }
    let when = routine.checkIn ? "before and after" : "with --check-in"
    return "Check-in \(when): " + asks.joined(separator: "; ")
  }
}
