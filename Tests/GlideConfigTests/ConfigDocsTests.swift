import Foundation
import GlideConfig
import Testing

/// docs/config.md's example file is the table of keys, written out: every key the reader
/// takes, in `glide config`'s order, and no other.
@Suite struct ConfigDocsTests {
  @Test func theExampleFileNamesEveryKey() throws {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("docs/config.md")
    let text = try String(contentsOf: url, encoding: .utf8)
    let block =
      try #require(text.components(separatedBy: "```toml\n").dropFirst().first)
      .components(separatedBy: "```").first ?? ""
    let keys = block.split(separator: "\n").compactMap { line -> String? in
      guard let equals = line.firstIndex(of: "="), !line.hasPrefix(" ") else { return nil }
      return line[..<equals].trimmingCharacters(in: .whitespaces)
    }
    #expect(keys == Settings.keyNames, "docs/config.md should list: \(Settings.keyNames)")
  }
}
