/// The training facts the defaults and warnings rest on (see README, "Why these numbers").
public enum Evidence {
  /// Rolling one muscle group (per side): about one to two minutes.
  public static let rollSeconds: ClosedRange<Double> = 60...120
  /// A sustained hold on a tender spot: three to five minutes.
  public static let holdSeconds: ClosedRange<Double> = 180...300
  /// Active reps after passive work: five to ten.
  public static let reps: ClosedRange<Int> = 5...10
  /// Dedicated sessions per week for most goals: two to three.
  public static let sessionsPerWeek: ClosedRange<Int> = 2...3
  /// The weekly aim as every surface words it (summary, stats, the report): "aim for 2-3".
  public static var sessionsPerWeekAim: String {
    "aim for \(sessionsPerWeek.lowerBound)-\(sessionsPerWeek.upperBound)"
  }
}

/// A step that strays from the evidence: the routine still runs.
public struct EvidenceWarning: Hashable, Sendable {
  /// The step's index in the routine.
  public var stepIndex: Int
  /// The routine key the warning is about.
  public var key: String
  /// What strays and why it matters, in a few words.
  public var message: String
}

extension Routine {
  /// The steps that stray from the evidence ranges, with the reason.
  public var evidenceWarnings: [EvidenceWarning] {
    var warnings: [EvidenceWarning] = []
    for (index, step) in steps.enumerated() {
      if let seconds = step.duration?.seconds, let rule = Self.durationRule(step.technique),
        !rule.range.contains(seconds)
      {
        warnings.append(
          EvidenceWarning(
            stepIndex: index, key: "duration",
            message: "a \(step.technique.rawValue) of \(TimeSpan.seconds(seconds).clockFace) "
              + "is outside \(rule.span) (\(rule.why))"))
      }
      if step.technique == .reps, let reps = step.reps, !Evidence.reps.contains(reps) {
        warnings.append(
          EvidenceWarning(
            stepIndex: index, key: "reps",
            message:
              "\(reps.counted("rep")) is outside 5-10 (enough to use the new range, not to tire)"))
      }
      if step.technique.isPassive {
        if !steps.isFollowedByReps(index) {
          warnings.append(
            EvidenceWarning(
              stepIndex: index, key: "technique",
              message: "no reps step for '\(step.target)' follows this \(step.technique.rawValue) "
                + "(freed range goes unused without active reps)"))
        }
      }
    }
    return warnings
  }

  /// The evidence on how long a step of `technique` lasts, as a warning words it; nil for
  /// a technique it says nothing about.
  static func durationRule(
    _ technique: Technique
  ) -> (range: ClosedRange<Double>, span: String, why: String)? {
    switch technique {
    case .roll:
      (
        Evidence.rollSeconds, "1-2 minutes per muscle group",
        "longer adds little, shorter does little"
      )
    case .hold: (Evidence.holdSeconds, "3-5 minutes", "sustained pressure needs minutes to release")
    default: nil
    }
  }
}
