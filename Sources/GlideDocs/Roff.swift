/// Text made safe for an mdoc page: a backslash is printed as itself, a line cannot
/// start a request, and a lone punctuation mark is not taken for a delimiter.
enum Roff {
  /// A line of running text.
  static func line(_ text: String) -> String {
    let escaped = text.replacing("\\", with: "\\e")
    return escaped.hasPrefix(".") || escaped.hasPrefix("'") ? "\\&" + escaped : escaped
  }

  /// One argument of a macro: arrows in roff's own names, punctuation kept literal, and
  /// quoted when it holds a blank.
  static func argument(_ text: String) -> String {
    let named: [String: String] = ["→": "\\(->", "←": "\\(<-", "↑": "\\(ua", "↓": "\\(da"]
    if let name = named[text] { return name }
    var escaped = text.replacing("\\", with: "\\e")
    if escaped.count <= 2, escaped.allSatisfy({ $0.isPunctuation || $0.isSymbol }) {
      escaped = "\\&" + escaped
    }
    return escaped.contains(" ") ? "\"\(escaped)\"" : escaped
  }
}

extension Roff {
  /// The rest of a line after a macro such as `.Dl`, printed as it is written: quotes and
  /// backslashes kept.
  static func argumentLine(_ text: String) -> String {
    text.replacing("\\", with: "\\e").replacing("\"", with: "\\(dq")
  }
}
