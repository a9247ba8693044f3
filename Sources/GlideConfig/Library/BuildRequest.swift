import GlideCore

/// What `glide build` is asked for: the areas, the time, the equipment at hand and what
/// the session is for.
public struct BuildRequest: Hashable, Sendable {
  /// The areas, as the library names them, in the order asked.
  public var areas: [String]
  /// The time the whole session may take, lead-in included.
  public var minutes: Int
  /// The equipment at hand; techniques needing none are always allowed.
  public var equipment: Set<Equipment>
  /// Before training (rolls), recovery (holds), a break (stretches), or any (a mix).
  public var purpose: RoutinePhase

  /// Creates a request.
  public init(areas: [String], minutes: Int, equipment: Set<Equipment>, purpose: RoutinePhase) {
    self.areas = areas
    self.minutes = minutes
    self.equipment = equipment.union([.none])
    self.purpose = purpose
  }
}
