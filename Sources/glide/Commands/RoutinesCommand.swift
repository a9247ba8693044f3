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
        Suggestion.unknown("phase", phase, use: RoutinePhase.allCases.map(\.rawValue))
      )
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
    let nameWidth = TableColumn.width(routines.map(\.name))
    if entries.isEmpty { Output.line("no routine matches") }
    let chosen = settings.routine
    if chosen.origin != .builtIn, !chosen.value.hasSuffix(".toml"),
      !catalog.entries.contains(where: { $0.id == chosen.value })
    {
      let unknown = RoutineCatalog.UnknownRoutine(
        id: chosen.value, known: catalog.entries.map(\.id))
      printError("glide: \(chosen.origin): routine: \(unknown.description)")
    }
    for entry in entries {
      guard let routine = entry.routine else {
        let reason = entry.firstError?.description ?? "unreadable"
        Output.line("\(entry.id.column(idWidth))  BROKEN: \(reason)")
        continue
      }
      var line = PlanText.listingLine(
        routine, settings: settings, idWidth: idWidth, nameWidth: nameWidth)
      if entry.id == settings.routine.value { line += "  (default)" }
      if entry.overridesBuiltin {
        line += "  (yours, replaces the built-in)"
      } else if entry.isUsers {
        line += "  (yours)"
      }
      Output.line(line)
    }
  }
}
