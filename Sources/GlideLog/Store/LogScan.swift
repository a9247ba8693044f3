import GlideSystem

/// Searches a log for a record id from a byte offset onwards, a chunk at a time, so the
/// search costs the same memory for a 2 MiB gap as for a 2 GiB one.
enum LogScan {
  /// The size of each read.
  static let chunkSize = 1 << 20

  /// Whether a line with `"id":"<id>"` starts at or after `offset` in the log.
  static func contains(id: String, in path: String, from offset: Int64) -> Bool {
    let fd = LogKind.openRegular(path)
    guard fd >= 0 else { return false }
    defer { Descriptor.close(fd) }
    let needle = Array("\"id\":\(JSONWriter.string(id))".utf8)
    let overlap = needle.count - 1
    var buffer = [UInt8](repeating: 0, count: chunkSize + overlap)
    var kept = 0
    var position = max(0, offset)
    while true {
      let count = buffer.withUnsafeMutableBytes { raw in
        Descriptor.readAt(fd, into: raw.baseAddress! + kept, count: chunkSize, offset: position)
      }
      guard count > 0 else { return false }
      position += Int64(count)
      let filled = kept + count
      if buffer[..<filled].firstRange(of: needle) != nil { return true }
      kept = min(overlap, filled)
      for index in 0..<kept { buffer[index] = buffer[filled - kept + index] }
    }
  }
}
