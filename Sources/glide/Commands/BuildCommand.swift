import ArgumentParser
import GlideConfig
import GlideCore

/// `glide build AREA...`: a routine composed from the technique library.
struct BuildCommand: ParsableCommand, LogCommand {
  static let configuration = CommandConfiguration(
    commandName: "build",
    abstract: "Compose a routine for the areas you name from the technique library.",
    discussion: """
      Rolls of 1-2 minutes before training, holds of 3-5 minutes for recovery, stretches \
      for a break; every passive step is followed by reps for its area, holds pace a slow \
      breath, and two-sided techniques run on both sides. The same input gives the same \
      routine. Prints the plan as 'glide show' does.
      """)

  @Argument(
    help: "Body areas (see 'glide library'), e.g. calves hips upper-back.", completion: .areas)
  var areas: [String]

  @Option(parsing: .unconditional, help: "The time the whole session may take, in minutes.")
  var minutes = 15

  @Option(
    name: .customLong("with"),
    help: ArgumentHelp(
      "The equipment at hand, comma-separated (none: bodyweight only).",
      valueName: "roller,ball,band,gun"), completion: .equipment)
  var equipment = "roller,ball"

  @Option(
    name: .customLong("for"),
    help: ArgumentHelp(
      "What the session is for: rolls to warm up, holds to recover, stretches for a break.",
      valueName: "warm-up|recovery|break|any"), completion: .phases)
  var purpose = "any"

  @Flag(name: .customLong("run"), help: "Run the routine now.")
  var runNow = false

  @Option(help: "Save the routine as one of yours, under this id.")
  var save: String?

  @OptionGroup(title: "Session options (with --run)") var session: SessionFlags

  @OptionGroup var log: LogOptions

  func validate() throws {
    guard (1...180).contains(minutes) else {
      throw ValidationError("--minutes must be 1 to 180")
    }
    _ = try kit()
    guard RoutinePhase(rawValue: purpose) != nil else {
      throw ValidationError(
        "--for: "
          + Suggestion.unknownName(
            "purpose", purpose, known: RoutinePhase.allCases.map(\.rawValue)))
    }
    if let save { try NewCommand.validate(id: save) }
  }

  /// The equipment `--with` names.
  func kit() throws -> Set<Equipment> {
    var kit: Set<Equipment> = []
    for raw in equipment.split(separator: ",") {
      let name = raw.split(separator: " ", omittingEmptySubsequences: true).joined().lowercased()
      guard let item = Equipment(rawValue: name) else {
        throw ValidationError(
          "--with: "
            + Suggestion.unknownName(
              "equipment", name, known: Equipment.allCases.map(\.rawValue), plural: "equipment")
        )
      }
      kit.insert(item)
    }
    return kit
  }

  func run() throws {
    let (library, problems) = Library.load(configDirectory: configDirectory())
    for problem in problems where problem.severity == .error { printError(problem.description) }
    var names: [String] = []
    for area in areas {
      do {
        let name = try library.area(named: area)
        if !names.contains(name) { names.append(name) }
      } catch {
        throw fail(error.description)
      }
    }
    let request = BuildRequest(
      areas: names, minutes: minutes, equipment: try kit(),
      purpose: RoutinePhase(rawValue: purpose) ?? .any)
    let composition = RoutineComposer.compose(request, library: library)
    for left in composition.leftOut {
      printError("glide: left out \(left.area): \(left.reason)")
    }
    guard var routine = composition.routine else {
      throw fail("nothing fits in \(minutes.counted("minute")); give more --minutes")
    }
    if let save {
      if BuiltinRoutines.routine(id: save) != nil {
        throw fail("'\(save)' is a built-in routine's id; choose another name to save under")
      }
      routine.id = save
      let text = RoutineText.toml(
        routine,
        comment: "Made by: glide build \(CommandLine.arguments.dropFirst(2).joined(separator: " "))"
      )
      printError("glide: saved as \(try NewCommand.create(id: save, bytes: Array(text.utf8)))")
    }
    guard runNow else {
      Output.lines(PlanText.plan(routine, settings: configSettings(), width: Output.width))
      return
    }
    let setup = SessionSetup(flags: session, routine: routine.id)
    setup.sayProblems()
    try runSession(routine, warnings: [], setup: setup, log: log)
  }
}
