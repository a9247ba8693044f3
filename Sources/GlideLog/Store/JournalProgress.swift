import GlideCore

/// A refresh of a running session's journal as a few numbers: what moves while a step
/// runs or a pause lasts (the end time, active and paused time, one step's time, outcome
/// and counts, the clock), against the record last synced. Written as one short line of
/// ASCII digits into the refresh slot, with no text built, so the timer's ten-second
/// refresh costs a `pwrite` of bytes; recovery reads it back onto the synced record,
/// giving the record a whole refresh would have given. Anything else that changed (a new
/// step, an answer, a name) makes the refresh a whole record, as before.
struct JournalProgress: Equatable {
  /// The session, so a slot holding another session's progress is passed over.
  var id: String
  var endedMilliseconds: Int64
  var activeMilliseconds: Int64
  var pausedMilliseconds: Int64
  /// The index of the step that moved, if one did.
  var step: Int?
  var elapsedMilliseconds: Int64 = 0
  var outcome: StepOutcome = .skipped
  var repsDone: Int?
  var breathsDone: Int?
  /// The clock that ran, as the journal header would hold it.
  var clock: JournalClock?

  /// The line's opening, which no journal record starts with.
  static let opening = Array("{\"glide_progress\":1,\"id\":\"".utf8)

  /// The progress that takes `synced` to `record`; nil when they differ in more than
  /// what a progress line holds (or the id needs escaping).
  init?(from synced: SessionRecord, to record: SessionRecord, clock: JournalClock?) {
    guard record.id == synced.id, record.id.utf8.allSatisfy({ $0 > 0x22 && $0 < 0x7F }),
      record.version == synced.version, record.outcome == synced.outcome,
      record.routine == synced.routine, record.routineName == synced.routineName,
      record.startedAt == synced.startedAt, record.plannedSeconds == synced.plannedSeconds,
      record.checkIn == synced.checkIn, record.steps.count == synced.steps.count
    else { return nil }
    id = record.id
    endedMilliseconds = record.endedAt.milliseconds
    activeMilliseconds = Self.milliseconds(record.activeSeconds)
    pausedMilliseconds = Self.milliseconds(record.pausedSeconds)
    self.clock = clock
    for index in record.steps.indices where record.steps[index] != synced.steps[index] {
      guard step == nil else { return nil }
      let moved = record.steps[index]
      var same = moved
      same.elapsed = synced.steps[index].elapsed
      same.outcome = synced.steps[index].outcome
      same.repsDone = synced.steps[index].repsDone
      same.breathsDone = synced.steps[index].breathsDone
      guard same == synced.steps[index] else { return nil }
      step = index
      elapsedMilliseconds = Self.milliseconds(moved.elapsed.seconds)
      outcome = moved.outcome
      repsDone = moved.repsDone
      breathsDone = moved.breathsDone
    }
  }

  /// Seconds to whole milliseconds, as the log's lines round them (`JSONWriter.seconds`).
  static func milliseconds(_ seconds: Double) -> Int64 {
    Int64((seconds * 1000).rounded())
  }

  /// `synced` carried forward to this progress.
  func applied(to synced: SessionRecord) -> SessionRecord {
    var record = synced
    record.endedAt = Timestamp(milliseconds: endedMilliseconds)
    record.activeSeconds = Double(activeMilliseconds) / 1000
    record.pausedSeconds = Double(pausedMilliseconds) / 1000
    if let step, record.steps.indices.contains(step) {
      record.steps[step].elapsed = .seconds(Double(elapsedMilliseconds) / 1000)
      record.steps[step].outcome = outcome
      record.steps[step].repsDone = repsDone
      record.steps[step].breathsDone = breathsDone
    }
    return record
  }

  /// Appends the line (with its newline) to `bytes`.
  func write(into bytes: inout [UInt8]) {
    bytes += Self.opening
    bytes += id.utf8
    bytes.append(UInt8(ascii: "\""))
    Self.member(",\"ended_ms\":", endedMilliseconds, &bytes)
    Self.member(",\"active_ms\":", activeMilliseconds, &bytes)
    Self.member(",\"paused_ms\":", pausedMilliseconds, &bytes)
    Self.member(",\"step\":", step.map(Int64.init), &bytes)
    Self.member(",\"elapsed_ms\":", elapsedMilliseconds, &bytes)
    bytes += ",\"outcome\":\"".utf8
    bytes += outcome.rawValue.utf8
    bytes.append(UInt8(ascii: "\""))
    Self.member(",\"reps_done\":", repsDone.map(Int64.init), &bytes)
    Self.member(",\"breaths_done\":", breathsDone.map(Int64.init), &bytes)
    if let clock {
      Self.member(",\"clock_ms\":", clock.monotonicMilliseconds, &bytes)
      Self.member(",\"scale_ms\":", Self.milliseconds(clock.scale), &bytes)
      Self.member(",\"clock_step\":", clock.step.map(Int64.init), &bytes)
      Self.member(",\"left_ms\":", clock.leftMilliseconds, &bytes)
    }
    bytes += "}\n".utf8
  }

  /// `key` then the number in decimal digits, or `null`.
  private static func member(_ key: StaticString, _ value: Int64?, _ bytes: inout [UInt8]) {
    bytes += UnsafeBufferPointer(start: key.utf8Start, count: key.utf8CodeUnitCount)
    guard let value else {
      bytes += "null".utf8
      return
    }
    if value < 0 { bytes.append(UInt8(ascii: "-")) }
    let magnitude = value.magnitude
    var divisor: UInt64 = 1
    while divisor <= magnitude / 10 { divisor *= 10 }
    repeat {
      bytes.append(UInt8(ascii: "0") + UInt8(magnitude / divisor % 10))
      divisor /= 10
    } while divisor > 0
  }

  /// Reads a progress line (without its newline); nil when it is not one.
  init?(line: ArraySlice<UInt8>) {
    guard line.starts(with: Self.opening), let json = JSONParser.parse(line),
      let id = json["id"]?.string, let ended = json["ended_ms"]?.int,
      let active = json["active_ms"]?.int, let paused = json["paused_ms"]?.int,
      let elapsed = json["elapsed_ms"]?.int,
      let outcome = json["outcome"]?.string.flatMap(StepOutcome.init(rawValue:))
    else { return nil }
    self.id = id
    endedMilliseconds = Int64(ended)
    activeMilliseconds = Int64(active)
    pausedMilliseconds = Int64(paused)
    step = json["step"]?.int
    elapsedMilliseconds = Int64(elapsed)
    self.outcome = outcome
    repsDone = json["reps_done"]?.int
    breathsDone = json["breaths_done"]?.int
    if let instant = json["clock_ms"]?.int, let scale = json["scale_ms"]?.int, scale > 0 {
      clock = JournalClock(
        monotonicMilliseconds: Int64(instant), scale: Double(scale) / 1000,
        step: json["clock_step"]?.int, leftMilliseconds: json["left_ms"]?.int.map(Int64.init))
    }
  }
}
