import GlideCore

/// Finds routines by id among the built-ins.
public enum RoutineCatalog {
  /// A routine id that matched nothing.
  public struct UnknownRoutine: Error, CustomStringConvertible {
    /// The id asked for.
    public var id: String
    /// The ids that exist.
    public var known: [String]

    /// One line naming the known ids.
    public var description: String {
      "unknown routine '\(id)'; known routines: \(known.joined(separator: ", "))"
    }
  }

  /// The routine with this id.
  public static func routine(id: String) throws(UnknownRoutine) -> Routine {
    if let routine = BuiltinRoutines.routine(id: id) { return routine }
    throw UnknownRoutine(id: id, known: BuiltinRoutines.all.map(\.id))
  }
}
