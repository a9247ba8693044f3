import Foundation

/// Where each key of a routine or theme file stands, so messages can name file:line.
///
/// TOMLKit does not report positions of parsed values, so this reads the same text
/// line by line; it needs only the flat shape Glide's files have (top-level keys and
/// `[[steps]]` or `[colors]` tables).
public struct SourceLines: Sendable {
  private var topLevel: [String: Int] = [:]
  private var tables: [String: [Int: [String: Int]]] = [:]
  private var headers: [String: [Int]] = [:]

  /// Indexes `text`.
  public init(_ text: String) {
    var table: String?
    var occurrence: [String: Int] = [:]
    var lineNumber = 0
    for rawLine in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
      lineNumber += 1
      let line = rawLine.drop { $0 == " " || $0 == "\t" || $0 == "\u{FEFF}" }
      if line.hasPrefix("[[") {
        let name = Self.name(in: line.dropFirst(2).prefix { $0 != "]" })
        occurrence[name, default: -1] += 1
        headers[name, default: []].append(lineNumber)
        table = name
      } else if line.hasPrefix("[") {
        let name = Self.name(in: line.dropFirst().prefix { $0 != "]" })
        occurrence[name] = 0
        headers[name, default: []].append(lineNumber)
        table = name
      } else if let equals = line.firstIndex(of: "="), !line.hasPrefix("#") {
        let key = Self.name(in: line[..<equals])
        if let table {
          let index = occurrence[table] ?? 0
          if tables[table, default: [:]][index, default: [:]][key] == nil {
            tables[table, default: [:]][index, default: [:]][key] = lineNumber
          }
        } else if topLevel[key] == nil {
          topLevel[key] = lineNumber
        }
      }
    }
  }

  private static func name(in text: Substring) -> String {
    var name = String(text).trimmingCharacters(in: .whitespaces)
    if name.count >= 2, name.first == "\"" || name.first == "'", name.last == name.first {
      name = String(name.dropFirst().dropLast())
    }
    return name
  }

  /// The line of a top-level key.
  public func line(ofKey key: String) -> Int? { topLevel[key] }

  /// The line of `key` in the `index`-th `[[table]]` (or `[table]`), else of its header.
  public func line(ofKey key: String, inTable table: String, index: Int = 0) -> Int? {
    tables[table]?[index]?[key] ?? line(ofTable: table, index: index)
  }

  /// The line of the `index`-th header of `table`.
  public func line(ofTable table: String, index: Int = 0) -> Int? {
    guard let lines = headers[table], lines.indices.contains(index) else { return nil }
    return lines[index]
  }
}
