/// `glide check`: what is wrong with a routine or theme file, read as one or the other.
public enum FileCheck {
  /// Whether a file is a theme: it sits in a `themes` folder, or has a `[colors]` table.
  public static func isTheme(path: String, bytes: [UInt8]) -> Bool {
    if path.contains("/themes/") { return true }
    // A scan of line starts, without making a string of each line of a file up to 1 MiB.
    func skipSpaces(_ index: Int) -> Int {
      var index = index
      while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x09 { index += 1 }
      return index
    }
    func starts(with word: String, at index: Int) -> Bool {
      bytes[index...].starts(with: word.utf8)
    }
    var start = 0
    while start < bytes.count {
      let first = skipSpaces(start)
      if starts(with: "[colors]", at: first) { return true }
      if starts(with: "colors", at: first) {
        let next = skipSpaces(first + 6)
        if next < bytes.count, bytes[next] == 0x3D { return true }
      }
      guard let newline = bytes[first...].firstIndex(of: 0x0A) else { break }
      start = newline + 1
    }
    return false
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
