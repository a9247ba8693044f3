/// The one way Glide answers a value it does not know, and the hint for a misspelt key.
/// Every such message is worded here.
public enum Suggestion {
  /// The known word nearest `word`, within a few edits.
  public static func nearest(_ word: String, among known: [String]) -> String? {
    NearestKey.suggestion(for: word, among: known)
  }

  /// ` (did you mean 'near'?)` when a known key is near `word`, else nothing: for a key,
  /// whose place (file, line, column) already says where and what.
  public static func didYouMean(_ word: String, among known: [String]) -> String {
    nearest(word, among: known).map { " (did you mean '\($0)'?)" } ?? ""
  }

  /// `unknown KIND 'word'; did you mean 'near'? known KINDs: a, b, c`: every unknown
  /// value, whether of a fixed set (phases, flag choices) or of names a person may add to
  /// (routines, themes, programs, areas). `plural` names the list when `KINDs` would not.
  public static func unknownName(
    _ kind: String, _ word: String, known: [String], plural: String? = nil
  ) -> String {
    let near = nearest(word, among: known).map { " did you mean '\($0)'?" } ?? ""
    let list = known.joined(separator: ", ")
    return "unknown \(kind) '\(word)';\(near) known \(plural ?? kind + "s"): \(list)"
  }

  /// `KIND 'word' could be a, b or c; give more of its name`: a start shared by several
  /// names, where a unique start would do.
  public static func ambiguousName(_ kind: String, _ word: String, among names: [String])
    -> String
  {
    let list = names.count > 1 ? names.dropLast().joined(separator: ", ") + " or " : ""
    return "\(kind) '\(word)' could be \(list)\(names.last ?? ""); give more of its name"
  }
}
