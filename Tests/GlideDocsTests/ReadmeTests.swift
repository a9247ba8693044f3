import FoundationEssentials
import Testing

/// README is a newcomer's first screen: its promises about itself, held.
@Suite struct ReadmeTests {
  static let root = "/" + #filePath.split(separator: "/").dropLast(3).joined(separator: "/")

  static func read(_ file: String) throws -> String {
    try String(decoding: Data(contentsOf: URL(fileURLWithPath: root + "/" + file)), as: UTF8.self)
  }

  /// The first two commands are the ones a clone needs: run it, test it.
  @Test func theFirstCommandsRunAndTest() throws {
    let readme = try Self.read("README.md")
    let block = try #require(readme.components(separatedBy: "```sh\n").dropFirst().first)
    let commands = block.components(separatedBy: "```").first?.split(separator: "\n")
      .map { line in
        String(line.split(separator: "#").first ?? "").split(separator: " ").joined(separator: " ")
      }
    #expect(commands?.prefix(2).elementsEqual(["swift run glide", "swift test"]) == true)
  }

  /// At most 2,500 words: the reference lives in docs/.
  @Test func itStaysShort() throws {
    let words = try Self.read("README.md").split { $0 == " " || $0 == "\n" }.count
    #expect(words <= 2500, "README has \(words) words")
  }

  /// Every file README and docs/ link to or show is in the package.
  @Test func everyLinkLeadsSomewhere() throws {
    let files =
      ["README.md", "ARCHITECTURE.md"] + [
        "docs/using.md", "docs/coaching.md", "docs/routines.md", "docs/config.md",
        "docs/library.md", "docs/programs.md", "docs/log.md", "docs/benchmarks.md",
        "docs/install.md", "docs/report.md", "docs/sounds.md", "docs/accessibility.md",
        "docs/status.md",
      ]
    var checked = 0
    for file in files {
      let text = try Self.read(file)
      let folder = file.contains("/") ? "docs/" : ""
      for part in text.components(separatedBy: "](").dropFirst() {
        guard let end = part.firstIndex(of: ")") else { continue }
        let target = part[..<end].split(separator: "#").first.map(String.init) ?? ""
        guard !target.isEmpty, !target.contains("://") else { continue }
        let path = Self.root + "/" + folder + target
        #expect(FileManager.default.fileExists(atPath: path), "\(file) links to \(target)")
        checked += 1
      }
    }
    #expect(checked > 20, "links were found and followed")
  }
}
