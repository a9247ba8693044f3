import Foundation
import GlideRender
import Testing

/// Compares text with a file under `Snapshots/`. `RECORD_SNAPSHOTS=1` writes the file and
/// fails the test, so a recording run can never pass by accident: run again without it.
func assertSnapshot(
  _ text: String, named name: String, filePath: String = #filePath,
  sourceLocation: SourceLocation = #_sourceLocation
) {
  let folder = URL(fileURLWithPath: filePath).deletingLastPathComponent()
    .appendingPathComponent("Snapshots")
  let file = folder.appendingPathComponent(name + ".txt")
  if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
    try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try? Data(text.utf8).write(to: file)
    Issue.record(
      "recorded snapshot \(name); check the diff, then run without RECORD_SNAPSHOTS",
      sourceLocation: sourceLocation)
    return
  }
  guard let data = try? Data(contentsOf: file), let stored = String(data: data, encoding: .utf8)
  else {
    Issue.record(
      "no snapshot \(file.path); run with RECORD_SNAPSHOTS=1", sourceLocation: sourceLocation)
    return
  }
  if stored != text {
    let storedLines = stored.split(separator: "\n", omittingEmptySubsequences: false)
    let newLines = text.split(separator: "\n", omittingEmptySubsequences: false)
    let first = zip(storedLines, newLines).enumerated().first { $0.element.0 != $0.element.1 }
    Issue.record(
      """
      snapshot \(name) differs\(first.map { " from line \($0.offset + 1)" } ?? " in length"):
      \(text)
      """, sourceLocation: sourceLocation)
  }
}

/// Frames' styles as grids of letters, one per cell, with a legend naming each letter's
/// role and attributes; a blank plain cell is a space. Letters are given in order of first
/// appearance across all the frames, so a colour, bold or reverse change shows in the diff.
struct StyleGrid {
  private var letters: [Style: Character] = [:]
  private var legend: [String] = []
  private var grids: [String] = []
  private static let alphabet = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")

  /// Adds a frame's grid under a heading.
  mutating func add(_ frame: Frame, heading: String) {
    var lines: [String] = []
    for row in 0..<frame.height {
      var line = ""
      for column in 0..<frame.width {
        let cell = frame[row, column]
        line.append(cell == .blank ? " " : letter(for: cell.style))
      }
      while line.last == " " { line.removeLast() }
      lines.append(line)
    }
    grids.append(heading + "\n" + lines.joined(separator: "\n"))
  }

  private mutating func letter(for style: Style) -> Character {
    if let known = letters[style] { return known }
    let letter = Self.alphabet[min(letters.count, Self.alphabet.count - 1)]
    letters[style] = letter
    legend.append(
      "\(letter) \(style.role.rawValue)\(style.bold ? " bold" : "")\(style.reverse ? " reverse" : "")"
    )
    return letter
  }

  /// The legend, then every grid.
  var text: String { (legend + grids).joined(separator: "\n") + "\n" }
}
