import ArgumentParser
import GlideConfig
import GlideCore

#if canImport(Glibc)
  import Glibc
#endif

/// Prints one line on stderr and exits with status 2: bad input from the person.
func fail(_ message: String) -> ExitCode {
  var line = "glide: \(message)\n"
  line.withUTF8 { _ = write(2, $0.baseAddress, $0.count) }
  return ExitCode(2)
}

/// The routine named on the command line, or exit 2 naming the known ones.
func loadRoutine(_ id: String) throws -> Routine {
  do {
    return try RoutineCatalog.routine(id: id)
  } catch {
    throw fail(error.description)
  }
}
