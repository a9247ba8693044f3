import ArgumentParser
import GlideConfig

/// `glide routines`: one line per routine, the person's own marked.
struct RoutinesCommand: ParsableCommand, LogCommand {
  static let configuration = CommandConfiguration(
    commandName: "routines", abstract: "List the routines: id, name, phase, steps, total time.")

  @OptionGroup var log: LogOptions

  func run() throws {
    let catalog = RoutineCatalog(configDirectory: configDirectory())
    let routines = catalog.entries.compactMap(\.routine)
    let idWidth = catalog.entries.map(\.id.count).max() ?? 0
    let nameWidth = routines.map(\.name.count).max() ?? 0
    for entry in catalog.entries {
      guard let routine = entry.routine else {
        let reason = entry.firstError?.description ?? "unreadable"
        Output.line("\(entry.id.padded(idWidth))  BROKEN: \(reason)")
        continue
      }
      var line = PlanText.listingLine(routine, idWidth: idWidth, nameWidth: nameWidth)
      if entry.id == BuiltinRoutines.defaultID { line += "  (default)" }
      if entry.overridesBuiltin {
        line += "  (yours, replaces the built-in)"
      } else if entry.isUsers {
        line += "  (yours)"
      }
      Output.line(line)
    }
  }
}
