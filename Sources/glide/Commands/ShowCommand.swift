import ArgumentParser
import GlideConfig

/// `glide show ROUTINE`: the expanded, numbered plan.
struct ShowCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "show", abstract: "Print a routine's expanded plan and its total time.")

  @Argument(help: "The routine's id (see 'glide routines').")
  var routine: String = BuiltinRoutines.defaultID

  func run() throws {
    print(PlanText.plan(try loadRoutine(routine)))
  }
}
