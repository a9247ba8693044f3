import GlideSystem

/// Searches a log for a record id from a byte offset onwards, a chunk at a time, so the
/// search costs the same memory for a 2 MiB gap as for a 2 GiB one.
enum LogScan {
  /// Whether a whole, readable line of the record `id` starts at or after `offset` in the
  /// log: a line torn by a power cut does not count. False when there is no log; nil when
  /// it could not be read, so a caller never takes "unreadable" for "not there".
  static func contains(
    id: String, in path: String, from offset: Int64, on disk: any Disk
  ) -> Bool? {
    let fd = disk.openRegular(path)
    guard fd >= 0 else { return SystemError.last == .missing ? false : nil }
    let handle = LogHandle(fd, disk)
    let needle = Array("\"id\":\(JSONWriter.string(id))".utf8)
    var found = false
    handle.forwards(from: max(0, offset)) { line, _ in
      guard let line, line.firstRange(of: needle) != nil else { return true }
      found = SessionRecord(jsonLine: line)?.id == id
      return !found
    }
    return handle.failed ? nil : found
  }
}
