import ArgumentParser
import GlideConfig

/// `glide check FILE...`: validates routine and theme files.
struct CheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Check routine and theme files: errors (exit 2) and evidence warnings.",
    discussion: """
      A file with a [colors] table, or in a themes folder, is checked as a theme; any \
      other as a routine.
      """)

  @Argument(help: "The files to check.")
  var files: [String]

  func run() throws {
    var failed = false
    for file in files {
      let diagnostics = FileCheck.diagnostics(path: file)
      for diagnostic in diagnostics { Output.line(diagnostic.description) }
      if diagnostics.contains(where: { $0.severity == .error }) {
        failed = true
      } else if diagnostics.isEmpty {
        Output.line("\(file): ok")
      }
    }
    if failed { throw ExitCode(2) }
  }
}
