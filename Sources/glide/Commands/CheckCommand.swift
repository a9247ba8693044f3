import ArgumentParser
import GlideConfig
import GlideSound
import GlideSystem

/// `glide check [FILE...]`: validates routine, theme and library files.
struct CheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract:
      "Check routine, theme, library, program and config files: errors (exit 2) and evidence warnings.",
    discussion: """
      A file named config.toml is checked as the config file; a file with a [colors] \
      table, or in a themes folder, as a theme; one with [[weeks]], or in a programs \
      folder, as a program; one with [[entries]], or in a library folder, as technique \
      library additions; any other as a routine. A name without .toml is a routine id, \
      checked as 'glide run ID' would load it, a program id, or a program's session id \
      (runners-legs-w2-s1), checked as its program. With no files, your \
      config file, every routine, theme, library and program file of yours, and your own \
      sounds (one WAV per cue, at most 5 s) are checked; a FILE.wav is checked as a sound.
      """)

  @Argument(
    help:
      "Files, or routine or program ids (built-in or yours), to check (default: every file of yours).",
    completion: .file(extensions: ["toml"]))
  var files: [String] = []

  func run() throws {
    var files = self.files
    var failed = false
    if files.isEmpty {
      failed = checkSounds()
      guard let folder = configDirectory() else {
        throw fail("cannot find your config folder: set HOME or XDG_CONFIG_HOME")
      }
      files = FileCheck.userFiles(configDirectory: folder)
      if files.isEmpty {
        Output.line("\(folder): no config file, routines, themes or library files to check")
      }
    }
    let chosen = files
    for file in chosen {
      let isID = !file.hasSuffix(".toml") && !file.contains("/")
      var diagnostics: [Diagnostic]
      if file.lowercased().hasSuffix(".wav") {
        failed = !checkSound(file) || failed
        continue
      } else if isID {
        switch FileCheck.diagnostics(id: file, configDirectory: configDirectory()) {
        case .success(let found): diagnostics = found
        case .failure(let unknown): throw fail(unknown.description)
        }
      } else {
        diagnostics = FileCheck.diagnostics(path: file)
      }
      for diagnostic in diagnostics { Output.line(diagnostic.description) }
      if diagnostics.contains(where: { $0.severity == .error }) {
        failed = true
      } else if diagnostics.isEmpty {
        Output.line("\(file): ok")
      }
    }
    if failed { throw ExitCode(2) }
  }

  /// Checks the folder of one's own sounds, when there is one; true when a file in it
  /// cannot be played.
  func checkSounds() -> Bool {
    let settings = SettingsFile.load(configDirectory: configDirectory()).settings
    guard
      let folder = OwnSounds.folder(
        setting: settings.sounds.value, environment: Host.environment)
    else { return false }
    let sounds = OwnSounds(folder: folder)
    for problem in sounds.problems { Output.line(problem) }
    for path in sounds.files.values.sorted() { Output.line("\(path): ok") }
    return sounds.problems.contains { $0.contains(": error: ") }
  }

  /// Checks one sound file: a WAV a player takes, at most five seconds; true when it is.
  func checkSound(_ path: String) -> Bool {
    switch OwnSounds.check(path) {
    case .success(let seconds):
      Output.line("\(path): ok (\((seconds * 10).rounded() / 10) s)")
      return true
    case .failure(let problem):
      Output.line("\(path): error: \(problem)")
      return false
    }
  }
}
