import GlideCore

/// `glide history`: past sessions, newest first.
public enum History {
  /// The newest `limit` records with their stored lines.
  public static func newest(_ reader: inout LogReader, limit: Int) -> [(
    record: SessionRecord, line: String
  )] {
    var rows: [(SessionRecord, String)] = []
    each(&reader, limit: limit) { record, raw in
      rows.append((record, String(decoding: raw, as: UTF8.self)))
    }
    return rows
  }

  /// Visits the newest `limit` records (every record when nil) with their stored lines,
  /// newest first, holding none of them after its visit: for a log of any size.
  public static func each(
    _ reader: inout LogReader, limit: Int?,
    _ visit: (SessionRecord, _ raw: UnsafeBufferPointer<UInt8>) -> Void
  ) {
    if limit == 0 { return }
    var count = 0
    reader.newestFirst { record, raw in
      visit(record, raw)
      count += 1
      return limit.map { count < $0 } ?? true
    }
  }

  /// A table for people: date and time, routine, outcome, duration, steps, reps.
  public static func table(_ records: [SessionRecord], time: LocalTime) -> [String] {
    guard !records.isEmpty else { return ["No sessions logged yet: run 'glide' to start one."] }
    let routineWidth = max(7, records.map(\.routine.columns).max() ?? 0)
    var lines = [
      "date              " + "routine".rightPadded(routineWidth)
        + "  outcome      time   steps   reps"
    ]
    for record in records {
      let steps = "\(record.stepsDone)/\(record.steps.count)"
      let reps = record.repsTarget > 0 ? "\(record.repsDone)/\(record.repsTarget)" : "-"
      lines.append(
        time.minute(record.startedAt) + "  " + record.routine.rightPadded(routineWidth) + "  "
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

  /// Seconds as `m:ss` or `h:mm:ss`, to the nearest second (the screen's clock face rounds
  /// up, as a countdown does; a log's active time is a total, so it rounds).
  static func clock(_ seconds: Double) -> String {
    TimeSpan.seconds(seconds.rounded()).clockFace
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
