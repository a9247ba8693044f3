import GlideCore

/// `glide history`: past sessions, newest first.
public enum History {
  /// The newest `limit` records with their stored lines, newest first.
  public static func newest(_ reader: inout LogReader, limit: Int) -> [(
    record: SessionRecord, line: String
  )] {
    var rows: [(record: SessionRecord, line: String)] = []
    each(&reader, limit: limit) { record, raw in
      rows.append((record, String(decoding: raw, as: UTF8.self)))
    }
    return rows
  }

  /// The newest `limit` records, newest first, without their lines: what a table needs.
  public static func records(_ reader: inout LogReader, limit: Int) -> [SessionRecord] {
    var records: [SessionRecord] = []
    each(&reader, limit: limit, keepingLines: false) { record, _ in records.append(record) }
    return records
  }

  /// Visits the newest `limit` records (every record when nil) with their stored lines,
  /// newest first (with a limit, an empty line when not `keepingLines`). Every record is passed on as it is read, holding none of them; with a
  /// limit, the newest by start time are kept until the walk ends (sessions merged from
  /// another log may stand after newer ones).
  public static func each(
    _ reader: inout LogReader, limit: Int?, keepingLines: Bool = true,
    _ visit: (SessionRecord, _ raw: UnsafeBufferPointer<UInt8>) -> Void
  ) {
    guard let limit else {
      reader.newestFirst { record, raw in
        visit(record, raw)
        return true
      }
      return
    }
    guard limit > 0 else { return }
    // Newest first; a record older than all of a full set ends the walk.
    var kept: [(record: SessionRecord, line: [UInt8])] = []
    reader.newestFirst { record, raw in
      if kept.count == limit, let oldest = kept.last, record.startedAt < oldest.record.startedAt {
        return false
      }
      // Lines mostly come newest first, so the place is found from the end: one step.
      var at = kept.count
      while at > 0, kept[at - 1].record.startedAt < record.startedAt { at -= 1 }
      kept.insert((record, keepingLines ? Array(raw) : []), at: at)
      if kept.count > limit { kept.removeLast() }
      return true
    }
    for row in kept {
      row.line.withUnsafeBufferPointer { visit(row.record, $0) }
    }
  }

  /// Visits the stored lines of the newest `limit` records (every record when nil),
  /// newest first; every record is only checked, never built, when there is no limit.
  public static func eachLine(
    _ reader: inout LogReader, limit: Int?, _ visit: (_ raw: UnsafeBufferPointer<UInt8>) -> Void
  ) {
    guard limit != nil else { return reader.newestReadableLines(visit) }
    each(&reader, limit: limit) { _, raw in visit(raw) }
  }

  /// A table for people: date and time, routine, outcome, duration, steps, reps.
  public static func table(
    _ records: [SessionRecord], time: LocalTime, width: Int = .max
  ) -> [String] {
    guard !records.isEmpty else { return ["No sessions logged yet: run 'glide' to start one."] }
    // The routine column gives way so that a row fits `width`: the others take 53 columns.
    let limit = max(12, min(TableColumn.nameLimit, width - 53))
    let routineWidth = TableColumn.width(records.map(\.routine), atLeast: 7, limit: limit)
    var lines = [
      "date              " + "routine".rightPadded(routineWidth)
        + "  outcome      time   steps   reps"
    ]
    for record in records {
      let steps = "\(record.stepsDone)/\(record.steps.count)"
      let reps = record.repsTarget > 0 ? "\(record.repsDone)/\(record.repsTarget)" : "-"
      lines.append(
        time.minute(record.startedAt) + "  " + record.routine.column(routineWidth) + "  "
          + record.outcome.rightPadded(11) + " " + clock(record.activeSeconds).leftPadded(6)
          + "  " + steps.leftPadded(6) + "  " + reps.leftPadded(5))
    }
    return lines
  }

  /// The CSV header.
  public static let csvHeader =
    "started_at,routine,routine_name,outcome,active_seconds,paused_seconds,planned_seconds,steps_done,steps_total,reps_done,reps_target"

  /// One CSV row.
  public static func csvRow(_ record: SessionRecord) -> String {
    [
      record.startedAt.description, record.routine, record.routineName, record.outcome,
      JSONWriter.seconds(record.activeSeconds), JSONWriter.seconds(record.pausedSeconds),
      JSONWriter.seconds(record.plannedSeconds), String(record.stepsDone),
      String(record.steps.count), String(record.repsDone), String(record.repsTarget),
    ].map(csvField).joined(separator: ",")
  }

  static func csvField(_ text: String) -> String {
    guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else {
      return text
    }
    return "\"" + text.replacingAll("\"", with: "\"\"") + "\""
  }

  /// Seconds of time done as `m:ss` or `h:mm:ss`, to the nearest second, as the summary
  /// says them (`TimeSpan.durationFace`).
  static func clock(_ seconds: Double) -> String {
    TimeSpan.seconds(seconds).durationFace
  }
}

extension String {
  func replacingAll(_ target: Character, with replacement: String) -> String {
    var out = ""
    for character in self {
      if character == target { out += replacement } else { out.append(character) }
    }
    return out
  }
}
