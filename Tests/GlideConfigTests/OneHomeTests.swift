import Foundation
import GlideConfig
import GlideCore
import Testing

/// Rules that live in one place, held there: the planned length every surface shows and
/// the ranges every reader and the docs give.
@Suite struct OneHomeTests {
  static let pauses = """
    get_ready = "30s"
    switch_sides = 12
    transition = "4s"
    """

  @Test func everyListingShowsTheLengthTheSessionRuns() throws {
    let settings = try #require(SettingsDecoder.decode(text: Self.pauses, file: "c.toml").settings)
    var changed = 0
    for routine in BuiltinRoutines.all {
      let ran = settings.plan(routine).total.clockFace
      let shown = try #require(
        PlanText.plan(routine, settings: settings).last { $0.hasPrefix("Total ") })
      #expect(shown.hasPrefix("Total \(ran) · "), "\(routine.id): \(shown) vs \(ran)")
      let listed = PlanText.listingLine(routine, settings: settings, idWidth: 20, nameWidth: 30)
      #expect(listed.hasSuffix(" " + ran), "\(routine.id): \(listed)")
      #expect(PlanText.total(routine, settings: settings) == ran)
      if ran != Settings().plan(routine).total.clockFace { changed += 1 }
    }
    #expect(changed == BuiltinRoutines.all.count, "the config's pauses count in every routine")
  }

  @Test func aRepInPartsIsWrittenWithTheScreensNamesForThem() {
    var step = Step(repsOf: "Bridges", target: "hips", count: 8, tempo: .seconds(5))
    step.tempoPhases = [.seconds(2), .seconds(1), .seconds(2)]
    #expect(PlanText.repsAmount(step) == "8 × Bridges, paced 2-1-2 s: out, hold, back")
    step.tempoPhases = [.seconds(1.5), .seconds(2.5)]
    #expect(PlanText.repsAmount(step) == "8 × Bridges, paced 1.5-2.5 s: out, back")
  }

  @Test func aRoutineAndTheConfigAllowTheSamePauses() throws {
    for pause in SettingRanges.pauses {
      for seconds in [pause.seconds.lowerBound, pause.seconds.upperBound] {
        let config = SettingsDecoder.decode(text: "\(pause.key) = \(seconds)", file: "c.toml")
        #expect(config.errors.isEmpty, "\(pause.key) = \(seconds) in the config")
        let routine = RoutineDecoder.decode(
          bytes: Array(routineText(pause.key, seconds).utf8), id: "r", file: "r.toml")
        #expect(routine.routine != nil, "\(pause.key) = \(seconds) in a routine")
      }
      let over = pause.seconds.upperBound + 1
      let config = SettingsDecoder.decode(text: "\(pause.key) = \(over)", file: "c.toml")
      let routine = RoutineDecoder.decode(
        bytes: Array(routineText(pause.key, over).utf8), id: "r", file: "r.toml")
      #expect(config.errors.first?.message.contains(pause.limits) == true)
      #expect(routine.diagnostics.first?.message.contains(pause.limits) == true)
    }
  }

  func routineText(_ key: String, _ seconds: Double) -> String {
    """
    name = "r"
    \(key) = \(seconds)
    [[steps]]
    technique = "roll"
    target = "calves"
    duration = "90s"
    """
  }

  /// Every line of README and docs/ that writes a pause's key with a range in brackets
  /// gives the table's range.
  @Test func theDocsGiveTheTablesRanges() throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
    var files = [root.appendingPathComponent("README.md")]
    let docs = root.appendingPathComponent("docs")
    if let names = try? FileManager.default.contentsOfDirectory(atPath: docs.path) {
      files += names.filter { $0.hasSuffix(".md") }.map { docs.appendingPathComponent($0) }
    }
    var checked = 0
    for file in files {
      let text = try String(contentsOf: file, encoding: .utf8)
      for line in text.split(separator: "\n") {
        for pause in SettingRanges.pauses where line.hasPrefix("\(pause.key) = ") {
          guard let open = line.lastIndex(of: "("), line.hasSuffix(")") else { continue }
          let range = line[line.index(after: open)..<line.index(before: line.endIndex)]
          // A range is two lengths joined by a hyphen; "(0: none)" is not one.
          guard range.contains("-"), range.first?.isNumber == true else { continue }
          #expect(range == pause.limits, "\(file.lastPathComponent): \(line)")
          checked += 1
        }
      }
    }
    #expect(checked >= 4, "README writes the pauses of a routine and of the config file")
  }

  /// The source files that write `needle` in code (comments left out).
  func sources(writing needle: String) throws -> [String] {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Sources")
    let paths = FileManager.default.enumerator(atPath: root.path)?.compactMap { $0 as? String }
    var found: [String] = []
    for path in paths ?? [] where path.hasSuffix(".swift") {
      let text = try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
      let code = text.split(separator: "\n").filter {
        !$0.trimmingCharacters(in: .whitespaces).hasPrefix("//")
      }
      if code.contains(where: { $0.contains(needle) }) { found.append(path) }
    }
    return found.sorted()
  }

  @Test func didYouMeanAndUnknownUseAreWordedInOnePlace() throws {
    // The command line's near miss is a sentence of its own, and the parser's own
    // "Did you mean" is put in the same case where a refusal is made one line.
    #expect(
      try sources(writing: "did you mean")
        == [
          "GlideCore/Text/Suggestion.swift", "glide/Commands/Glide.swift",
          "glide/Commands/MisnamedCommand.swift",
        ])
    // Every unknown value is said by `Suggestion.unknownName`, in one shape.
    for other in ["(use \\(", "use one of", "known areas", "unknown routine '"] {
      #expect(try sources(writing: other) == [], "\(other)")
    }
  }

  @Test func oneEscaperWritesUnicodeEscapes() throws {
    // The TOML reader's own test decoder stands alone, with no Glide module under it.
    #expect(
      try sources(writing: "\"\\\\u\" + String(")
        == ["GlideCore/Text/TextEscaper.swift", "GlideTOML/TaggedJSON.swift"])
  }
}
