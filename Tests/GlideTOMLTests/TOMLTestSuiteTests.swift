import Foundation
import GlideTOML
import Testing

/// toml-lang's toml-test corpus for TOML 1.0.0, beside the package as `../shared/toml-test`.
private let suite = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  .deletingLastPathComponent().deletingLastPathComponent()
  .appendingPathComponent("../shared/toml-test").standardizedFileURL

/// Whether the corpus is there: without it the suite is shown as disabled, with the reason,
/// rather than passing having checked nothing.
private let corpusPresent = FileManager.default.fileExists(
  atPath: suite.appendingPathComponent("files-toml-1.0.0").path)

private func listed() -> [String] {
  guard
    let list = try? String(
      contentsOf: suite.appendingPathComponent("files-toml-1.0.0"), encoding: .utf8)
  else { return [] }
  return list.split(separator: "\n").map(String.init).filter { $0.hasSuffix(".toml") }
}

private func bytes(_ path: String) throws -> [UInt8] {
  [UInt8](try Data(contentsOf: suite.appendingPathComponent(path)))
}

@Suite(
  .enabled(
    if: corpusPresent,
    "no toml-test corpus at ../shared/toml-test beside the package (clone toml-lang/toml-test there)"
  ))
struct TOMLTestSuiteTests {
  @Test func everyValidFileDecodesToItsJSON() throws {
    let files = listed().filter { $0.hasPrefix("valid/") }
    // A corpus that lists too few files is broken, not a pass.
    try #require(files.count >= 200, "toml-test at \(suite.path) lists \(files.count) valid files")
    var failures: [String] = []
    for file in files {
      let expectedData = try Data(
        contentsOf: suite.appendingPathComponent(String(file.dropLast(5)) + ".json"))
      let expected = try JSONSerialization.jsonObject(
        with: expectedData, options: [.fragmentsAllowed])
      do {
        let table = try TOMLTable.parse(try bytes(file))
        let json = TaggedJSON.encode(table)
        let actual = try JSONSerialization.jsonObject(with: Data(json.utf8))
        if let difference = TaggedComparison.difference(expected, actual, path: "") {
          failures.append("\(file): \(difference)")
        }
      } catch let error as TOMLError {
        failures.append("\(file): rejected: \(error)")
      }
    }
    #expect(failures.isEmpty, "\(failures.count) failures:\n\(failures.joined(separator: "\n"))")
  }

  @Test func everyInvalidFileIsRejected() throws {
    let files = listed().filter { $0.hasPrefix("invalid/") }
    // A corpus that lists too few files is broken, not a pass.
    try #require(
      files.count >= 400, "toml-test at \(suite.path) lists \(files.count) invalid files")
    var accepted: [String] = []
    for file in files {
      if let table = try? TOMLTable.parse(try bytes(file)) {
        accepted.append("\(file): \(TaggedJSON.encode(table).prefix(200))")
      }
    }
    #expect(accepted.isEmpty, "\(accepted.count) accepted:\n\(accepted.joined(separator: "\n"))")
  }
}
