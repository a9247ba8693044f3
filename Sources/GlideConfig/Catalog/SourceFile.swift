import GlideSystem

/// Reading a routine or theme file, with one clear line when it cannot be read.
enum SourceFile {
  /// The file's bytes, or a diagnostic saying why they cannot be had.
  static func read(_ path: String) -> Result<[UInt8], Diagnostic> {
    let status: FileStatus
    do {
      status = try FileStatus(of: path)
    } catch {
      if error.isMissing { return .failure(Diagnostic(file: path, message: "no such file")) }
      return .failure(Diagnostic(file: path, message: "cannot be read: \(error.reason)"))
    }
    switch status.kind {
    case .regular: break
    case .folder: return .failure(Diagnostic(file: path, message: "is a folder, not a file"))
    default:
      // A FIFO or a device could block the read or never end.
      return .failure(Diagnostic(file: path, message: "is not a regular file"))
    }
    if status.size > RoutineDecoder.maxBytes {
      return .failure(
        Diagnostic(
          file: path, message: "the file is \(status.size) bytes; at most 1 MiB is read"))
    }
    // Never past one byte over the limit, which tells a file that grew too large since
    // `stat` from one that did not.
    guard let bytes = Files.read(path, limit: RoutineDecoder.maxBytes + 1) else {
      return .failure(
        Diagnostic(file: path, message: "cannot be read: \(SystemError.last.reason)"))
    }
    guard bytes.count <= RoutineDecoder.maxBytes else {
      return .failure(
        Diagnostic(file: path, message: "the file is over 1 MiB; at most 1 MiB is read"))
    }
    return .success(bytes)
  }

  /// Whether something exists at `path` (following links).
  static func exists(_ path: String) -> Bool {
    Files.exists(path)
  }

  /// The `.toml` files in a folder, sorted; none when the folder is missing.
  static func tomlFiles(in directory: String) -> [String] {
    let names = (Folders.list(directory) ?? []).filter {
      $0.hasSuffix(".toml") && !$0.hasPrefix(".")
    }
    return names.sorted().map { directory + "/" + $0 }
  }

  /// A file's name without its folder and `.toml`.
  static func stem(_ path: String) -> String {
    let name = path.split(separator: "/").last.map(String.init) ?? path
    return name.hasSuffix(".toml") ? String(name.dropLast(5)) : name
  }

  /// The C library's words for an error number.
  static func reason(_ code: Int32) -> String {
    SystemError(code: code).reason
  }
}
