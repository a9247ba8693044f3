import Foundation
import Testing

/// One way to write lengths and counts in every command: a time is a clock face (`m:ss`,
/// `h:mm:ss`) or words ("2 minutes"), never a file's `3m5s` or `10h00m`, and a count of
/// one takes the singular ("1 minute", not "1 minutes").
@Suite(.endToEnd) struct WordsEndToEndTests {
  /// `3m5s`, `2m45s`, `10h00m`, `1h05m`: how a file writes a length.
  static let fileLength = try! NSRegularExpression(pattern: #"\b\d+(h\d+m|m\d+s)\b"#)
  /// "1 minutes", "1 steps": a count of one with a plural noun.
  static let onePlural = try! NSRegularExpression(
    pattern:
      #"(^|[^\d.:/,])1 (minute|second|step|session|week|rep|round|breath|day|hour|area|passive step)s\b"#
  )

  static func matches(_ pattern: NSRegularExpression, _ text: String) -> [String] {
    pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap {
      Range($0.range, in: text).map { String(text[$0]) }
    }
  }

  @Test func everyCommandWritesLengthsAsClockFacesAndCountsInAgreement() throws {
    let (folder, environment) = try TableWidthEndToEndTests.corpus()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let commands: [[String]] = [
      ["routines"], ["history"], ["stats"], ["show", "desk-reset"], ["show", "short"],
      ["library"], ["program", "list"],
      // Areas left out say what they need and what was left.
      ["build", "calves", "quads", "hips", "glutes", "hamstrings", "--minutes", "5"],
      ["build", "calves", "--minutes", "6", "--with", "gun"],
      ["build", "calves", "--minutes", "8", "--with", "gun,band,ball,roller", "--for", "recovery"],
    ]
    for arguments in commands {
      let run = runProcess(glideBinary, arguments, environment: environment)
      #expect(run.status == 0, "\(arguments): \(run.err)")
      let text = run.out + run.err
      #expect(!text.isEmpty, "\(arguments) printed nothing")
      #expect(Self.matches(Self.fileLength, text).isEmpty, "\(arguments): \(text)")
      #expect(Self.matches(Self.onePlural, text).isEmpty, "\(arguments): \(text)")
    }
  }
}
