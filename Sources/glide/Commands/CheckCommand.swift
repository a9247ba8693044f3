import ArgumentParser
import GlideConfig

/// `glide check FILE...`: validates routine and theme files.
struct CheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Check routine, theme and config files: errors (exit 2) and evidence warnings.",
    discussion: """
      A file named config.toml is checked as the config file; a file with a [colors] \
      table, or in a themes folder, as a theme; any other as a routine. With no files, \
      checks your config file, routines and themes.
      """)

  @Argument(help: "The files to check.", completion: .file(extensions: ["toml"]))
  var files: [String] = []

  func run() throws {
    var files = self.files
    if files.isEmpty {
      guard let folder = configDirectory() else {
        throw fail("cannot find your config folder: set HOME or XDG_CONFIG_HOME")
      }
      files = FileCheck.userFiles(configDirectory: folder)
      if files.isEmpty { print("\(folder): no config file, routines or themes to check") }
    }
    var failed = false
    for file in files {
      let diagnostics = FileCheck.diagnostics(path: file)
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
