import GlideSystem

#if canImport(Glibc)
  import Glibc
#endif

/// Runs a program found on PATH (`systemctl`, `notify-send`) and waits for it: nil when
/// PATH has no such program, else its exit status and what it wrote on stderr (its first
/// 4 KiB, a line or two of reason).
func runTool(_ name: String, _ arguments: [String]) -> (status: Int32, err: String)? {
  let path: String = getenv("PATH").map { String(cString: $0) } ?? "/usr/bin:/bin"
  let candidates: [String] = path.split(separator: ":").map { "\($0)/\(name)" }
  guard let executable = candidates.first(where: { access($0, X_OK) == 0 }) else { return nil }
  let temporary = getenv("TMPDIR").map { String(cString: $0) }.flatMap { $0.isEmpty ? nil : $0 }
  var template = Array(((temporary ?? "/tmp") + "/glide-tool-XXXXXX").utf8CString)
  let descriptor = mkstemp(&template)
  guard descriptor >= 0 else { return (127, String(cString: strerror(errno))) }
  let errorFile = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
  defer {
    close(descriptor)
    unlink(errorFile)
  }
  guard
    let pid = ChildProcess.spawn(
      executable, arguments, environment: ChildProcess.inheritedEnvironment(), error: errorFile)
  else { return (127, "cannot start \(executable)") }
  let status = ChildProcess.wait(pid)
  var bytes = [UInt8](repeating: 0, count: 4096)
  let count = bytes.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
  let text = String(decoding: bytes.prefix(max(count, 0)), as: UTF8.self)
  return (status, String(text.split(whereSeparator: \.isNewline).joined(separator: " ")))
}
