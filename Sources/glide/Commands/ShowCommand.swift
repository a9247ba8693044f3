import ArgumentParser
import GlideConfig

/// `glide show ROUTINE`: the expanded, numbered plan.
struct ShowCommand: ParsableCommand, LogCommand {
  static let configuration = CommandConfiguration(
    commandName: "show", abstract: "Print a routine's expanded plan and its total time.")

  @Argument(
    help: "A routine id (see 'glide routines') or a routine file (FILE.toml).",
    completion: .routines)
  var routine: String = BuiltinRoutines.defaultID

  @OptionGroup var log: LogOptions

  func run() throws {
    let (routine, warnings) = try loadRoutine(routine)
    for warning in warnings { printError(warning.description) }
    Output.lines(PlanText.plan(routine, settings: configSettings(), width: Output.width))
  }
}
