import GlideSystem

/// Adds to a log the sessions of other logs it lacks, by id: only ever appending, each
/// session once however often the merge runs.
public enum LogMerge {
  /// What a merge did.
  public struct Report: Equatable, Sendable {
    /// Sessions appended.
    public var added = 0
    /// Sessions the log already had.
    public var skipped = 0
    /// Source lines that were not a readable session, left out.
    public var corrupt = 0
  }

  /// Appends the sessions of `sources`, in their order, that `log` lacks. Lines go in as
  /// they were stored, whole, in batches of whole lines under the log's lock.
  public static func merge(_ sources: [String], into log: LogFile) throws(LogError) -> Report {
    try LogKind.check(log.path, doing: "cannot write the session log")
    // One merge into a log at a time, from reading what it has to the last line added:
    // two at once would each find the same sessions missing and add them twice.
    try LogFile.makeDirectories(LogLocation.directory(of: log.path))
    let lock = Descriptor.openForUpdate(MergeIndex.path(forLog: log.path))
    guard lock >= 0 else { throw .system("cannot write beside the session log", log.path) }
    defer { Descriptor.close(lock) }
    guard Descriptor.lock(lock) else { throw .system("cannot lock the session log", log.path) }
    var known = Set<String>()
    var reader = try LogReader(path: log.path)
    reader.newestLines { line in
      guard let id = SessionRecord(jsonLine: line)?.id else { return nil }
      known.insert(id)
      return true
    }
    var report = Report()
    var batch: [UInt8] = []
    func flush() throws(LogError) {
      guard !batch.isEmpty else { return }
      var landed: Int64 = 0
      guard log.appendLine(batch, beforeWriting: { landed = $0 }) else {
        throw .system("cannot write the session log", log.path)
      }
      // Readers must not stop at the first old session in here (see MergeIndex).
      MergeIndex.note(landed..<(landed + Int64(batch.count)), forLog: log.path)
      batch.removeAll(keepingCapacity: true)
    }
    for source in sources {
      try LogKind.check(source, doing: "cannot read")
      let fd = LogKind.openRegular(source)
      guard fd >= 0 else { throw .system("cannot read", source) }
      let handle = LogHandle(fd)
      var failure: LogError?
      handle.forwards { line in
        guard let line else {
          report.corrupt += 1
          return true
        }
        var end = line.count
        if end > 0, line[end - 1] == 0x0D { end -= 1 }
        let trimmed = UnsafeBufferPointer(rebasing: line[..<end])
        if trimmed.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { return true }
        guard let record = SessionRecord(jsonLine: trimmed) else {
          report.corrupt += 1
          return true
        }
        guard known.insert(record.id).inserted else {
          report.skipped += 1
          return true
        }
        batch += trimmed
        batch.append(0x0A)
        report.added += 1
        if batch.count >= LogHandle.chunkSize {
          do throws(LogError) { try flush() } catch {
            failure = error
            return false
          }
        }
        return true
      }
      if let failure { throw failure }
    }
    try flush()
    return report
  }
}

extension LogHandle {
  /// Visits every line from the first to the last, without its newline; nil for a line
  /// over `longestLine`. Stops when `visit` returns false.
  func forwards(_ visit: (UnsafeBufferPointer<UInt8>?) -> Bool) {
    let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: Self.chunkSize, alignment: 1)
    defer { buffer.deallocate() }
    var position: Int64 = 0
    var partial: [UInt8] = []
    var tooLong = false
    while true {
      let count = read(into: buffer, count: Self.chunkSize, at: position)
      guard count > 0 else { break }
      position += Int64(count)
      let bytes = UnsafeBufferPointer(
        start: buffer.baseAddress!.assumingMemoryBound(to: UInt8.self), count: count)
      var start = 0
      while let at = ByteSearch.index(of: 0x0A, in: bytes, from: start, to: count) {
        let keepGoing: Bool
        if tooLong {
          keepGoing = visit(nil)
        } else if partial.isEmpty {
          keepGoing = visit(UnsafeBufferPointer(rebasing: bytes[start..<at]))
        } else {
          partial += bytes[start..<at]
          keepGoing = partial.withUnsafeBufferPointer { visit($0) }
        }
        partial.removeAll(keepingCapacity: false)
        tooLong = false
        if !keepGoing { return }
        start = at + 1
      }
      if !tooLong {
        if partial.count + (count - start) > Self.longestLine {
          partial.removeAll(keepingCapacity: false)
          tooLong = true
        } else {
          partial += bytes[start..<count]
        }
      }
    }
    if tooLong {
      _ = visit(nil)
    } else if !partial.isEmpty {
      _ = partial.withUnsafeBufferPointer { visit($0) }
    }
  }
}
