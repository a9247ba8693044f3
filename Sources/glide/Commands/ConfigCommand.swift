import ArgumentParser
import GlideConfig
import GlideLog
import GlideSystem

/// `glide config`: the settings a session would use, and where each came from.
struct ConfigCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "config",
    abstract: "Print the settings 'glide run' would use and where each came from.",
    discussion: """
      Defaults come from $XDG_CONFIG_HOME/glide/config.toml (else \
      ~/.config/glide/config.toml), flags override them. Give the same routine and flags \
      as to 'glide run' to see what they change. The output is itself a valid config file.
      """)

  @OptionGroup var session: RunCommand

  func run() throws {
    let loaded = session.effectiveSettings()
    let file = SettingsFile.path(configDirectory: configDirectory())
    if let problem = loaded.problem {
      printError("glide: \(problem)")
    }
    if let file {
      let state =
        loaded.problem != nil
        ? "cannot be used" : Files.exists(file) ? "read" : "not found"
      Output.line("# \(file): \(state)")
    } else {
      Output.line("# no config folder: HOME and XDG_CONFIG_HOME are not set")
    }
    let entries = loaded.settings.entries
    let width = entries.map { $0.key.count + $0.value.count + 3 }.max() ?? 0
    for entry in entries {
      let setting = "\(entry.key) = \(entry.value)"
      let note = entry.origin.description
      let padding = String(repeating: " ", count: max(0, width - setting.count))
      Output.line(setting + padding + "  # " + note)
    }
    let environment = Host.environment
    if let log = LogLocation.path(flag: session.log.path, environment: environment) {
      Output.line("# session log: \(log) (\(logOrigin(environment: environment)))")
    }
    if let noColor = environment["NO_COLOR"], !noColor.isEmpty {
      Output.line("# colours: off ($NO_COLOR)")
    }
  }

  /// Where the log's path came from, in the order LogLocation looks.
  private func logOrigin(environment: [String: String]) -> SettingOrigin {
    if let path = session.log.path, !path.isEmpty { return .flag("--log") }
    if let path = environment["GLIDE_LOG"], !path.isEmpty { return .environment("GLIDE_LOG") }
    if environment["XDG_DATA_HOME"]?.hasPrefix("/") == true {
      return .environment("XDG_DATA_HOME")
    }
    return .builtIn
  }
}
