import GlideCore
import GlideSystem

/// `glide check`: what is wrong with a routine or theme file, read as one or the other.
public enum FileCheck {
  /// Whether a file is a config file: named `config.toml`, outside the routines and themes
  /// folders.
  public static func isConfig(path: String) -> Bool {
    (path == SettingsFile.name || path.hasSuffix("/" + SettingsFile.name))
      && !path.contains("/routines/") && !path.contains("/themes/")
  }

  /// Whether a file is a theme: it sits in a `themes` folder, or has a `[colors]` table.
  public static func isTheme(path: String, bytes: [UInt8]) -> Bool {
    if path.contains("/themes/") { return true }
    return anyLineStart(of: bytes) { first, skipSpaces in
      if bytes[first...].starts(with: "[colors]".utf8) { return true }
      guard bytes[first...].starts(with: "colors".utf8) else { return false }
      let next = skipSpaces(first + 6)
      return next < bytes.count && bytes[next] == 0x3D
    }
  }

  /// Whether a file is a library file: it sits in a `library` folder, or has `[[entries]]`.
  public static func isLibrary(path: String, bytes: [UInt8]) -> Bool {
    if path.contains("/library/") { return true }
    return anyLineStart(of: bytes) { first, _ in
      bytes[first...].starts(with: "[[entries]]".utf8)
    }
  }

  /// Whether a file is a program: it sits in a `programs` folder, or has `[[weeks]]`.
  public static func isProgram(path: String, bytes: [UInt8]) -> Bool {
    if path.contains("/programs/") { return true }
    return anyLineStart(of: bytes) { first, _ in
      bytes[first...].starts(with: "[[weeks]]".utf8)
    }
  }

  /// Whether `matches` holds at the first non-blank byte of any line: a scan of line
  /// starts, without making a string of each line of a file up to 1 MiB.
  private static func anyLineStart(
    of bytes: [UInt8], _ matches: (_ first: Int, _ skipSpaces: (Int) -> Int) -> Bool
  ) -> Bool {
    func skipSpaces(_ index: Int) -> Int {
      var index = index
      while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x09 { index += 1 }
      return index
    }
    var start = 0
    while start < bytes.count {
      let first = skipSpaces(start)
      if matches(first, skipSpaces) { return true }
      guard let newline = bytes[first...].firstIndex(of: 0x0A) else { break }
      start = newline + 1
    }
    return false
  }

  /// The person's own files `glide check` looks at when given none: the config file, then
  /// every routine, theme and library file in the config folder.
  public static func userFiles(configDirectory: String) -> [String] {
    let config = configDirectory + "/" + SettingsFile.name
    return (SourceFile.exists(config) ? [config] : [])
      + ["routines", "themes", "library", "programs"].flatMap {
        SourceFile.tomlFiles(in: configDirectory + "/" + $0)
      }
  }

  /// Every error and warning of the routine, else the program, with id `id` (as
  /// `glide check ID` takes either); a program's session id (`runners-legs-w2-s1`, as
  /// `glide run` takes it) is its program's: all its errors when it has any, else its
  /// warnings once the session is found within its weeks; one line, naming the nearest,
  /// for an id of none of these.
  public static func diagnostics(
    id: String, configDirectory: String?
  ) -> Swift.Result<[Diagnostic], LookupFailure> {
    let routines = RoutineCatalog(configDirectory: configDirectory)
    if let found = routines.diagnostics(id: id) { return .success(found) }
    let programs = ProgramCatalog(configDirectory: configDirectory)
    if let found = programs.entries.first(where: { $0.id == id }) {
      return .success(found.diagnostics)
    }
    if let place = ProgramPlanner.place(ofRoutineID: id),
      let found = programs.entries.first(where: { $0.id == place.program })
    {
      // A broken program's session is all its program's errors, as `glide check PROGRAM`
      // lists them; a sound program's session must lie within its weeks.
      guard !found.diagnostics.contains(where: { $0.severity == .error }) else {
        return .success(found.diagnostics)
      }
      if case .failure(let failure)? = ProgramCatalog.session(
        routineID: id, configDirectory: configDirectory)
      {
        return .failure(failure)
      }
      return .success(found.diagnostics)
    }
    let known = routines.entries.map(\.id) + programs.entries.map(\.id)
    return .failure(
      LookupFailure(
        Suggestion.unknownName(
          "routine or program", id, known: known, plural: "routines and programs")))
  }

  /// Every error and warning of the file at `path`, named `name` in the messages.
  public static func diagnostics(path: String, name: String? = nil) -> [Diagnostic] {
    let shown = name ?? path
    switch SourceFile.read(path) {
    case .failure(var diagnostic):
      diagnostic.file = shown
      return [diagnostic]
    case .success(let bytes):
      return diagnostics(bytes: bytes, path: path, name: shown)
    }
  }

  /// Every error and warning of a file's bytes.
  public static func diagnostics(bytes: [UInt8], path: String, name: String) -> [Diagnostic] {
    if isConfig(path: path) {
      let result = SettingsDecoder.decode(bytes: bytes, file: name)
      guard var settings = result.settings else { return result.errors }
      let named = SettingNames.check(
        &settings, configDirectory: ConfigLocation.directory(environment: Host.environment),
        positions: result.positions)
      return RoutineDecoder.byLine(result.errors + named)
    }
    if isTheme(path: path, bytes: bytes) {
      return ThemeDecoder.decode(bytes: bytes, file: name).errors
    }
    if isProgram(path: path, bytes: bytes) {
      // A program's sessions may name the person's own routines and library areas.
      let context = ProgramCatalog.context(
        configDirectory: ConfigLocation.directory(environment: Host.environment))
      let id = SourceFile.stem(path)
      let named =
        ActiveProgram.isStorable(id) ? [] : [Diagnostic(file: name, message: ActiveProgram.idRule)]
      return named
        + ProgramDecoder.decode(bytes: bytes, id: id, file: name, context: context).diagnostics
    }
    if isLibrary(path: path, bytes: bytes) {
      return LibraryDecoder.decode(bytes: bytes, file: name, others: Library.builtin.entries)
        .diagnostics
    }
    return RoutineDecoder.decode(bytes: bytes, id: SourceFile.stem(path), file: name).diagnostics
  }
}
