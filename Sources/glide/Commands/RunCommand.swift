import ArgumentParser
import GlideConfig
import GlideCore
import GlideStanding

/// `glide run [ROUTINE]`: the full-screen session (also what `glide` alone does).
struct RunCommand: ParsableCommand, LogCommand {
  static let configuration = CommandConfiguration(
    commandName: "run", abstract: "Run a routine full-screen (the default command).",
    discussion: """
      Exit status: 0 the session completed; 1 it was ended early with q; 2 bad input \
      (routine, theme, file, flag or terminal); 128+n signal n ended it (130 Ctrl-C, \
      143 SIGTERM, 129 SIGHUP or a terminal that went away).
      """)

  @Argument(
    help: "A routine id (see 'glide routines') or a routine file (FILE.toml).",
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
      guard case .run(let index) = standing.day.choice, let made = standing.week[index].routine
      else { return Output.line(standing.todayLine) }
      let setup = SessionSetup(flags: session, routine: made.id)
      setup.sayProblems()
      return try runSession(made, warnings: [], setup: setup, log: log)
    }
    let setup = SessionSetup(flags: session, routine: routine)
    setup.sayProblems()
    let (routine, warnings) = try loadRoutine(setup.settings.routine)
    try runSession(routine, warnings: warnings, setup: setup, log: log)
  }
}
