/// What a journal file holds: a header line naming its log and the process that wrote it,
/// then the session's record as it would go into the log.
///
/// On disk a journal is the record last synced, then from the next page a slot for a
/// crash marker (`CrashMarker.size` bytes), then optionally the record last refreshed in
/// place, whole or as a progress line against the synced one (`JournalProgress`). The gaps
/// read as NUL bytes; a refresh is padded with spaces to the length of the
/// refresh before it. On its own page a refresh torn by a power cut can never touch the
/// synced record, so a slot that does not read as the same session's journal is passed
/// over, not damage; the marker's slot and the refresh never overlap, so neither write
/// can spoil the other. Every synced write is a new file, which clears the marker.
struct JournalFile: Equatable {
  /// The path of the log the session writes to, as it was given.
  var log: String
  /// The session's process, to tell a live session from a dead one without its lock.
  var owner: ProcessIdentity?
  /// The log's size when the record's line was about to be appended (or could not be):
  /// if the line reached the log, it is at or after this offset. Nil while the session
  /// runs, when the line cannot be in the log yet.
  var logOffset: Int64?
  /// The log's size when the session started: its line, if anywhere, is after this.
  var logStart: Int64? = nil
  /// The log file's identity (`DEVICE:INODE`) when the session started: offsets in another
  /// file (a log moved or replaced since) mean nothing.
  var logIdentity: String? = nil
  /// Whether a command already said that this session is in the log but its journal
  /// cannot be removed, so it is said once.
  var reported = false
  /// The session as far as it got.
  var record: SessionRecord
  /// The clock that ran when the record was taken, if one did.
  var clock: JournalClock? = nil
  /// What a crash handler wrote into the marker's slot, if it reads as a marker. Not part
  /// of `bytes`: only a handler writes it.
  var crash: CrashMarker? = nil

  /// The two lines, each ending in a newline.
  var bytes: [UInt8] {
    var header = "{\"glide_journal\":1,\"log\":\(JSONWriter.string(log))"
    if let owner {
      header +=
        ",\"pid\":\(owner.pid),\"pid_start\":\(JSONWriter.string(owner.start)),"
        + "\"boot\":\(JSONWriter.string(owner.boot))"
    }
    if let logOffset { header += ",\"log_offset\":\(logOffset)" }
    if let logStart { header += ",\"log_start\":\(logStart)" }
    if let logIdentity { header += ",\"log_id\":\(JSONWriter.string(logIdentity))" }
    if reported { header += ",\"reported\":true" }
    if let clock { header += ",\"clock\":\(clock.json)" }
    header += "}\n"
    return Array((header + record.jsonLine + "\n").utf8)
  }

  /// The byte a shorter refresh is padded with: JSON may end in spaces.
  static let padding = UInt8(ascii: " ")

  /// Where the crash marker's slot starts for a synced record of `length` bytes: the next
  /// page, leaving at least one NUL byte between the two.
  static func markerOffset(afterRecordOf length: Int) -> Int {
    (length / 4096 + 1) * 4096
  }

  /// Where the refresh starts for a synced record of `length` bytes: after the marker.
  static func refreshOffset(afterRecordOf length: Int) -> Int {
    markerOffset(afterRecordOf: length) + CrashMarker.size
  }

  /// The record a crash marker carries on to the crash: the journal's record with the
  /// time up to the crash credited, when the marker is later than the record and the
  /// record's clock ran; the record itself otherwise.
  var recordAtCrash: SessionRecord {
    guard logOffset == nil, let clock, let crash,
      let credited = clock.credit(record, crashedAt: crash)
    else { return record }
    return credited
  }

  /// Reads a journal's bytes, or says in a few words why they are not a journal: the
  /// refreshed record when its slot holds the same session, else the synced one, with
  /// the crash marker when its slot holds one.
  static func decode(_ bytes: [UInt8]) -> Result<JournalFile, Damage> {
    guard let gap = bytes.firstIndex(of: 0) else { return decodeRecord(bytes[...]) }
    let synced = decodeRecord(bytes[..<gap])
    guard case .success(var file) = synced else { return synced }
    let marker = min(bytes.count, markerOffset(afterRecordOf: gap))
    let refresh = min(bytes.count, refreshOffset(afterRecordOf: gap))
    var slot = bytes[refresh...].drop { $0 == 0 }
    // Past the refresh: padding over a longer one, and the room kept for it (NULs).
    while slot.last == padding || slot.last == 0 { slot.removeLast() }
    if case .success(let refreshed) = decodeRecord(slot),
      refreshed.record.id == file.record.id, refreshed.log == file.log
    {
      file = refreshed
    } else if slot.last == 0x0A, let progress = JournalProgress(line: slot.dropLast()),
      progress.id == file.record.id
    {
      file.record = progress.applied(to: file.record)
      file.clock = progress.clock
    }
    file.crash = CrashMarker(bytes[marker..<refresh])
    return .success(file)
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
    return .success(
      JournalFile(
        log: log, owner: owner, logOffset: offset,
        logStart: header["log_start"]?.int.map(Int64.init),
        logIdentity: header["log_id"]?.string, reported: header["reported"] != nil,
        record: record, clock: JournalClock(json: header["clock"])))
  }

  /// Why a journal could not be read.
  struct Damage: Error, Equatable {
    /// A few words: "it is empty", "it is cut short".
    var reason: String
    init(_ reason: String) { self.reason = reason }

    /// The disk would not give the journal's bytes: not the journal's fault.
    static let unreadable = Damage("it cannot be read")
  }
}
