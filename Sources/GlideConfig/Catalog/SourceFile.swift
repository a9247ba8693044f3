import GlideSystem

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reading a routine or theme file, with one clear line when it cannot be read.
enum SourceFile {
  /// The file's bytes, or a diagnostic saying why they cannot be had.
  static func read(_ path: String) -> Result<[UInt8], Diagnostic> {
    var info = stat()
    guard stat(path, &info) == 0 else {
      if errno == ENOENT || errno == ENOTDIR {
        return .failure(Diagnostic(file: path, message: "no such file"))
      }
      return .failure(Diagnostic(file: path, message: "cannot be read: \(reason(errno))"))
    }
    switch info.st_mode & S_IFMT {
    case S_IFREG: break
    case S_IFDIR: return .failure(Diagnostic(file: path, message: "is a folder, not a file"))
    default:
      // A FIFO or a device could block the read or never end.
      return .failure(Diagnostic(file: path, message: "is not a regular file"))
    }
    if Int(info.st_size) > RoutineDecoder.maxBytes {
      return .failure(
        Diagnostic(
          file: path, message: "the file is \(info.st_size) bytes; at most 1 MiB is read"))
    }
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else {
      return .failure(Diagnostic(file: path, message: "cannot be read: \(reason(errno))"))
    }
    defer { close(fd) }
    // Sized from `stat`, growing if the file grew since, and never past one byte over the
    // limit, which tells a file that grew too large from one that did not.
    let limit = RoutineDecoder.maxBytes + 1
    var bytes = [UInt8](repeating: 0, count: min(Int(info.st_size) + 1, limit))
    var count = 0
    while true {
      if count == bytes.count {
        guard bytes.count < limit else { break }
        bytes.append(contentsOf: repeatElement(0, count: min(bytes.count, limit - bytes.count)))
      }
      let got = bytes.withUnsafeMutableBytes {
        systemRead(fd, $0.baseAddress! + count, $0.count - count)
      }
      if got < 0, errno == EINTR { continue }
      guard got >= 0 else {
        return .failure(Diagnostic(file: path, message: "cannot be read: \(reason(errno))"))
      }
      if got == 0 { break }
      count += got
    }
    guard count <= RoutineDecoder.maxBytes else {
      return .failure(
        Diagnostic(file: path, message: "the file is over 1 MiB; at most 1 MiB is read"))
    }
    bytes.removeSubrange(count...)
    return .success(bytes)
  }

  /// Whether something exists at `path` (following links).
  static func exists(_ path: String) -> Bool {
    var status = stat()
    return stat(path, &status) == 0
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
    String(cString: strerror(code))
  }
}

/// `read(2)`, named apart from `SourceFile.read`, which would hide it inside the enum.
private func systemRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
  read(fd, buffer, count)
}
