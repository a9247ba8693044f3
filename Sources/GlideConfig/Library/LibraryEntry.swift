import GlideCore

/// One technique or movement of the library: a routine step for a body area, with the
/// equipment it needs.
public struct LibraryEntry: Hashable, Sendable {
  /// The step as a routine would run it; its target is the body area.
  public var step: Step
  /// What the technique needs (`none` for movements and most stretches).
  public var equipment: Equipment
  /// The person's file the entry comes from, nil for the built-in library.
  public var file: String?

  /// Creates an entry.
  public init(step: Step, equipment: Equipment, file: String? = nil) {
    self.step = step
    self.equipment = equipment
    self.file = file
  }

  /// The body area the entry works.
  public var area: String { step.target }

  /// Whether the entry is an active movement (reps) rather than a passive technique.
  public var isMovement: Bool { step.technique == .reps }
}
