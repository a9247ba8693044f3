import GlideCore

/// The session's clock as a journal write found it running: what a crash marker after
/// the write is measured against, and what the time up to the crash is credited to.
public struct JournalClock: Equatable, Sendable {
  /// CLOCK_MONOTONIC at the write, in milliseconds: the clock the crash handler reads.
  public var monotonicMilliseconds: Int64
  /// Session seconds per real second (`--time-scale`).
  public var scale: Double
  /// The index in the record's steps of the step whose clock ran; nil between steps.
  public var step: Int?
  /// Session milliseconds until that clock would have run out; nil when it has no end.
  public var leftMilliseconds: Int64?

  /// Creates a clock.
  public init(monotonicMilliseconds: Int64, scale: Double, step: Int?, leftMilliseconds: Int64?) {
    self.monotonicMilliseconds = monotonicMilliseconds
    self.scale = scale
    self.step = step
    self.leftMilliseconds = leftMilliseconds
  }

  /// The journal header's member: `"clock":{...}`.
  var json: String {
    var text = "{\"monotonic_ms\":\(monotonicMilliseconds),\"scale\":\(JSONWriter.seconds(scale))"
    if let step { text += ",\"step\":\(step)" }
    if let leftMilliseconds { text += ",\"left_ms\":\(leftMilliseconds)" }
    return text + "}"
  }

  /// Reads the header's member; nil when it is missing or malformed, which only costs the
  /// credit.
  init?(json: JSONValue?) {
    guard let json, let instant = json["monotonic_ms"]?.int, let scale = json["scale"]?.number,
      scale > 0
    else { return nil }
    monotonicMilliseconds = Int64(instant)
    self.scale = scale
    step = json["step"]?.int
    leftMilliseconds = json["left_ms"]?.int.map(Int64.init)
  }

  /// `record` carried on to the crash: the session ends then, the time the clock ran
  /// since the write is active time and the step's own, up to the step's end. Nil when
  /// the marker is from before the write (stale) or names no later instant.
  func credit(_ record: SessionRecord, crashedAt crash: CrashMarker) -> SessionRecord? {
    let real = crash.monotonicMilliseconds - monotonicMilliseconds
    guard real > 0 else { return nil }
    var session = Int64((Double(real) * scale).rounded())
    var toTheEnd = false
    if let leftMilliseconds, session >= leftMilliseconds {
      session = max(0, leftMilliseconds)
      toTheEnd = true
    }
    var credited = record
    credited.endedAt = Timestamp(milliseconds: record.endedAt.milliseconds + real)
    credited.activeSeconds = record.activeSeconds + Double(session) / 1000
    if let step, credited.steps.indices.contains(step) {
      credited.steps[step] = credited.steps[step].credited(
        .milliseconds(session), toTheEnd: toTheEnd)
    }
    return credited
  }
}
