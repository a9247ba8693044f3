extension String {
  /// The text broken at spaces into lines of at most `width` columns, at most `maxLines`
  /// of them; a word longer than a line, or text left over on the last line, is cut with
  /// an ellipsis.
  func wrapped(_ width: Int, maxLines: Int = .max) -> [String] {
    guard width > 0, maxLines > 0 else { return [] }
    var lines: [String] = []
    var line = ""
    let words = split(separator: " ", omittingEmptySubsequences: true)
    for (index, word) in words.enumerated() {
      let candidate = line.isEmpty ? String(word) : line + " " + word
      if candidate.columns <= width || line.isEmpty {
        line = candidate
        continue
      }
      if lines.count == maxLines - 1 {
        let rest = words[index...].joined(separator: " ")
        return lines + [(line + " " + rest).truncated(width)]
      }
      lines.append(line.truncated(width))
      line = String(word)
    }
    if !line.isEmpty || lines.isEmpty { lines.append(line.truncated(width)) }
    return lines
  }
}
