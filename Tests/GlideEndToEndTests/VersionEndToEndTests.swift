import Foundation
import GlideDocs
import Testing

/// The package's root folder, where README.md, CHANGELOG.md and the Makefile live.
func packageRoot(filePath: String = #filePath) -> URL {
  URL(fileURLWithPath: filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
}

@Suite(.endToEnd) struct VersionEndToEndTests {
  /// The version of the first `## [x.y.z]` heading: the newest release.
  static func newestRelease(inChangelog text: String) -> String? {
    for line in text.split(separator: "\n") where line.hasPrefix("## [") {
      let name = line.dropFirst(4).prefix { $0 != "]" }
      if name != "Unreleased" { return String(name) }
    }
    return nil
  }

  @Test func versionIsTheChangelogsNewestRelease() throws {
    let changelog = try String(
      contentsOf: packageRoot().appendingPathComponent("CHANGELOG.md"), encoding: .utf8)
    let newest = try #require(Self.newestRelease(inChangelog: changelog))
    #expect(
      newest.split(separator: ".").count == 3 && newest.allSatisfy { $0.isNumber || $0 == "." })
    let result = runProcess(glideBinary, ["--version"])
    #expect(result.status == 0)
    #expect(result.out == newest + "\n")
    #expect(result.err.isEmpty)
  }

  @Test func changelogKeepsAnUnreleasedEntryAboveTheReleases() throws {
    let changelog = try String(
      contentsOf: packageRoot().appendingPathComponent("CHANGELOG.md"), encoding: .utf8)
    let headings = changelog.split(separator: "\n").filter { $0.hasPrefix("## [") }
    #expect(headings.first == "## [Unreleased]")
    for heading in headings.dropFirst() {
      // "## [0.1.0] - 2026-11-23": a release names its date.
      #expect(
        heading.wholeMatch(of: /## \[\d+\.\d+\.\d+\] - \d{4}-\d{2}-\d{2}/) != nil, "\(heading)")
    }
  }
}

/// What `--help` shows of the release: the examples the man page shows too, and each
/// command's own usage line.
@Suite(.endToEnd) struct HelpEndToEndTests {
  @Test func helpShowsTheExamples() {
    let result = runProcess(glideBinary, ["--help"])
    #expect(result.status == 0)
    let lines = result.out.split(separator: "\n", omittingEmptySubsequences: false)
    for example in Examples.all {
      #expect(result.out.contains(example.command), "\(example.command)")
      // Each description whole on its line: nothing wrapped to the left edge.
      #expect(lines.contains("      " + example.does), "\(example.does)")
    }
    let heading = lines.firstIndex(of: "Examples:")
    #expect(heading.map { lines[$0 - 1].isEmpty } == true, "a blank line before Examples:")
  }

  /// `run` is the default command only for a line that names no command (a line that
  /// names one skips building `run`'s options): the help still says so.
  @Test func helpMarksRunTheDefaultCommand() {
    for arguments in [["--help"], ["help"], ["-h"]] {
      let result = runProcess(glideBinary, arguments)
      #expect(result.status == 0, "\(arguments)")
      #expect(
        result.out.split(separator: "\n").contains { $0.hasPrefix("  run (default) ") },
        "\(arguments): \(result.out)")
    }
  }

  @Test func configHelpNamesConfigInItsUsage() {
    let result = runProcess(glideBinary, ["config", "--help"])
    #expect(result.out.contains("USAGE: glide config [<options>] [<routine>]"), "\(result.out)")
    #expect(!result.out.contains("glide run config"))
  }

  /// A usage line marks what may be left out: bare `<options>` reads as required.
  @Test func noUsageLineAsksForOptionsThatAreAllOptional() {
    let commands = [
      "run", "routines", "show", "themes", "history", "stats", "log", "check", "new", "library",
      "build", "config", "keys", "program", "next", "remind", "status", "report",
    ]
    for command in commands {
      let usage = runProcess(glideBinary, [command, "--help"]).out
        .split(separator: "\n").first { $0.hasPrefix("USAGE: ") }
      #expect(usage != nil, "\(command)")
      #expect(usage?.contains(" <options>") == false, "\(command): \(usage ?? "")")
    }
  }
}
