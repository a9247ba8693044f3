import ArgumentParser
import GlideConfig

/// `glide show [ROUTINE]`: the expanded, numbered plan.
struct ShowCommand: ParsableCommand, LogCommand {
  static let configuration = CommandConfiguration(
    commandName: "show", abstract: "Print a routine's expanded plan and its total time.")

  @Argument(
    help: """
      \(routineArgumentHelp); without one, the routine 'glide run' would run (the config \
      file's 'routine', else desk-reset).
      """,
    completion: .routines)
  var routine: String?

  @OptionGroup var log: LogOptions

  func run() throws {
    let settings = configSettings()
    let (routine, warnings) = try routine.map(loadRoutine) ?? loadRoutine(settings.routine)
    for warning in warnings { printError(warning.description) }
    Output.lines(PlanText.plan(routine, settings: settings, width: Output.width))
  }
}
