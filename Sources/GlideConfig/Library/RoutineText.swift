import GlideCore

/// A routine written back as a routine file, for `glide build --save`: decoding the text
/// gives the same routine.
public enum RoutineText {
  /// The file's text.
  public static func toml(_ routine: Routine, comment: String? = nil) -> String {
    var lines: [String] = []
    if let comment { lines.append("# \(comment)") }
    lines.append("name = \(quoted(routine.name))")
    lines.append("summary = \(quoted(routine.summary))")
    lines.append("phase = \(quoted(routine.phase.rawValue))")
    if routine.checkIn { lines.append("check_in = true") }
    if let test = routine.rangeTest {
      lines.append("range_test = { name = \(quoted(test.name)), unit = \(quoted(test.unit)) }")
    }
    for (index, step) in routine.steps.enumerated() {
      let inRound = routine.rounds.first { $0.steps.contains(index) }
      if let round = inRound, round.steps.lowerBound == index {
        lines += ["", "[[steps]]", "times = \(round.times)"]
        if let rest = round.rest { lines.append("rest = \(quoted(seconds(rest) + "s"))") }
      }
      lines.append("")
      lines.append(inRound == nil ? "[[steps]]" : "[[steps.round]]")
      lines.append("technique = \(quoted(step.technique.rawValue))")
      lines.append("target = \(quoted(step.target))")
      if step.sides != .none { lines.append("sides = \(quoted(step.sides.rawValue))") }
      if step.technique == .reps {
        lines.append("movement = \(quoted(step.movement ?? "reps"))")
        lines.append("reps = \(step.reps ?? 0)")
        if let phases = step.tempoPhases {
          lines.append("tempo = \(quoted(phases.map(seconds).joined(separator: "-")))")
        } else if let tempo = step.tempo {
          lines.append("tempo = \(quoted(seconds(tempo) + "s"))")
        }
      } else if let breaths = step.breaths {
        lines.append("breaths = \(breaths)")
      } else if let duration = step.duration {
        lines.append("duration = \(quoted(seconds(duration) + "s"))")
      }
      if let breath = step.breath { lines.append("breath = \(quoted(breath.description))") }
      if let cue = step.cue { lines.append("cue = \(quoted(cue))") }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// A length in seconds, whole when it is.
  static func seconds(_ span: TimeSpan) -> String {
    let value = span.seconds
    return value == value.rounded() ? String(Int(value)) : String(value)
  }

  /// A TOML basic string.
  static func quoted(_ text: String) -> String { TOMLString.quoted(text) }
}
