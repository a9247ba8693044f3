/// What a technique needs besides the floor and the person.
public enum Equipment: String, CaseIterable, Hashable, Sendable, Comparable {
  /// A foam roller.
  case roller
  /// A lacrosse or massage ball.
  case ball
  /// A compression (floss) band, or a stretch band.
  case band
  /// A massage gun.
  case gun
  /// Nothing: the body alone.
  case none

  /// Orders equipment as it is listed.
  public static func < (lhs: Equipment, rhs: Equipment) -> Bool {
    allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
  }
}
