import ArgumentParser
import GlideConfig
import GlideCore

/// `glide routines`: one line per routine, the person's own marked.
struct RoutinesCommand: ParsableCommand, LogCommand {
  static let configuration = CommandConfiguration(
    commandName: "routines", abstract: "List the routines: id, name, phase, steps, total time.")

  @Option(
    help: ArgumentHelp(
      "Only routines for this phase (routines for any time included).",
      valueName: "warm-up|recovery|break|any"), completion: .phases)
  var phase: String?

  @Option(help: "Only routines that work this body area (see 'glide library').", completion: .areas)
  var area: String?

  @OptionGroup var log: LogOptions

  func validate() throws {
    if let phase, RoutinePhase(rawValue: phase) == nil {
      throw ValidationError(
        "--phase: "
          + Suggestion.unknownName("phase", phase, known: RoutinePhase.allCases.map(\.rawValue)))
    }
  }

  func run() throws {
    let settings = configSettings()
    let catalog = RoutineCatalog(configDirectory: configDirectory())
    var areaName: String?
    if let area {
      do {
        areaName = try Library.load(configDirectory: configDirectory()).library.area(named: area)
      } catch {
        throw fail(error.description)
      }
    }
    let entries = catalog.entries(phase: phase.flatMap(RoutinePhase.init), area: areaName)
    let routines = entries.compactMap(\.routine)
    let idWidth = TableColumn.width(entries.map(\.id))
    // The name gives way so that a row and a short mark fit the terminal; a longer mark
    // that does not fit goes on a line of its own.
    let marks = entries.map { mark($0, chosen: settings.routine.value) }
    let room = Output.width - idWidth - 2 - PlanText.listingOtherColumns
    let nameWidth = TableColumn.shrunk(
      [TableColumn.width(routines.map(\.name))],
      toFit: room - min(marks.map(\.columns).max() ?? 0, "  (default)".columns))[0]
    if entries.isEmpty { Output.line("no routine matches") }
    for (entry, mark) in zip(entries, marks) {
      guard let routine = entry.routine else {
        let reason = entry.firstError?.description ?? "unreadable"
        // Whole, as every diagnostic: a file's path must stay one word to copy.
        Output.line("\(entry.id.column(idWidth))  BROKEN: \(reason)")
        continue
      }
      let line = PlanText.listingLine(
        routine, settings: settings, idWidth: idWidth, nameWidth: nameWidth)
      if (line + mark).columns <= Output.width {
        Output.line(line + mark)
      } else {
        Output.line(line)
        Output.wrappedLines([String(repeating: " ", count: idWidth) + mark])
      }
    }
  }

  /// What follows a routine's row: whether it is the default, whether it is the person's.
  private func mark(_ entry: RoutineCatalog.Entry, chosen: String) -> String {
    var mark = entry.id == chosen ? "  (default)" : ""
    if entry.overridesBuiltin {
      mark += "  (yours, replaces the built-in)"
    } else if entry.isUsers {
      mark += "  (yours)"
    }
    return mark
  }
}
