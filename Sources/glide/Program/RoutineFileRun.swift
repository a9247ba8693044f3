import ArgumentParser
import GlideConfig
import GlideCore

#if canImport(Glibc)
  import Glibc
#endif

/// Writes a routine made on the spot (built, or a program's session) to a private folder for
/// `body`, so it runs as `glide run FILE` would, checked and logged like any other; the file
/// and folder are removed after.
func withRoutineFile(_ routine: Routine, folderName: String, _ body: (String) throws -> Void)
  throws
{
  let temporary = getenv("TMPDIR").map { String(cString: $0) }.flatMap { $0.isEmpty ? nil : $0 }
  var template = Array(((temporary ?? "/tmp") + "/\(folderName)-XXXXXX").utf8CString)
  guard let made = mkdtemp(&template) else {
    throw fail(
      "cannot make a folder to run the routine from: \(String(cString: strerror(errno)))")
  }
  let folder = String(cString: made)
  let file = folder + "/\(routine.id).toml"
  defer {
    unlink(file)
    rmdir(folder)
  }
  let bytes = Array(RoutineText.toml(routine).utf8)
  let descriptor = open(file, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
  let written =
    descriptor < 0 ? -1 : bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
  if descriptor >= 0 { close(descriptor) }
  guard written == bytes.count else {
    throw fail("cannot write the routine to run it: \(String(cString: strerror(errno)))")
  }
  try body(file)
}

/// Runs a made routine with the few options `glide build --run` and `glide next` take.
func runMadeRoutine(
  _ routine: Routine, logPath: String?, noBell: Bool, timeScale: Double?, folderName: String,
  checkIn: Bool = false
) throws {
  try withRoutineFile(routine, folderName: folderName) { path in
    var arguments = [path] + (logPath.map { ["--log", $0] } ?? [])
    if noBell { arguments.append("--no-bell") }
    if checkIn { arguments.append("--check-in") }
    if let timeScale { arguments += ["--time-scale", String(timeScale)] }
    try RunCommand.parse(arguments).run()
  }
}
