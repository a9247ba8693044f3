import Foundation
import GlideConfig
import GlideCore
import GlideRender
import PropertyBased
import Testing

private let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  .appendingPathComponent("Fixtures/bad")

private func corpusFiles() -> [String] {
  ((try? FileManager.default.contentsOfDirectory(atPath: corpus.path)) ?? [])
    .filter { $0.hasSuffix(".toml") }.sorted()
}

@Suite struct BadFileCorpusTests {
  @Test func theCorpusIsLargeEnough() {
    #expect(corpusFiles().count >= 40)
  }

  @Test(arguments: corpusFiles())
  func everyBadFileGetsItsExactMessages(_ name: String) throws {
    let path = corpus.appendingPathComponent(name).path
    let expected = try String(
      contentsOf: corpus.appendingPathComponent(String(name.dropLast(5)) + ".expected"),
      encoding: .utf8)
    let diagnostics = FileCheck.diagnostics(path: path, name: name)
    #expect(diagnostics.contains { $0.severity == .error }, "\(name) is refused")
    #expect(diagnostics.allSatisfy { $0.description.hasPrefix(name + ":") }, "names the file")
    #expect(diagnostics.map { $0.description + "\n" }.joined() == expected)
  }

  @Test func aFileOverOneMebibyteIsRefusedUnread() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "glide-big-\(UUID())")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("big.toml").path
    let text = "name = \"Big\"\n" + String(repeating: "# padding padding padding\n", count: 50_000)
    _ = FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
    let diagnostics = FileCheck.diagnostics(path: path, name: "big.toml")
    #expect(
      diagnostics.map(\.description) == [
        "big.toml: error: the file is \(text.utf8.count) bytes; at most 1 MiB is read"
      ])
  }

  @Test func tenThousandStepsAreRefused() {
    var text = "name = \"Many\"\n"
    for _ in 0..<10_000 {
      text += "[[steps]]\ntechnique = \"rest\"\ntarget = \"all\"\nduration = 1\n"
    }
    let result = RoutineDecoder.decode(text: text, id: "many", file: "many.toml")
    #expect(
      result.errors.map(\.description) == [
        "many.toml:2:1: error: steps: 10000 steps; a routine may have at most 200"
      ])
  }

  @Test func aBOMAndCRLFStillGiveRightLines() throws {
    let bom = FileCheck.diagnostics(
      path: corpus.appendingPathComponent("bom.toml").path, name: "bom.toml")
    #expect(bom.last?.line == 8)
    let crlf = FileCheck.diagnostics(
      path: corpus.appendingPathComponent("crlf.toml").path, name: "crlf.toml")
    #expect(crlf.first?.line == 8)
    #expect(!crlf.contains { $0.description.contains("\r") })
  }

  /// Random edits of valid files never crash the decoder, and always give either a
  /// routine or at least one error naming the file.
  @Test func mutationsGiveARoutineOrAnErrorNamingTheFile() async {
    let sources = BuiltinRoutines.files.map { String(decoding: $0.bytes, as: UTF8.self) }
    let pieces = [
      "\"", "=", "[", "]", "[[steps]]", "\n", "-", "0", "1e9", "#", "\\u001b", "é", "\r\n",
      "reps = 500", "true", "{", "}", ",", " ",
    ]
    let edits = Gen.int(in: 0...1_000_000).array(of: 1...8)
    await propertyCheck(
      count: Int(ProcessInfo.processInfo.environment["MUTATIONS"] ?? "") ?? 400,
      input: Gen.int(in: 0...(sources.count - 1)), edits
    ) { which, edits in
      var text = Array(sources[which])
      for edit in edits {
        guard !text.isEmpty else { break }
        let position = edit % text.count
        switch edit % 4 {
        case 0: text.remove(at: position)
        case 1: text.insert(contentsOf: pieces[edit / 7 % pieces.count], at: position)
        case 2:
          let end = min(text.count, position + edit / 13 % 40)
          text.removeSubrange(position..<end)
        default:
          let end = min(text.count, position + edit / 11 % 30)
          text.insert(contentsOf: text[position..<end], at: position)
        }
      }
      if let keep = ProcessInfo.processInfo.environment["MUTANT_FILE"] {
        try? String(text).write(toFile: keep, atomically: false, encoding: .utf8)
      }
      let result = RoutineDecoder.decode(
        bytes: Array(String(text).utf8), id: "m", file: "mutant.toml")
      if result.routine == nil {
        #expect(!result.errors.isEmpty)
      } else {
        #expect(result.errors.isEmpty)
      }
      #expect(result.diagnostics.allSatisfy { $0.description.hasPrefix("mutant.toml") })
    }
  }
}

@Suite struct UserCatalogTests {
  @Test func userRoutinesAreListedMarkedAndOverride() throws {
    let config = FileManager.default.temporaryDirectory.appendingPathComponent(
      "glide-config-\(UUID())")
    let routines = config.appendingPathComponent("routines")
    try FileManager.default.createDirectory(at: routines, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: config) }
    let valid =
      "name = \"Mine\"\n[[steps]]\ntechnique = \"breathe\"\ntarget = \"breath\"\nduration = \"1m\"\nbreath = \"4-6\"\n"
    try valid.write(
      to: routines.appendingPathComponent("mine.toml"), atomically: true, encoding: .utf8)
    try valid.replacingOccurrences(of: "Mine", with: "My desk").write(
      to: routines.appendingPathComponent("desk-reset.toml"), atomically: true, encoding: .utf8)
    try "name = \n".write(
      to: routines.appendingPathComponent("broken.toml"), atomically: true, encoding: .utf8)
    let catalog = RoutineCatalog(configDirectory: config.path)
    #expect(
      catalog.entries.map(\.id)
        == BuiltinRoutines.files.map(\.id).filter { $0 != "desk-reset" } + [
          "broken", "desk-reset", "mine",
        ])
    let desk = try #require(catalog.entries.first { $0.id == "desk-reset" })
    #expect(desk.overridesBuiltin && desk.isUsers)
    #expect(try catalog.routine(id: "desk-reset").name == "My desk")
    let broken = try #require(catalog.entries.first { $0.id == "broken" })
    #expect(broken.routine == nil)
    #expect(broken.firstError?.description.contains("broken.toml:1:") == true)
    #expect(throws: LookupFailure.self) { try catalog.routine(id: "broken") }
  }

  @Test func userThemesResolveByNameAndFile() throws {
    let config = FileManager.default.temporaryDirectory.appendingPathComponent(
      "glide-config-\(UUID())")
    let themes = config.appendingPathComponent("themes")
    try FileManager.default.createDirectory(at: themes, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: config) }
    let file = themes.appendingPathComponent("sunrise.toml")
    try "name = \"Sunrise\"\n[colors]\nroll = \"#ff8800\"\n".write(
      to: file, atomically: true, encoding: .utf8)
    guard case .success(let theme) = ThemeCatalog.resolve("sunrise", configDirectory: config.path)
    else {
      Issue.record("sunrise not found")
      return
    }
    #expect(theme.color(.roll) == ThemeColor("#ff8800"))
    #expect(
      theme.color(.hold) == ThemeCatalog.defaultTheme.color(.hold), "missing roles keep the default"
    )
    guard case .success = ThemeCatalog.resolve(file.path, configDirectory: nil) else {
      Issue.record("a theme file path resolves")
      return
    }
    guard case .failure(let failure) = ThemeCatalog.resolve("nope", configDirectory: config.path)
    else {
      Issue.record("unknown theme")
      return
    }
    #expect(failure.description.hasSuffix("gruvbox, mono, sunrise"))
  }

  @Test func theStarterRoutineIsValidAndWarningFree() {
    let result = RoutineDecoder.decode(
      text: StarterRoutine.text(name: "mine"), id: "mine", file: "mine.toml")
    #expect(result.routine != nil)
    #expect(result.diagnostics.isEmpty)
    // Its first lines give the commands that check and run it, by its id.
    let head = StarterRoutine.text(name: "mine").split(separator: "\n").prefix(2)
    #expect(head.first?.hasSuffix("Check it with: glide check mine") == true)
    #expect(head.last?.hasSuffix("Run it with: glide run mine") == true)
  }
}
