import Foundation

/// Runs a program found on PATH (`systemctl`, `notify-send`) and waits for it: nil when
/// PATH has no such program, else its exit status and what it wrote on stderr.
func runTool(_ name: String, _ arguments: [String]) -> (status: Int32, err: String)? {
  let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
  guard
    let executable = path.split(separator: ":").map({ "\($0)/\(name)" })
      .first(where: { FileManager.default.isExecutableFile(atPath: $0) })
  else { return nil }
  let process = Process()
  process.executableURL = URL(fileURLWithPath: executable)
  process.arguments = arguments
  let errors = Pipe()
  process.standardError = errors
  process.standardOutput = FileHandle.nullDevice
  do {
    try process.run()
  } catch {
    return (127, error.localizedDescription)
  }
  let data = errors.fileHandleForReading.readDataToEndOfFile()
  process.waitUntilExit()
  return (
    process.terminationStatus,
    String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
  )
}
