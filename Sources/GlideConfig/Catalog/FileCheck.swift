import Foundation

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
    return bytes.split(separator: 0x0A).contains { line in
      let text = String(decoding: line, as: UTF8.self).trimmingCharacters(in: .whitespaces)
      return text.hasPrefix("[colors]")
        || (text.hasPrefix("colors")
          && text.dropFirst(6).trimmingCharacters(in: .whitespaces).hasPrefix("="))
    }
  }

  /// Whether a file is a library file: it sits in a `library` folder, or has `[[entries]]`.
  public static func isLibrary(path: String, bytes: [UInt8]) -> Bool {
    if path.contains("/library/") { return true }
    return bytes.split(separator: 0x0A).contains { line in
      String(decoding: line, as: UTF8.self).trimmingCharacters(in: .whitespaces)
        .hasPrefix("[[entries]]")
    }
  }

  /// The person's own files `glide check` looks at when given none: the config file, then
  /// every routine, theme and library file in the config folder.
  public static func userFiles(configDirectory: String) -> [String] {
    let config = configDirectory + "/" + SettingsFile.name
    return (FileManager.default.fileExists(atPath: config) ? [config] : [])
      + ["routines", "themes", "library", "programs"].flatMap {
        SourceFile.tomlFiles(in: configDirectory + "/" + $0)
      }
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
      return SettingsDecoder.decode(bytes: bytes, file: name).errors
    }
    if isTheme(path: path, bytes: bytes) {
      return ThemeDecoder.decode(bytes: bytes, file: name).errors
    }
    if path.contains("/programs/") || ProgramDecoder.looksLikeProgram(bytes) {
      let context = ProgramCatalog(
        configDirectory: ConfigLocation.directory(
          environment: ProcessInfo.processInfo.environment)
      ).context
      return ProgramDecoder.decode(
        bytes: bytes, id: SourceFile.stem(path), file: name, context: context
      ).diagnostics
    }
    if isLibrary(path: path, bytes: bytes) {
      return LibraryDecoder.decode(bytes: bytes, file: name, others: Library.builtin.entries)
        .diagnostics
    }
    return RoutineDecoder.decode(bytes: bytes, id: SourceFile.stem(path), file: name).diagnostics
  }
}
