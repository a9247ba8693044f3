import Foundation
import Testing

/// Compares text with a file under `Snapshots/`; `RECORD_SNAPSHOTS=1` writes the file.
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
