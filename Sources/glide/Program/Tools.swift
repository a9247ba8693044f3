import GlideSystem

/// Runs a program found on PATH (`systemctl`, `notify-send`) and waits for it: nil when
/// PATH has no such program, else its exit status and what it wrote on stderr (its first
/// 4 KiB, a line or two of reason).
func runTool(_ name: String, _ arguments: [String]) -> (status: Int32, err: String)? {
  guard let executable = SearchPath.find(name) else { return nil }
  PrivateFolders.removeOrphans(under: BaseDirectories.temporary(), prefix: "glide-tool")
  guard let folder = PrivateFolders.make(under: BaseDirectories.temporary(), prefix: "glide-tool")
  else { return (127, SystemError.last.reason) }
  let errorFile = folder + "/stderr"
  defer { Folders.removeTree(folder) }
  guard
    let pid = ChildProcess.spawn(
      executable, arguments, environment: ChildProcess.inheritedEnvironment(), error: errorFile)
  else { return (127, "cannot start \(executable)") }
  let status = ChildProcess.wait(pid)
  let text = String(decoding: Files.read(errorFile, limit: 4096) ?? [], as: UTF8.self)
  return (status, String(text.split(whereSeparator: \.isNewline).joined(separator: " ")))
}
