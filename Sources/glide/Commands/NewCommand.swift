import ArgumentParser
import Foundation
import GlideConfig

/// `glide new NAME`: a commented starter routine in the person's routines folder.
struct NewCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "new", abstract: "Write a commented starter routine to edit, and print its path.")

  @Argument(help: "The new routine's id: letters, digits and dashes.")
  var name: String

  func validate() throws {
    let allowed = name.allSatisfy {
      $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_")
    }
    guard !name.isEmpty, allowed, name.count <= 64 else {
      throw ValidationError(
        "the name may hold letters, digits, - and _ only (it becomes the file name)")
    }
  }

  func run() throws {
    guard let config = configDirectory() else {
      throw fail("cannot find your config folder: set HOME or XDG_CONFIG_HOME")
    }
    let folder = config + "/routines"
    let path = folder + "/\(name).toml"
    do {
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    } catch {
      throw fail("cannot create \(folder): \(error.localizedDescription)")
    }
    // O_EXCL: never overwrite, even when two commands race.
    let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
    guard fd >= 0 else {
      if errno == EEXIST { throw fail("\(path) already exists; edit it, or choose another name") }
      throw fail("cannot write \(path): \(String(cString: strerror(errno)))")
    }
    let bytes = Array(StarterRoutine.text(name: name).utf8)
    let written = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
    close(fd)
    guard written == bytes.count else { throw fail("cannot write \(path)") }
    Output.line(path)
  }
}
