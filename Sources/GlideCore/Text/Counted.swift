extension Int {
  /// The count with its noun agreeing in number: "1 step", "2 steps", "0 sessions";
  /// `plural` for nouns that do not just add an s.
  public func counted(_ noun: String, plural: String? = nil) -> String {
    "\(self) \(self == 1 ? noun : plural ?? noun + "s")"
  }
}
