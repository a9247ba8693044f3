extension String {
  /// The text broken at spaces into lines of at most `width` columns for a listing, the
  /// lines after the first starting `hangingIndent` columns in (by default as far as the
  /// text's own leading spaces), so nothing runs past the terminal's edge and nothing is
  /// lost: a word longer than a line is broken where the line ends. Text that fits is
  /// returned as it is.
  public func wrapped(toColumns width: Int, hangingIndent: Int? = nil) -> [String] {
    guard columns > width else { return [self] }
    let lead = prefix { $0 == " " }.count
    // A deep indent leaves room for a few words still.
    let indent = min(max(0, hangingIndent ?? lead), max(0, width - 20))
    var lines: [String] = []
    var line = String(repeating: " ", count: lead)
    var lineHasWord = false
    for (gap, word) in dropFirst(lead).spacedWords {
      // The spaces between words stay as they are (a table's columns) on the line they
      // are on; a new line starts at the indent.
      if lineHasWord, line.columns + gap.columns + word.columns > width {
        lines.append(line)
        line = String(repeating: " ", count: indent)
        lineHasWord = false
      }
      var rest = word
      if lineHasWord { line += gap }
      // A word wider than a whole line: as much as fits on each line.
      while line.columns + rest.columns > width, width > line.columns {
        let (head, tail) = rest.split(atColumns: width - line.columns)
        guard !head.isEmpty, !tail.isEmpty else { break }
        lines.append(line + head)
        line = String(repeating: " ", count: indent)
        rest = tail
      }
      line += rest
      lineHasWord = true
    }
    if lineHasWord { lines.append(line) }
    return lines
  }

  /// The text split where `width` columns end, a character kept whole with its marks.
  func split(atColumns width: Int) -> (String, String) {
    var used = 0
    var index = startIndex
    while index < endIndex {
      let next = self[index].description.columns
      if used + next > width { break }
      used += next
      index = self.index(after: index)
    }
    return (String(self[..<index]), String(self[index...]))
  }
}

extension Substring {
  /// The words, each with the spaces before it.
  fileprivate var spacedWords: [(gap: String, word: String)] {
    var result: [(gap: String, word: String)] = []
    var gap = ""
    var word = ""
    for character in self {
      if character == " " {
        if !word.isEmpty {
          result.append((gap, word))
          gap = ""
          word = ""
        }
        gap.append(character)
      } else {
        word.append(character)
      }
    }
    if !word.isEmpty { result.append((gap, word)) }
    return result
  }
}

extension TableColumn {
  /// The widths for columns of names that share `room` columns: each as wide as `widths`
  /// asks while they fit, else the widest cut a column at a time, none below `minimum`
  /// (past that the row is as narrow as it can be and goes over).
  public static func shrunk(_ widths: [Int], toFit room: Int, minimum: Int = 12) -> [Int] {
    var result = widths
    while result.reduce(0, +) > room {
      guard let widest = result.indices.max(by: { result[$0] < result[$1] }),
        result[widest] > minimum
      else { break }
      result[widest] -= 1
    }
    return result
  }
}
