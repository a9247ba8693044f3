import ArgumentParser
import GlideConfig

/// `glide routines`: one line per routine.
struct RoutinesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "routines", abstract: "List the routines: id, name, phase, steps, total time.")

  @OptionGroup var log: LogOptions

  func run() throws {
    log.recoverJournals()
    let routines = BuiltinRoutines.all
    let idWidth = routines.map(\.id.count).max() ?? 0
    let nameWidth = routines.map(\.name.count).max() ?? 0
    for routine in routines {
      var line = PlanText.listingLine(routine, idWidth: idWidth, nameWidth: nameWidth)
      if routine.id == BuiltinRoutines.defaultID { line += "  (default)" }
      print(line)
    }
  }
}
