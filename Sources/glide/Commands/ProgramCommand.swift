import ArgumentParser
import GlideConfig
import GlideCore
import GlideLog
import GlideStanding

/// `glide program [start NAME | stop | list]`: follow a program over weeks.
struct ProgramCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "program",
    abstract: "Follow a program over weeks: where you are, start, stop, list.",
    discussion: """
      A program names the sessions of each week and how each week asks a little more \
      than the last. Built-in programs are listed by 'glide program list'; your own \
      program files go in $XDG_CONFIG_HOME/glide/programs/. 'glide next' runs today's \
      session.
      """,
    subcommands: [Status.self, Start.self, Stop.self, List.self],
    defaultSubcommand: Status.self)

  /// `glide program`: the week, its sessions done and to do, and what today is for.
  struct Status: ParsableCommand, LogCommand {
    static let configuration = CommandConfiguration(
      commandName: "status", abstract: "Where you are: this week's sessions done and to do.")

    @OptionGroup var log: LogOptions

    func run() throws {
      guard let standing = try ProgramStanding.load(log: log) else {
        Output.line("No program is active; start one with 'glide program start NAME':")
        try List().run()
        return
      }
      let program = standing.program
      let day = standing.day
      // Over: each week's count, as stats says it, rather than a last week still "to do".
      guard day.choice != .finished else {
        let adherence = standing.adherence
        Output.line(
          "\(program.name): \(adherence.place) (started "
            + "\(ProgramStanding.date(standing.start)))")
        Output.line("  sessions done each week: \(adherence.counts)")
        return Output.line(standing.todayLine)
      }
      let week = min(day.week, program.weeks.count)
      Output.line(
        "\(program.name): week \(week) of \(program.weeks.count), "
          + "\(program.weeks[week - 1].name) (started "
          + "\(ProgramStanding.date(standing.start)))")
      let settings = configSettings()
      for planned in standing.week {
        let mark = day.done.contains(planned.index) ? "done " : "to do"
        // The session's own name, as the heading names program and week; its id is the
        // one 'glide show' and 'glide run' take, and history lists.
        let name =
          planned.routine.map {
            "\(planned.title) (\(PlanText.total($0, settings: settings))) · \($0.id)"
          }
          ?? planned.problem
          ?? ""
        Output.line("  \(mark)  \(planned.index + 1). \(name)")
      }
      Output.line(standing.todayLine)
    }
  }

  /// `glide program start NAME`: follow a program from today.
  struct Start: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "start", abstract: "Start a program today (replacing the active one).")

    @Argument(help: "A program id (see 'glide program list').", completion: .programs)
    var name: String

    func run() throws {
      let program: Program
      switch ProgramCatalog.program(id: name, configDirectory: configDirectory()) {
      case .failure(let failure): throw fail(failure)
      case .success(let found): program = found.program
      }
      let folder = try ProgramStanding.stateDirectory()
      let today = CivilDate(daysSinceEpoch: ProgramStanding.today())
      let active = ActiveProgram(
        program: program.id, year: today.year, month: today.month, day: today.day)
      let replaced: ActiveProgram?
      do {
        replaced = try active.start(directory: folder)
      } catch {
        throw fail(
          "cannot write \(folder)/\(ActiveProgram.fileName): \(error.description)")
      }
      // Said once the new one is kept: a start that failed stopped nothing.
      if let old = replaced {
        let started = ProgramStanding.date(ProgramStanding.day(old))
        Output.line(
          old.program == program.id
            ? "\(program.name) was already active (started \(started)); it starts again today."
            : stoppedLine(old))
      }
      let count = program.sessions.count
      Output.line(
        "Started \(program.name) today: \(program.weeks.count.counted("week")), "
          + "\(count.counted("session")) a week. Run 'glide next' for today's session."
      )
    }
  }

  /// `glide program stop`: stop following the active program.
  struct Stop: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "stop", abstract: "Stop the active program (the log keeps every session).")

    func run() throws {
      let folder = try ProgramStanding.stateDirectory()
      let old = (try? ActiveProgram.load(directory: folder).get()) ?? nil
      do {
        guard try ActiveProgram.remove(directory: folder) else {
          Output.line("No program is active.")
          return
        }
      } catch {
        throw fail(
          "cannot remove \(folder)/\(ActiveProgram.fileName): \(error.description)")
      }
      Output.line(old.map(stoppedLine) ?? "Stopped the program; the log keeps every session.")
    }
  }

  /// `glide program list`: the programs there are.
  struct List: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "list", abstract: "List the built-in programs and yours.")

    func run() throws {
      let catalog = ProgramCatalog(configDirectory: configDirectory())
      let idWidth = TableColumn.width(catalog.entries.map(\.id))
      for entry in catalog.entries {
        if let program = entry.program {
          let count = program.sessions.count
          Output.line(
            "\(entry.id.column(idWidth))  \(program.weeks.count.counted("week")), \(count.counted("session")) a week"
          )
          // The summary is prose: on a line of its own, so it neither widens the table nor
          // is cut.
          Output.wrappedLines(["    " + (program.summary.isEmpty ? program.name : program.summary)])
        } else {
          Output.line(
            "\(entry.id.column(idWidth))  BROKEN: \(entry.diagnostics.first?.description ?? "")")
        }
      }
    }
  }
}

/// What `glide program stop` and a start over another program say of the one stopped: by
/// its name, as "Started" said it, else by its id when its file is gone or broken.
private func stoppedLine(_ old: ActiveProgram) -> String {
  let started = ProgramStanding.date(ProgramStanding.day(old))
  let found = ProgramCatalog.program(id: old.program, configDirectory: configDirectory())
  let name = (try? found.get().program.name) ?? old.program
  return "Stopped \(name) (started \(started)); the log keeps every session."
}
