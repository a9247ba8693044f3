import ArgumentParser
import GlideConfig
import GlideCore
import GlideLog
import GlideStanding

/// `glide next`: today's session of the active program, or a suggestion without one.
struct NextCommand: ParsableCommand, LogCommand {
  static let configuration = CommandConfiguration(
    commandName: "next",
    abstract: "Run today's session of the active program (or suggest one without a program).",
    // Every option is optional; left to itself the parser writes "<options>", as if one
    // were required, for a command with no arguments of its own.
    usage: "glide next [<options>]",
    discussion: """
      The session is the first of this week's not yet done, as the log shows; none when \
      one was done today, on the program's rest day, or when the week is done. With no \
      program active, it names the built-in routine for the areas the last two weeks \
      of the log worked least. 'glide' alone runs 'glide next' while a program is active.
      """)

  @OptionGroup var session: SessionFlags

  @OptionGroup var log: LogOptions

  func run() throws {
    guard let standing = try ProgramStanding.load(log: log) else {
      try suggest()
      return
    }
    _ = try Self.runToday(standing, flags: session, log: log)
  }

  /// Runs today's session of the active program, the one rule `glide next` and `glide`
  /// alone follow; or says what today is for and returns false when nothing is due. A
  /// session that cannot be planned is exit 2, saying why.
  static func runToday(_ standing: ProgramStanding, flags: SessionFlags, log: LogOptions)
    throws -> Bool
  {
    guard case .run(let index) = standing.day.choice else {
      Output.line(standing.todayLine)
      return false
    }
    let planned = standing.week[index]
    guard let routine = planned.routine else {
      throw fail("session \(index + 1) of this week: \(planned.problem ?? "cannot be planned")")
    }
    let setup = SessionSetup(flags: flags, routine: routine.id)
    setup.sayProblems()
    try runSession(routine, warnings: [], setup: setup, log: log)
    return true
  }

  /// With no program: the built-in whose areas were worked least lately.
  func suggest() throws {
    var reader = try log.openForReading()
    let routine = Reminder.leastWorked(&reader, today: ProgramStanding.today(), time: .system)
    if let message = reader.skippedMessage { printError("glide: \(message)") }
    Output.line("No program is active; 'glide program list' shows the programs to follow.")
    guard let routine else { return }
    let areas = ProgramDecoder.passiveAreas(routine).sorted().joined(separator: ", ")
    Output.line(
      "Worked least in the last \(Reminder.lookBackDays) days: \(areas). "
        + "Try 'glide run \(routine.id)' (\(routine.name), \(PlanText.total(routine, settings: configSettings())))."
    )
  }
}
