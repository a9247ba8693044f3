import ArgumentParser
import GlideConfig
import GlideCore
import GlideSystem

/// Writes a routine made on the spot (built, or a program's session) to a private folder for
/// `body`, so it runs as `glide run FILE` would, checked and logged like any other; the file
/// and folder are removed after.
func withRoutineFile(_ routine: Routine, folderName: String, _ body: (String) throws -> Void)
  throws
{
  guard
    let folder = Folders.makeTemporary(under: BaseDirectories.temporary(), prefix: folderName)
  else {
    throw fail("cannot make a folder to run the routine from: \(SystemError.last.reason)")
  }
  let file = folder + "/\(routine.id).toml"
  defer { Folders.removeTree(folder) }
  do {
    try Files.write(file, Array(RoutineText.toml(routine).utf8), mode: 0o600, exclusive: true)
  } catch {
    throw fail("cannot write the routine to run it: \(error.reason)")
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
