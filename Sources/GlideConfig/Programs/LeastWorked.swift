import GlideCore

/// With no program, the routine to suggest: the one whose areas the log shows were worked
/// least lately, so neglected areas come round.
public enum LeastWorked {
  /// The routine among `routines` (in their order for ties) whose passive areas have the
  /// fewest seconds in `worked` (seconds of work per area, lower-case names), on average.
  public static func routine(among routines: [Routine], worked: [String: Double]) -> Routine? {
    var best: (routine: Routine, score: Double)?
    for routine in routines {
      let areas = ProgramDecoder.passiveAreas(routine)
      guard !areas.isEmpty else { continue }
      let score = areas.map { worked[$0] ?? 0 }.reduce(0, +) / Double(areas.count)
      if best == nil || score < best!.score { best = (routine, score) }
    }
    return best?.routine
  }
}
