import ArgumentParser
import GlideConfig
import GlideCore
import GlideRender
import GlideSystem

/// Prints one line on stderr and exits with status 2: bad input from the person.
func fail(_ message: String) -> ExitCode {
  printError("glide: \(message)")
  return ExitCode(2)
}

/// Exit status 2 for a file that cannot be used, saying why: its first error after
/// "glide: " (and `about`, when given), then the file's other errors, in the file's order.
func fail(_ failure: LookupFailure, about: String = "") -> ExitCode {
  let code = fail(about + failure.description)
  for diagnostic in failure.diagnostics.dropFirst() { printError(diagnostic.description) }
  return code
}

/// Writes a line to standard error, made safe (see `Output`).
func printError(_ line: String) {
  Output.error(line)
}

/// The person's config folder (`$XDG_CONFIG_HOME/glide` or `~/.config/glide`).
func configDirectory() -> String? {
  ConfigLocation.directory(environment: Host.environment)
}

/// The routine a session runs: as `loadRoutine(_:)`, except that an unknown id the config
/// file set is not said again: the file's problems, said first, named it at its line.
func loadRoutine(_ setting: Setting<String>) throws -> (routine: Routine, warnings: [Diagnostic]) {
  guard case .file = setting.origin,
    SettingNames.unknownRoutine(setting.value, configDirectory: configDirectory()) != nil
  else { return try loadRoutine(setting.value) }
  throw ExitCode(2)
}

/// The routine named on the command line (an id, or a path ending in `.toml`) with the
/// warnings its file raised, or exit 2 with every error in the file, or the known ids.
func loadRoutine(_ name: String) throws -> (routine: Routine, warnings: [Diagnostic]) {
  if name.hasSuffix(".toml") {
    let result = RoutineLoader.load(file: name)
    guard let routine = result.routine else {
      for diagnostic in result.diagnostics { printError(diagnostic.description) }
      throw ExitCode(2)
    }
    return (routine, result.warnings)
  }
  do {
    let found = try RoutineCatalog.resolve(id: name, configDirectory: configDirectory())
    return (found.routine, found.warnings)
  } catch {
    // A broken file of the person's: every error, as for a file named by path.
    if !error.diagnostics.isEmpty {
      for diagnostic in error.diagnostics { printError(diagnostic.description) }
      throw ExitCode(2)
    }
    throw fail(error.description)
  }
}

/// The theme `--theme` names (or the default), or exit 2 saying why not.
func loadTheme(_ name: String?) throws -> Theme {
  guard let name else { return ThemeCatalog.defaultTheme }
  switch ThemeCatalog.resolve(name, configDirectory: configDirectory()) {
  case .success(let theme): return theme
  case .failure(let failure): throw fail(failure)
  }
}

/// The config file's settings, for a command that lists or shows plans: its lengths are
/// the ones a session runs with. What is wrong with the file is said on stderr, as a
/// session says it.
func configSettings() -> Settings {
  let loaded = SettingsFile.load(configDirectory: configDirectory())
  for problem in loaded.problems { printError("glide: \(problem)") }
  return loaded.settings
}
