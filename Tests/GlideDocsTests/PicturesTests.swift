import FoundationEssentials
import Testing

@testable import GlideDocs

/// The package root, found from this file's place in it.
private let root = String(#filePath.split(separator: "/").dropLast(3).joined(separator: "/"))
  .withLeadingSlash

extension String {
  fileprivate var withLeadingSlash: String { hasPrefix("/") ? self : "/" + self }
}

@Suite struct PicturesTests {
  /// Every committed picture is what the renderer draws today: a change to the screen
  /// that is not re-drawn (`swift run glide-docs pictures`) fails here.
  @Test func committedPicturesAreCurrent() throws {
    let pictures = try Pictures.all(root: root)
    #expect(pictures.count == 6)
    for picture in pictures {
      let path = root + "/" + Pictures.folder + "/" + picture.file
      let committed = try? Data(contentsOf: URL(fileURLWithPath: path))
      #expect(
        committed.map { String(decoding: $0, as: UTF8.self) } == picture.svg,
        "\(path) is stale: run `swift run glide-docs pictures`")
    }
  }

  /// The pictures show what they say: the roll's clock and cue, the pacer's word, the
  /// rep count, the summary's heading, the stats' chart.
  @Test func picturesShowTheirMoment() throws {
    let byFile = Dictionary(
      uniqueKeysWithValues: try Pictures.all(root: root).map { ($0.file, $0.svg) })
    #expect(byFile["roll.svg"]?.contains("ROLL") == true)
    #expect(byFile["breath.svg"]?.contains("breath") == true)
    #expect(byFile["reps.svg"]?.contains("REPS") == true)
    #expect(byFile["summary.svg"]?.contains("Active") == true)
    #expect(byFile["stats.svg"]?.contains("glide stats") == true)
    // Thirty frames, the first the get-ready, the last the roll.
    let session = byFile["session.svg"] ?? ""
    #expect(session.components(separatedBy: "<g class=\"f\"").count == 31)
    #expect(session.contains("GET READY") && session.contains("ROLL"))
  }

  /// Text from a frame cannot break the SVG.
  @Test func markupIsEscaped() {
    #expect(SVGFrame.escaped("<a & \"b\">") == "&lt;a &amp; &quot;b&quot;&gt;")
  }
}
