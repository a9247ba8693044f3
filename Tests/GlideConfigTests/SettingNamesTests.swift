import Foundation
import Testing

@testable import GlideConfig

/// The config file's routine and theme checked against what exists, the same way for
/// `glide config`, `glide check` and a session: an unknown theme falls back to the default
/// at its line, an unknown routine is said at its line and kept for a session to refuse.
@Suite struct SettingNamesTests {
  /// A config folder holding `text` as its config file, and a routine of the person's.
  func folder(_ text: String) throws -> String {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("glide-names-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(
      atPath: folder + "/routines", withIntermediateDirectories: true)
    try text.write(toFile: folder + "/config.toml", atomically: true, encoding: .utf8)
    let routine = "name = \"Mine\"\n[[steps]]\ntechnique = \"hold\"\ntarget = \"calves\"\n"
    try routine.write(toFile: folder + "/routines/mine.toml", atomically: true, encoding: .utf8)
    return folder
  }

  @Test func anUnknownThemeFallsBackAtItsLineAndAnUnknownRoutineIsKept() throws {
    let config = try folder("routine = \"pre-rnu\"\ntheme = \"gruvbx\"\n")
    defer { try? FileManager.default.removeItem(atPath: config) }
    let loaded = SettingsFile.load(configDirectory: config)
    let file = config + "/config.toml"
    #expect(
      loaded.problems == [
        "\(file):1:11: error: routine: "
          + RoutineCatalog.UnknownRoutine(
            id: "pre-rnu", known: BuiltinRoutines.files.map(\.id) + ["mine"]
          ).description,
        "\(file):2:9: error: theme: unknown theme 'gruvbx'; did you mean 'gruvbox'? known themes: "
          + "default, high-contrast, solarized-dark, gruvbox, mono; using the default theme",
      ])
    #expect(loaded.settings.routine.value == "pre-rnu")
    #expect(loaded.settings.theme == Settings().theme)
    // `glide check` says the same, as errors.
    let checked = FileCheck.diagnostics(
      bytes: Array("routine = \"pre-rnu\"\ntheme = \"gruvbx\"\n".utf8), path: file, name: file)
    #expect(checked.map(\.key) == ["routine", "theme"])
    #expect(checked.allSatisfy { $0.severity == .error })
    // Without what a session falls back to, as every other value's error in check.
    #expect(checked.allSatisfy { !$0.description.contains("using the default") })
  }

  @Test func namesThatExistAndFilesAreLeftAsTheyAre() throws {
    let config = try folder("routine = \"mine\"\ntheme = \"mono\"\n")
    defer { try? FileManager.default.removeItem(atPath: config) }
    let loaded = SettingsFile.load(configDirectory: config)
    #expect(loaded.problems.isEmpty)
    #expect(loaded.settings.routine.value == "mine")
    #expect(loaded.settings.theme.value == "mono")
    #expect(SettingNames.unknownRoutine("pre-run", configDirectory: config) == nil)
    #expect(SettingNames.unknownRoutine("/anywhere/legs.toml", configDirectory: config) == nil)
    #expect(SettingNames.unknownRoutine("legs.toml", configDirectory: nil) == nil)
  }
}
