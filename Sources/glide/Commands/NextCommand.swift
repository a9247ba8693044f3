import ArgumentParser
import GlideConfig
import GlideCore
import GlideLog

/// `glide next`: today's session of the active program, or a suggestion without one.
struct NextCommand: ParsableCommand, LogCommand {
  static let configuration = CommandConfiguration(
    commandName: "next",
    abstract: "Run today's session of the active program (or suggest one without a program).",
    discussion: """
      The session is the first of this week's not yet done, as the log shows; none when \
      one was done today, on the program's rest day, or when the week is done. With no \
      program active, it names the built-in routine for the areas the last two weeks \
      of the log worked least. 'glide' alone runs 'glide next' while a program is active.
      """)

  /// How far back the log is read for the areas worked least.
  static let lookBackDays: Int64 = 14

  @Flag(help: "Do not ring the terminal bell at step changes and the 3-2-1 countdown.")
  var noBell = false

  @Flag(help: "Check in before and after: rate each worked area 0-10 with one key.")
  var checkIn = false

  @Option(help: .hidden)
  var timeScale: Double?

  @OptionGroup var log: LogOptions

  func run() throws {
    guard let standing = try ProgramStanding.load(log: log) else {
      try suggest()
      return
    }
    guard case .run(let index) = standing.day.choice else {
      Output.line(standing.todayLine)
      return
    }
    let planned = standing.week[index]
    guard let routine = planned.routine else {
      throw fail("session \(index + 1) of this week: \(planned.problem ?? "cannot be planned")")
    }
    try runMadeRoutine(
      routine, logPath: log.path, noBell: noBell, timeScale: timeScale, folderName: "glide-next",
      checkIn: checkIn)
  }

  /// With no program: the built-in whose areas were worked least lately.
  func suggest() throws {
    var reader = try log.openForReading()
    let routine = Self.leastWorked(&reader, today: ProgramStanding.today())
    if let message = reader.skippedMessage { printError("glide: \(message)") }
    Output.line("No program is active; 'glide program list' shows the programs to follow.")
    guard let routine else { return }
    let areas = ProgramDecoder.passiveAreas(routine).sorted().joined(separator: ", ")
    Output.line(
      "Worked least in the last \(Self.lookBackDays) days: \(areas). "
        + "Try 'glide run \(routine.id)' (\(routine.name), \(Plan(routine).total.clockFace)).")
  }

  /// The built-in routine, not run today, whose areas the log's last two weeks worked least.
  static func leastWorked(_ reader: inout LogReader, today: Int64) -> Routine? {
    let sessions = loggedSessions(&reader, since: today - lookBackDays + 1, time: .system)
    var worked: [String: Double] = [:]
    for session in sessions {
      worked.merge(session.areaSeconds, uniquingKeysWith: +)
    }
    let doneToday = Set(sessions.filter { $0.day == today }.map(\.routine))
    let routines = BuiltinRoutines.all.filter { !doneToday.contains($0.id) }
    return LeastWorked.routine(among: routines, worked: worked)
  }
}
