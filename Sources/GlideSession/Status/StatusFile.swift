import GlideSystem

/// The file a running session keeps for `glide status`: `$XDG_RUNTIME_DIR/glide/` holds
/// one per session, named by its process, replaced whole (written aside, then renamed) so
/// a reader never sees half of one. `key=value` lines: reading one costs no parser.
public enum StatusFile {
  /// The folder, nil without `$XDG_RUNTIME_DIR` (then no session keeps a status).
  public static func folder() -> String? {
    BaseDirectories.runtime().map { $0 + "/glide" }
  }

  /// The file of the session run by `pid`, in `folder`.
  static func path(in folder: String, pid: Int32) -> String {
    folder + "/" + fileName(pid: "\(pid)")
  }

  /// A session's file name, `session-PID.status` (the man page shows it with `PID`).
  public static func fileName(pid: String) -> String { namePrefix + pid + nameSuffix }

  static let namePrefix = "session-"
  static let nameSuffix = ".status"

  /// `status` as the file holds it.
  public static func encode(_ status: SessionStatus) -> String {
    func line(_ key: String, _ value: String) -> String {
      key + "=" + value.filter { $0 != "\n" && $0 != "\r" } + "\n"
    }
    var text = line("pid", "\(status.pid)") + line("routine", status.routine)
    text += line("what", status.what) + line("paused", status.paused ? "1" : "0")
    if let ends = status.ends { text += line("ends", "\(ends)") }
    if let remaining = status.remaining { text += line("remaining", "\(remaining)") }
    if let length = status.length { text += line("length", "\(length)") }
    text += line("scale", "\(status.scale)") + line("step", "\(status.step)")
    return text + line("steps", "\(status.steps)")
  }

  /// The status a file holds, nil when it is not one.
  public static func decode(_ text: String) -> SessionStatus? {
    var fields: [Substring: Substring] = [:]
    for line in text.split(separator: "\n") {
      guard let equals = line.firstIndex(of: "=") else { continue }
      fields[line[..<equals]] = line[line.index(after: equals)...]
    }
    guard let pid = fields["pid"].flatMap({ Int32($0) }), let what = fields["what"],
      let step = fields["step"].flatMap({ Int($0) }),
      let steps = fields["steps"].flatMap({ Int($0) })
    else { return nil }
    return SessionStatus(
      pid: pid, routine: String(fields["routine"] ?? ""), what: String(what),
      paused: fields["paused"] == "1", ends: fields["ends"].flatMap { Double($0) },
      remaining: fields["remaining"].flatMap { Double($0) },
      length: fields["length"].flatMap { Double($0) },
      scale: fields["scale"].flatMap { Double($0) } ?? 1, step: step, steps: steps)
  }

  /// The status of the session running now (the latest started, when there are several),
  /// nil when none runs: the file of a process that is gone is left aside.
  public static func current() -> SessionStatus? {
    guard let folder = folder(), let names = Folders.list(folder) else { return nil }
    var found: SessionStatus?
    for name in names {
      guard name.hasPrefix(namePrefix), name.hasSuffix(nameSuffix),
        let text = read(folder + "/" + name), let status = decode(text), isRunning(status.pid)
      else { continue }
      if found.map({ $0.pid < status.pid }) ?? true { found = status }
    }
    return found
  }

  /// Whether `pid` is a glide process that runs.
  static func isRunning(_ pid: Int32) -> Bool {
    guard Processes.exists(pid) else { return false }
    // A number the system gave again to another program is not the session.
    guard let name = read("/proc/\(pid)/comm") else { return true }
    return name.hasPrefix("glide")
  }

  /// A small file's text, nil when it cannot be read.
  static func read(_ path: String) -> String? {
    Files.read(path, limit: 4096).map { String(decoding: $0, as: UTF8.self) }
  }

  /// Replaces the file of `status`'s session whole; false when it could not be written.
  @discardableResult
  static func write(_ status: SessionStatus, in folder: String) -> Bool {
    try? Folders.make(folder, mode: 0o700, parents: false)
    do {
      try AtomicFile.replace(
        path(in: folder, pid: status.pid), with: Array(encode(status).utf8), mode: 0o600,
        synced: false)
      return true
    } catch {
      return false
    }
  }

  /// Removes the file of the session run by `pid`.
  static func remove(in folder: String, pid: Int32) {
    try? Files.remove(path(in: folder, pid: pid))
  }
}
