import GlideCore
import GlideTOML

extension Reader {
  /// The word that makes reps counted by key instead of paced.
  static let manualTempo = "manual"

  /// Whether a `tempo` value asks for reps counted by key.
  static func isManual(_ value: TOMLValue?) -> Bool {
    value?.string?.lowercased() == manualTempo
  }

  /// The routine's top-level `tempo`: how reps steps without a tempo of their own are
  /// paced. Only whole seconds per rep or "manual" fit here, as parts differ by movement.
  mutating func repPacing(_ value: TOMLValue?) -> RepPacing? {
    guard let value else { return nil }
    if Self.isManual(value) { return .byKey }
    if let text = value.string, text.contains("-") {
      fail(
        "tempo", step: nil, target: nil,
        "'\(text)' is not a routine tempo: seconds per rep (\"3s\") or \"manual\"; give "
          + "tempos in parts (\"2-1-2\") on the reps step itself", at: value.position)
      return nil
    }
    let before = errors.count
    let pace = span(value, key: "tempo", step: nil, target: nil, required: false, max: .seconds(60))
    guard errors.count == before, let pace else { return nil }
    return .paced(pace)
  }
}
