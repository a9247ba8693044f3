import ArgumentParser
import GlideConfig

/// `glide check [FILE...]`: validates routine, theme and library files.
struct CheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Check routine, theme and library files: errors (exit 2) and evidence warnings.",
    discussion: """
      A file with a [colors] table, or in a themes folder, is checked as a theme; one \
      with [[entries]], or in a library folder, as technique library additions; any \
      other as a routine. A name without .toml is a routine id, checked as 'glide run ID' \
      would load it. With no files, every file in your config folder is checked.
      """)

  @Argument(
    help: "Files, or routine ids (built-in or yours), to check (default: every file of yours).")
  var files: [String] = []

  func run() throws {
    var failed = false
    let chosen = files.isEmpty ? FileCheck.userFiles(configDirectory: configDirectory()) : files
    if chosen.isEmpty { print("no routine, theme or library files of your own to check") }
    let catalog = RoutineCatalog(configDirectory: configDirectory())
    for file in chosen {
      let isID = !file.hasSuffix(".toml") && !file.contains("/")
      var diagnostics: [Diagnostic]
      if isID {
        guard let found = catalog.diagnostics(id: file) else {
          throw fail(
            RoutineCatalog.UnknownRoutine(id: file, known: catalog.entries.map(\.id)).description)
        }
        diagnostics = found
      } else {
        diagnostics = FileCheck.diagnostics(path: file)
      }
      for diagnostic in diagnostics { print(diagnostic.description) }
      if diagnostics.contains(where: { $0.severity == .error }) {
        failed = true
      } else if diagnostics.isEmpty {
        print("\(file): ok")
      }
    }
    if failed { throw ExitCode(2) }
  }
}
