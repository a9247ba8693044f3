import ArgumentParser
import Foundation
import GlideConfig
import GlideCore

/// Writes a routine made on the spot (built, or a program's session) to a file for `body`,
/// so it runs as `glide run FILE` would, checked and logged like any other; the file is
/// removed after.
func withRoutineFile(_ routine: Routine, folderName: String, _ body: (String) throws -> Void)
  throws
{
  let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
    "\(folderName)-\(getpid())")
  let file = folder.appendingPathComponent("\(routine.id).toml")
  do {
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try RoutineText.toml(routine).write(to: file, atomically: true, encoding: .utf8)
  } catch {
    throw fail("cannot write the routine to run it: \(error.localizedDescription)")
  }
  defer { try? FileManager.default.removeItem(at: folder) }
  try body(file.path)
}

/// Runs a made routine with the few options `glide build --run` and `glide next` take.
func runMadeRoutine(
  _ routine: Routine, logPath: String?, noBell: Bool, timeScale: Double?, folderName: String
) throws {
  try withRoutineFile(routine, folderName: folderName) { path in
    var arguments = [path] + (logPath.map { ["--log", $0] } ?? [])
    if noBell { arguments.append("--no-bell") }
    if let timeScale { arguments += ["--time-scale", String(timeScale)] }
    try RunCommand.parse(arguments).run()
  }
}
