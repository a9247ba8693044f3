import ArgumentParser
import GlideConfig
import GlideCore
import GlideSession
import GlideStanding

/// `glide run [ROUTINE]`: the full-screen session (also what `glide` alone does).
struct RunCommand: ParsableCommand, LogCommand {
  static let configuration = CommandConfiguration(
    commandName: "run", abstract: "Run a routine full-screen (the default command).",
    discussion: ExitStatus.summary)

  @Argument(
    help: "\(routineArgumentHelp).",
    completion: .routines)
  var routine: String?

  @OptionGroup var session: SessionFlags

  @Flag(help: "List the keys a session knows, then exit (as 'glide keys').")
  var keys = false

  @OptionGroup var log: LogOptions

  func run() throws {
    if keys {
      KeysCommand().run()
      return
    }
    // `glide` alone follows the active program: today's session, or what today is for.
    if routine == nil, let standing = try ProgramStanding.load(log: log) {
      // Nothing of the program today; a routine named still runs, and saying so keeps
      // `glide` from seeming to do nothing.
      if try !NextCommand.runToday(standing, flags: session, log: log) {
        Output.line("To train anyway: 'glide run ROUTINE' ('glide routines' lists them)")
      }
      return
    }
    let setup = SessionSetup(flags: session, routine: routine)
    setup.sayProblems()
    let (routine, warnings) = try loadRoutine(setup.settings.routine)
    try runSession(routine, warnings: warnings, setup: setup, log: log)
  }
}
