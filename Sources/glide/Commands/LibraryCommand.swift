import ArgumentParser
import GlideConfig
import GlideCore

/// `glide library [AREA]`: the techniques and movements Glide knows, per body area.
struct LibraryCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "library",
    abstract: "List the technique library: passive techniques and movements per body area.",
    discussion: """
      Your own entries in $XDG_CONFIG_HOME/glide/library/*.toml are listed too, marked \
      (yours); check them with 'glide check'.
      """)

  @Argument(
    help: "A body area (e.g. calves, it-band, upper-back); all when left out.", completion: .areas)
  var area: String?

  func run() throws {
    let (library, problems) = Library.load(configDirectory: configDirectory())
    for problem in problems where problem.severity == .error { printError(problem.description) }
    var areas = library.areas
    if let area {
      do {
        areas = [try library.area(named: area)]
      } catch {
        throw fail(error.description)
      }
    }
    var lines: [String] = []
    for area in areas {
      if !lines.isEmpty { lines.append("") }
      let sides = library.isTwoSided(area) ? " · both sides" : ""
      lines.append("\(area) (\(Library.slug(area)))\(sides)")
      for entry in library.entries(for: area) { lines += Self.lines(entry) }
    }
    // An entry's amount goes on under itself, its cue under the cue.
    Output.wrappedLines(lines) { $0.hasPrefix("  ") && !$0.hasPrefix("      ") ? 22 : nil }
  }

  /// An entry's line, then its cue.
  static func lines(_ entry: LibraryEntry) -> [String] {
    let step = entry.step
    var amount: String
    if entry.isMovement {
      amount = PlanText.repsAmount(step)
    } else {
      amount = step.duration?.clockFace ?? ""
      if let breath = step.breath { amount += "  breath \(breath)" }
    }
    if step.sides == .both { amount += "  each side" }
    if entry.file != nil { amount += "  (yours)" }
    let equipment = entry.isMovement ? "" : entry.equipment.rawValue
    var lines = [
      "  \(step.technique.rawValue.rightPadded(11)) \(equipment.rightPadded(7)) \(amount)"
    ]
    if let cue = step.cue { lines.append("      \(cue)") }
    return lines
  }
}
