import ArgumentParser
import GlideConfig
import GlideLog
import GlideSystem

/// `glide config`: the settings a session would use, and where each came from.
struct ConfigCommand: ParsableCommand, LogCommand {
  static let configuration = CommandConfiguration(
    commandName: "config",
    abstract: "Print the settings 'glide run' would use and where each came from.",
    // Its options are run's, taken as a group; without this the parser names the group's
    // command in the usage line ("glide run config").
    usage: "glide config [<options>] [<routine>]",
    discussion: """
      Defaults come from $XDG_CONFIG_HOME/glide/config.toml (else \
      ~/.config/glide/config.toml), flags override them. Give the same routine and flags \
      as to 'glide run' to see what they change. Sound and voice are shown as the session \
      will have them: tones or the bell by what is on PATH, the voice off when its program \
      is missing. The output is itself a valid config file.
      """)

  @Argument(
    help: "A routine id (see 'glide routines') or a routine file (FILE.toml).",
    completion: .routines)
  var routine: String?

  @OptionGroup var session: SessionFlags

  @OptionGroup var log: LogOptions

  func run() throws {
    let setup = SessionSetup(flags: session, routine: routine)
    let file = SettingsFile.path(configDirectory: configDirectory())
    setup.sayProblems()
    // A routine or theme typed here that `glide run` would refuse is refused here too.
    if let routine,
      let unknown = SettingNames.unknownRoutine(routine, configDirectory: configDirectory())
    {
      throw fail(unknown)
    }
    if case .flag = setup.settings.theme.origin { _ = try loadTheme(setup.settings.theme.value) }
    if let file {
      let state =
        setup.configRead
        ? setup.problems.isEmpty ? "read" : "read, in part"
        : Files.exists(file) ? "cannot be used" : "not found"
      Output.line("# \(file): \(state)")
    } else {
      Output.line("# no config folder: HOME and XDG_CONFIG_HOME are not set")
    }
    let entries = setup.settings.entries
    let width = entries.map { $0.key.count + $0.value.count + 3 }.max() ?? 0
    for entry in entries {
      let setting = "\(entry.key) = \(entry.value)"
      let note = entry.origin.description
      let padding = String(repeating: " ", count: max(0, width - setting.count))
      Output.line(setting + padding + "  # " + note)
    }
    let environment = Host.environment
    if let path = LogLocation.path(flag: log.path, environment: environment) {
      Output.line("# session log: \(path) (\(logOrigin(environment: environment)))")
    }
    if let noColor = environment["NO_COLOR"], !noColor.isEmpty {
      Output.line("# colours: off ($NO_COLOR)")
    }
  }

  /// Where the log's path came from, in the order LogLocation looks.
  private func logOrigin(environment: [String: String]) -> SettingOrigin {
    if let path = log.path, !path.isEmpty { return .flag("--log") }
    if let path = environment["GLIDE_LOG"], !path.isEmpty { return .environment("GLIDE_LOG") }
    if environment["XDG_DATA_HOME"]?.hasPrefix("/") == true {
      return .environment("XDG_DATA_HOME")
    }
    return .builtIn
  }
}
