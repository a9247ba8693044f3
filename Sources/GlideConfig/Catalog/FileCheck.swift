/// `glide check`: what is wrong with a routine or theme file, read as one or the other.
public enum FileCheck {
  /// Whether a file is a theme: it sits in a `themes` folder, or has a `[colors]` table.
  public static func isTheme(path: String, bytes: [UInt8]) -> Bool {
    if path.contains("/themes/") { return true }
    return bytes.split(separator: 0x0A).contains { line in
      let text = String(decoding: line, as: UTF8.self).trimmingSpaces
      return text.hasPrefix("[colors]")
        || (text.hasPrefix("colors") && String(text.dropFirst(6)).trimmingSpaces.hasPrefix("="))
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
    if isTheme(path: path, bytes: bytes) {
      return ThemeDecoder.decode(bytes: bytes, file: name).errors
    }
    return RoutineDecoder.decode(bytes: bytes, id: SourceFile.stem(path), file: name).diagnostics
  }
}
