import GlideTOML

/// The config file's names of things kept elsewhere, checked against what exists: the
/// routine `glide` runs and the theme it draws with. The one home of that rule, which
/// `glide config`, `glide check`, `glide routines` and a session all read through the
/// config file's problems.
public enum SettingNames {
  /// What is wrong with the names `settings` took from a config file, each at its line.
  /// A theme that cannot be had falls back to the default, since a look is no reason not
  /// to run; an unknown routine stays, and a session refuses it as it refuses one typed.
  /// `positions` are where the file's values are (`SettingsDecoder.Result.positions`), for
  /// each problem's column.
  public static func check(
    _ settings: inout Settings, configDirectory: String?,
    positions: [String: TOMLPosition] = [:]
  ) -> [Diagnostic] {
    var problems: [Diagnostic] = []
    if case .file(let file, let line) = settings.routine.origin,
      let message = unknownRoutine(settings.routine.value, configDirectory: configDirectory)
    {
      problems.append(
        Diagnostic(
          file: file, line: line, column: positions["routine"]?.column, key: "routine",
          message: message))
    }
    if case .file(let file, let line) = settings.theme.origin,
      case .failure(let failure) = ThemeCatalog.resolve(
        settings.theme.value, configDirectory: configDirectory)
    {
      problems.append(
        Diagnostic(
          file: file, line: line, column: positions["theme"]?.column, key: "theme",
          message: failure.description))
      settings.theme = Settings().theme
    }
    return problems
  }

  /// Why `name` names no routine, or nil when it names one (a file is looked at when it
  /// is opened, not here). Only the ids are listed: no routine file is read for this.
  public static func unknownRoutine(_ name: String, configDirectory: String?) -> String? {
    guard !name.hasSuffix(".toml"), !name.contains("/") else { return nil }
    let known = RoutineCatalog.ids(configDirectory: configDirectory)
    guard !known.contains(name) else { return nil }
    return RoutineCatalog.UnknownRoutine(id: name, known: known).description
  }
}
