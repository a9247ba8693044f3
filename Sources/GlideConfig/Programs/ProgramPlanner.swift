import GlideCore

/// Turns a program and a week number into that week's routines: each session as written,
/// with every week's progression up to this one added and kept within the evidence ranges.
public enum ProgramPlanner {
  /// The longest paced rep a slower tempo reaches, in seconds.
  static let slowestRep = 8.0

  /// One session of a week, ready to run.
  public struct PlannedSession: Hashable, Sendable {
    /// The session's place in its week, from 0.
    public var index: Int
    /// The routine to run; its id names program, week and session, so the log tells
    /// which session was done.
    public var routine: Routine?
    /// Why the session could not be planned (a routine that went missing).
    public var problem: String?

    /// The session's own name, without the program and week its routine's name leads
    /// with: what a line already naming the program calls it ("Pre-run warm-up").
    public var title: String

    /// Session `index` of a week, with its routine or why there is none; `title` is the
    /// routine's name before the program and week were put in front of it (by default the
    /// routine's name as it stands, or "session N" without a routine).
    public init(index: Int, routine: Routine?, problem: String?, title: String? = nil) {
      self.index = index
      self.routine = routine
      self.problem = problem
      self.title = title ?? routine?.name ?? "session \(index + 1)"
    }
  }

  /// The id a week's session runs under, e.g. `runners-legs-w2-s1`.
  public static func routineID(program: String, week: Int, session: Int) -> String {
    "\(program)-w\(week)-s\(session + 1)"
  }

  /// The program, week (from 1) and session (from 0) a routine id made by `routineID`
  /// names; nil for any other id, so the log's ids and the ids a person types back are
  /// read by this one rule.
  public static func place(ofRoutineID id: String) -> (program: String, week: Int, session: Int)? {
    let parts = id.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count >= 3, let session = number(parts[parts.count - 1], after: "s"),
      let week = number(parts[parts.count - 2], after: "w"), session >= 1, week >= 1
    else { return nil }
    let program = parts.dropLast(2).joined(separator: "-")
    guard routineID(program: program, week: week, session: session - 1) == id else { return nil }
    return (program, week, session - 1)
  }

  /// The number after `letter` in a part like `w12`; nil for anything else.
  private static func number(_ part: Substring, after letter: Character) -> Int? {
    guard part.first == letter, part.count > 1, part.count <= 4,
      part.dropFirst().allSatisfy({ $0.isASCII && $0.isNumber })
    else { return nil }
    return Int(part.dropFirst())
  }

  /// The progression of weeks 1 through `week`, added up.
  public static func progression(_ program: Program, week: Int) -> Program.Progression {
    var total = Program.Progression()
    for item in program.weeks.prefix(max(0, week)) {
      total.holdSeconds += item.progression.holdSeconds
      total.reps += item.progression.reps
      total.tempoSeconds += item.progression.tempoSeconds
      for area in item.progression.addedAreas where !total.addedAreas.contains(area) {
        total.addedAreas.append(area)
      }
    }
    return total
  }

  /// The sessions of week `week` (1-based).
  public static func week(
    _ program: Program, _ week: Int, context: ProgramDecoder.Context
  ) -> [PlannedSession] {
    let total = progression(program, week: week)
    return program.sessions.enumerated().map { index, session in
      var base: Routine
      switch session {
      case .routine(let id):
        guard let routine = context.routine(id) else {
          return PlannedSession(index: index, routine: nil, problem: context.unknownRoutine(id))
        }
        base = routine
      case .build(var request):
        for area in total.addedAreas where !request.areas.contains(area) {
          request.areas.append(area)
          request.minutes += 5
        }
        guard let routine = RoutineComposer.compose(request, library: context.library).routine
        else {
          return PlannedSession(
            index: index, routine: nil,
            problem:
              "nothing fits in \(request.minutes.counted("minute")) for \(request.areas.joined(separator: ", "))"
          )
        }
        base = routine
      }
      base.steps = base.steps.map { progressed($0, by: total) }
      let title = base.name
      base.name = "\(program.name), week \(week): \(title)"
      base.id = routineID(program: program.id, week: week, session: index)
      if program.checkIn { base.checkIn = true }
      return PlannedSession(index: index, routine: base, problem: nil, title: title)
    }
  }

  /// A step with the progression added, never past the evidence ranges and never below
  /// what it was.
  static func progressed(_ step: Step, by total: Program.Progression) -> Step {
    var step = step
    if step.technique == .hold, let duration = step.duration,
      duration.seconds < Evidence.holdSeconds.upperBound
    {
      step.duration = .seconds(
        min(duration.seconds + total.holdSeconds, Evidence.holdSeconds.upperBound))
    }
    if step.technique == .reps, let reps = step.reps {
      if reps < Evidence.reps.upperBound {
        step.reps = min(reps + total.reps, Evidence.reps.upperBound)
      }
      if let tempo = step.tempo, tempo.seconds > 0, tempo.seconds < slowestRep {
        let slower = min(tempo.seconds + total.tempoSeconds, slowestRep)
        step.tempo = .seconds(slower)
        // The slower part is the way back: a controlled return under tension.
        if var phases = step.tempoPhases, let last = phases.last {
          phases[phases.count - 1] = .seconds(last.seconds + slower - tempo.seconds)
          step.tempoPhases = phases
        }
      }
    }
    return step
  }
}
