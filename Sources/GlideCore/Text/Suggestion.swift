/// The two ways Glide answers a word it does not know: "did you mean" the nearest known
/// one, and "unknown X (use ...)" listing them all. Every message of either kind is
/// worded here.
public enum Suggestion {
  /// The known word nearest `word`, within a few edits.
  public static func nearest(_ word: String, among known: [String]) -> String? {
    NearestKey.suggestion(for: word, among: known)
  }

  /// ` (did you mean 'near'?)` when a known word is near `word`, else nothing.
  public static func didYouMean(_ word: String, among known: [String]) -> String {
    nearest(word, among: known).map { " (did you mean '\($0)'?)" } ?? ""
  }

  /// `unknown KIND 'word' (use a, b, c)`: for a short, fixed set of words.
  public static func unknown(_ kind: String, _ word: String, use known: [String]) -> String {
    "unknown \(kind) '\(word)' (use \(known.joined(separator: ", ")))"
  }

  /// `unknown KIND 'word'; did you mean 'near'? known KINDs: a, b, c`: for names a person
  /// may add to (routines, themes, programs).
  public static func unknownName(_ kind: String, _ word: String, known: [String]) -> String {
    let near = nearest(word, among: known).map { " did you mean '\($0)'?" } ?? ""
    return "unknown \(kind) '\(word)';\(near) known \(kind)s: \(known.joined(separator: ", "))"
  }
}
