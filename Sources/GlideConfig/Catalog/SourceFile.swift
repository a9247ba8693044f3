import Foundation

/// Reading a routine or theme file, with one clear line when it cannot be read.
enum SourceFile {
  /// The file's bytes, or a diagnostic saying why they cannot be had.
  static func read(_ path: String) -> Result<[UInt8], Diagnostic> {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      return .failure(Diagnostic(file: path, message: "no such file"))
    }
    if isDirectory.boolValue {
      return .failure(Diagnostic(file: path, message: "is a folder, not a file"))
    }
    if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int,
      size > RoutineDecoder.maxBytes
    {
      return .failure(
        Diagnostic(file: path, message: "the file is \(size) bytes; at most 1 MiB is read"))
    }
    guard let data = FileManager.default.contents(atPath: path) else {
      return .failure(Diagnostic(file: path, message: "cannot be read (permission denied?)"))
    }
    return .success([UInt8](data))
  }

  /// The `.toml` files in a folder, sorted; none when the folder is missing.
  static func tomlFiles(in directory: String) -> [String] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
    return names.filter { $0.hasSuffix(".toml") && !$0.hasPrefix(".") }.sorted()
      .map { directory + "/" + $0 }
  }

  /// A file's name without its folder and `.toml`.
  static func stem(_ path: String) -> String {
    let name = path.split(separator: "/").last.map(String.init) ?? path
    return name.hasSuffix(".toml") ? String(name.dropLast(5)) : name
  }
}
