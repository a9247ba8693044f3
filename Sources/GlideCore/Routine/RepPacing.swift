/// How a routine paces reps steps that give no tempo of their own.
public enum RepPacing: Hashable, Sendable {
  /// One rep every so often, counted by the timer.
  case paced(TimeSpan)
  /// The person counts each rep with a key.
  case byKey
}
