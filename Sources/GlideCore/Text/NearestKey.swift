/// Finds the known key closest to a misspelt one, for "did you mean" hints.
public enum NearestKey {
  /// The closest of `known` to `key`, if it is within a few edits; else the one known
  /// word that starts with it (`desk` for `desk-back`, when no other word starts so).
  public static func suggestion(for key: String, among known: [String]) -> String? {
    let lowered = key.lowercased()
    let scored = known.map { ($0, distance(lowered, $0)) }
    guard let best = scored.min(by: { $0.1 < $1.1 }) else { return nil }
    if best.1 <= max(2, key.count / 3) { return best.0 }
    let starting = known.filter { !lowered.isEmpty && $0.lowercased().hasPrefix(lowered) }
    return starting.count == 1 ? starting[0] : nil
  }

  /// Edits from `a` to `b`: a letter added, removed or changed, or two neighbours swapped
  /// (optimal string alignment), so `hodl` is one edit from `hold` and two from `roll`.
  static func distance(_ a: String, _ b: String) -> Int {
    let a = Array(a)
    let b = Array(b)
    if a.isEmpty { return b.count }
    var beforePrevious: [Int] = []
    var previous = Array(0...b.count)
    for i in 1...a.count {
      var current = [i] + Array(repeating: 0, count: b.count)
      for j in stride(from: 1, through: b.count, by: 1) {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          current[j] = min(current[j], beforePrevious[j - 2] + 1)
        }
      }
      beforePrevious = previous
      previous = current
    }
    return previous[b.count]
  }
}
