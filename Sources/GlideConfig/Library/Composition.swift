import GlideCore

/// What `glide build` made of a request: the routine, and the areas it left out and why.
public struct Composition: Hashable, Sendable {
  /// An area left out, with the reason in words.
  public struct LeftOut: Hashable, Sendable {
    /// The area.
    public var area: String
    /// Why, e.g. "needs 2m05s more than the 5 minutes allow".
    public var reason: String
  }

  /// The routine; nil when not even one area fits.
  public var routine: Routine?
  /// The areas left out, in the order asked.
  public var leftOut: [LeftOut]
}
