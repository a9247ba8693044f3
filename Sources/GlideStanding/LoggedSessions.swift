import GlideConfig
import GlideLog

/// The sessions the log holds from the local day `since` on, newest first: the one place
/// programs read the log, through its reader, stopping at the first older line.
public func loggedSessions(_ reader: inout LogReader, since: Int64, time: LocalTime)
  -> [LoggedSession]
{
  var sessions: [LoggedSession] = []
  reader.newestFirst { record, _ in
    let day = time.date(record.startedAt).daysSinceEpoch
    // A line or two out of order (a recovered journal) must not end the walk early.
    if day < since - 1 { return false }
    guard day >= since else { return true }
    var areas: [String: Double] = [:]
    for step in record.steps where step.outcome != .skipped {
      areas[step.target.lowercased(), default: 0] += step.elapsed.seconds
    }
    sessions.append(
      LoggedSession(day: day, routine: record.routine, didWork: record.didWork, areaSeconds: areas))
    return true
  }
  return sessions
}
