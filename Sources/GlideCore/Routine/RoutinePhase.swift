/// When in a person's day a routine fits.
public enum RoutinePhase: String, CaseIterable, Hashable, Sendable {
  /// Before training: rolling goes before the dynamic warm-up.
  case warmUp = "warm-up"
  /// After training or on a rest day: long holds.
  case recovery
  /// A short break from sitting.
  case `break`
  /// Any time.
  case any
}
