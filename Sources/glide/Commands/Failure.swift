import ArgumentParser
import Foundation
import GlideConfig
import GlideCore

/// Prints one line on stderr and exits with status 2: bad input from the person.
func fail(_ message: String) -> ExitCode {
  printError("glide: \(message)")
  return ExitCode(2)
}

/// Writes a line to standard error.
func printError(_ line: String) {
  FileHandle.standardError.write(Data((line + "\n").utf8))
}

/// The routine named on the command line (an id, or a path ending in `.toml`) with the
/// warnings its file raised, or exit 2 with every error in the file, or the known ids.
func loadRoutine(_ name: String) throws -> (routine: Routine, warnings: [Diagnostic]) {
  if name.hasSuffix(".toml") {
    guard let data = FileManager.default.contents(atPath: name) else {
      var isDirectory: ObjCBool = false
      let exists = FileManager.default.fileExists(atPath: name, isDirectory: &isDirectory)
      throw fail(
        "cannot read routine file \(name): "
          + (exists
            ? (isDirectory.boolValue ? "it is a directory" : "permission denied") : "no such file"))
    }
    let id = URL(fileURLWithPath: name).deletingPathExtension().lastPathComponent
    let result = RoutineDecoder.decode(bytes: [UInt8](data), id: id, file: name)
    guard let routine = result.routine else {
      for diagnostic in result.diagnostics { printError(diagnostic.description) }
      throw ExitCode(2)
    }
    return (routine, result.warnings)
  }
  do {
    return (try RoutineCatalog.routine(id: name), [])
  } catch {
    throw fail(error.description)
  }
}
