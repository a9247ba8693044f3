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

  /// Throws unless every source can be opened for reading: a merge that cannot read one
  /// of its logs merges nothing, rather than some of them, and says so.
  public static func checkSources(_ sources: [String], on disk: any Disk = SystemDisk())
    throws(LogError)
  {
    for source in sources {
      try LogKind.check(source, doing: "cannot read", on: disk)
      let fd = disk.openRegular(source)
      guard fd >= 0 else {
        throw LogError(LogError.system("cannot read", source).description + "; nothing was merged")
      }
      disk.close(fd)
    }
  }

  /// Appends the sessions of `sources`, in their order, that `log` lacks. Lines go in as
  /// they were stored, whole, in batches of whole lines under the log's lock.
  public static func merge(_ sources: [String], into log: LogFile) throws(LogError) -> Report {
    let disk = log.disk
    try checkSources(sources, on: disk)
    try LogKind.check(log.path, doing: "cannot write the session log", on: disk)
    // One merge into a log at a time, from reading what it has to the last line added:
    // two at once would each find the same sessions missing and add them twice.
    try log.makeDirectories(LogLocation.directory(of: log.path))
    let lock = disk.open(MergeIndex.path(forLog: log.path), [.readWrite, .create], 0o600)
    guard lock >= 0 else { throw .system("cannot write beside the session log", log.path) }
    defer { disk.close(lock) }
    guard disk.lockWaiting(lock, .exclusive) else {
      throw .system("cannot lock the session log", log.path)
    }
    var known = try MergeIndex.mend(log, lock: lock)
    var report = Report()
    var batch: [UInt8] = []
    func flush() throws(LogError) {
      guard !batch.isEmpty else { return }
      var noted: Range<Int64>?
      // The index notes the range before the lines go in: a kill between the two leaves a
      // range past the end, which the next merge drops, never merged lines it lacks.
      let landed = log.appendLine(batch) { offset in
        noted = offset..<(offset + Int64(batch.count))
        return MergeIndex.note(noted!, forLog: log.path, on: disk)
      }
      guard landed else {
        let error = LogError.system("cannot write the session log", log.path)
        if let noted { MergeIndex.forget(noted, forLog: log.path, lock: lock, on: disk) }
        throw error
      }
      batch.removeAll(keepingCapacity: true)
    }
    for source in sources {
      try LogKind.check(source, doing: "cannot read", on: disk)
      let fd = disk.openRegular(source)
      guard fd >= 0 else { throw .system("cannot read", source) }
      let handle = LogHandle(fd, disk)
      var failure: LogError?
      handle.forwards { line, _ in
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
  /// Visits every line from `start` to the last, without its newline, with the offset it
  /// starts at; nil for a line over `longestLine`. A last line without a newline is
  /// visited too. Stops when `visit` returns false.
  func forwards(from start: Int64 = 0, _ visit: (UnsafeBufferPointer<UInt8>?, Int64) -> Bool) {
    let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: Self.chunkSize, alignment: 1)
    defer { buffer.deallocate() }
    var position = start
    var lineStart = start
    var partial: [UInt8] = []
    var tooLong = false
    while true {
      let count = read(into: buffer, count: Self.chunkSize, at: position)
      guard count > 0 else { break }
      let bytes = UnsafeBufferPointer(
        start: buffer.baseAddress!.assumingMemoryBound(to: UInt8.self), count: count)
      var from = 0
      while let at = ByteSearch.index(of: 0x0A, in: bytes, from: from, to: count) {
        let keepGoing: Bool
        if tooLong {
          keepGoing = visit(nil, lineStart)
        } else if partial.isEmpty {
          keepGoing = visit(UnsafeBufferPointer(rebasing: bytes[from..<at]), lineStart)
        } else {
          partial += bytes[from..<at]
          keepGoing = partial.withUnsafeBufferPointer { visit($0, lineStart) }
        }
        partial.removeAll(keepingCapacity: false)
        tooLong = false
        if !keepGoing { return }
        from = at + 1
        lineStart = position + Int64(from)
      }
      if !tooLong {
        if partial.count + (count - from) > Self.longestLine {
          partial.removeAll(keepingCapacity: false)
          tooLong = true
        } else {
          partial += bytes[from..<count]
        }
      }
      position += Int64(count)
    }
    if tooLong {
      _ = visit(nil, lineStart)
    } else if !partial.isEmpty {
      _ = partial.withUnsafeBufferPointer { visit($0, lineStart) }
    }
  }
}
