/// What a journal file holds: a header line naming its log and the process that wrote it,
/// then the session's record as it would go into the log.
///
/// On disk a journal is the record last synced and, optionally, the record last refreshed
/// in place: the refresh starts on the page after the synced record (the gap between them
/// reads as NUL bytes) and is padded with spaces to the length of the refresh before it.
/// On its own page a refresh torn by a power cut can never touch the synced record, so a
/// slot that does not read as the same session's journal is passed over, not damage.
struct JournalFile: Equatable {
  /// The path of the log the session writes to, as it was given.
  var log: String
  /// The session's process, to tell a live session from a dead one without its lock.
  var owner: ProcessIdentity?
  /// The log's size when the record's line was about to be appended (or could not be):
  /// if the line reached the log, it is at or after this offset. Nil while the session
  /// runs, when the line cannot be in the log yet.
  var logOffset: Int64?
  /// The session as far as it got.
  var record: SessionRecord

  /// The two lines, each ending in a newline.
  var bytes: [UInt8] {
    var header = "{\"glide_journal\":1,\"log\":\(JSONWriter.string(log))"
    if let owner {
      header +=
        ",\"pid\":\(owner.pid),\"pid_start\":\(JSONWriter.string(owner.start)),"
        + "\"boot\":\(JSONWriter.string(owner.boot))"
    }
    if let logOffset { header += ",\"log_offset\":\(logOffset)" }
    header += "}\n"
    return Array((header + record.jsonLine + "\n").utf8)
  }

  /// The byte a shorter refresh is padded with: JSON may end in spaces.
  static let padding = UInt8(ascii: " ")

  /// Where the refresh slot starts for a synced record of `length` bytes: the next page,
  /// leaving at least one NUL byte between the two.
  static func refreshOffset(afterRecordOf length: Int) -> Int {
    (length / 4096 + 1) * 4096
  }

  /// Reads a journal's bytes, or says in a few words why they are not a journal: the
  /// refreshed record when its slot holds the same session, else the synced one.
  static func decode(_ bytes: [UInt8]) -> Result<JournalFile, Damage> {
    guard let gap = bytes.firstIndex(of: 0) else { return decodeRecord(bytes[...]) }
    let synced = decodeRecord(bytes[..<gap])
    guard case .success(let base) = synced else { return synced }
    var slot = bytes[gap...].drop { $0 == 0 }
    while slot.last == padding { slot.removeLast() }
    guard case .success(let refreshed) = decodeRecord(slot),
      refreshed.record.id == base.record.id, refreshed.log == base.log
    else { return synced }
    return .success(refreshed)
  }

  /// Reads one record's two lines.
  private static func decodeRecord(_ bytes: ArraySlice<UInt8>) -> Result<JournalFile, Damage> {
    guard !bytes.isEmpty else { return .failure(Damage("it is empty")) }
    guard bytes.last == 0x0A else { return .failure(Damage("it is cut short")) }
    let lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
    guard lines.count == 3, let header = JSONParser.parse(lines[0]),
      header["glide_journal"]?.int == 1, let log = header["log"]?.string
    else { return .failure(Damage("it is not a Glide journal")) }
    guard let record = SessionRecord(jsonLine: lines[1]) else {
      return .failure(Damage("its session record is unreadable"))
    }
    var owner: ProcessIdentity?
    if let pid = header["pid"]?.int, let start = header["pid_start"]?.string,
      let boot = header["boot"]?.string, let pid32 = Int32(exactly: pid)
    {
      owner = ProcessIdentity(pid: pid32, start: start, boot: boot)
    }
    let offset = header["log_offset"]?.int.map(Int64.init)
    return .success(JournalFile(log: log, owner: owner, logOffset: offset, record: record))
  }

  /// Why a journal could not be read.
  struct Damage: Error, Equatable {
    /// A few words: "it is empty", "it is cut short".
    var reason: String
    init(_ reason: String) { self.reason = reason }
  }
}
