/// Where a log's journals live: beside the log, each named after the log's file name, so
/// two logs in one folder never take each other's sessions.
struct JournalName {
  /// The folder holding the log and its journals.
  let folder: String
  /// What every journal file of this log starts with: `.sessions.jsonl.glide-`.
  let prefix: String

  /// The naming scheme for the journals of the log at `logPath`.
  init(logPath: String) {
    folder = LogLocation.directory(of: logPath)
    let base = logPath.split(separator: "/").last.map(String.init) ?? logPath
    // File names stop at 255 bytes: a long log name is shortened to a hash of itself.
    let key = base.utf8.count <= 120 ? base : "h" + Self.hash(base)
    prefix = ".\(key).glide-"
  }

  /// The journal of session `id`.
  func journal(_ id: String) -> String { "\(folder)/\(prefix)\(id).journal" }

  /// The lock a live session holds for as long as it runs.
  func lock(_ id: String) -> String { "\(folder)/\(prefix)\(id).lock" }

  /// The session id in a file name of this log, with the file's kind (`journal`, `lock`).
  func parse(_ name: String) -> (id: String, kind: String)? {
    guard name.hasPrefix(prefix) else { return nil }
    let rest = name.dropFirst(prefix.count)
    for kind in ["journal", "lock"] where rest.hasSuffix("." + kind) {
      let id = rest.dropLast(kind.count + 1)
      if !id.isEmpty, !id.contains(".") { return (String(id), kind) }
    }
    return nil
  }

  /// FNV-1a, 64 bits, as hex: stable across runs, unlike `Hasher`.
  static func hash(_ text: String) -> String {
    var value: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in text.utf8 {
      value ^= UInt64(byte)
      value = value &* 0x100_0000_01b3
    }
    return String(value, radix: 16)
  }
}
