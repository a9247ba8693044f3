import Foundation
import GlideConfig
import Testing

@Suite struct SourceFileTests {
  @Test func whatIsNotAReadableFileGetsOneLineSayingWhy() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "glide-source-\(UUID())")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let fifo = folder.appendingPathComponent("pipe.toml").path
    #expect(mkfifo(fifo, 0o600) == 0)
    let cases = [
      (folder.path, "is a folder, not a file"),
      (folder.appendingPathComponent("missing.toml").path, "no such file"),
      (fifo, "is not a regular file"),
    ]
    for (path, message) in cases {
      #expect(
        FileCheck.diagnostics(path: path, name: "x.toml").map(\.description) == [
          "x.toml: error: \(message)"
        ])
    }
  }

  @Test func theCatalogListsOnlyTOMLFilesSorted() throws {
    let config = FileManager.default.temporaryDirectory.appendingPathComponent(
      "glide-list-\(UUID())")
    let routines = config.appendingPathComponent("routines")
    try FileManager.default.createDirectory(at: routines, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: config) }
    for name in ["b.toml", "a.toml", ".hidden.toml", "notes.txt"] {
      try "name = \n".write(
        to: routines.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }
    let ids = RoutineCatalog(configDirectory: config.path).entries.filter(\.isUsers).map(\.id)
    #expect(ids == ["a", "b"])
  }
}
