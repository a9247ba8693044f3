/// What the person does during a step.
public enum Technique: String, CaseIterable, Hashable, Sendable {
  /// Rolling a muscle group on a foam roller or ball.
  case roll
  /// Sustained pressure on one tender spot.
  case hold
  /// A static stretch held for minutes.
  case stretch
  /// A compression band around a limb while the joint moves.
  case floss
  /// A massage gun on a muscle group.
  case percussion
  /// Paced breathing alone.
  case breathe
  /// Active repetitions through the range just freed.
  case reps
  /// A pause between steps.
  case rest

  /// Passive techniques free range that active reps should then use.
  public var isPassive: Bool {
    switch self {
    case .roll, .hold, .stretch, .floss, .percussion: true
    case .breathe, .reps, .rest: false
    }
  }

  /// Whether a step of this technique on `target` works a body area, for the summary's time
  /// per area, the check-in's questions and `glide stats`: rest and breathing work none,
  /// whatever they name as their target ("breath", "rest").
  public func worksArea(_ target: String) -> Bool {
    guard self != .rest && self != .breathe else { return false }
    let name = target.lowercased()
    return name != "breath" && name != "rest"
  }

  /// The word shown large on screen and spoken by a voice.
  public var label: String {
    switch self {
    case .roll: "Roll"
    case .hold: "Hold"
    case .stretch: "Stretch"
    case .floss: "Floss"
    case .percussion: "Percussion"
    case .breathe: "Breathe"
    case .reps: "Reps"
    case .rest: "Rest"
    }
  }
}
