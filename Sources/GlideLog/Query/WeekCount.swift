/// How many sessions with real work the log holds for the ISO week containing `now`.
public func sessionsThisWeek(_ reader: inout LogReader, now: Timestamp, time: LocalTime) -> Int {
  let today = time.date(now)
  let monday = today.daysSinceEpoch - Int64(today.isoWeekday - 1)
  var count = 0
  reader.newestFirst { record, _ in
    let day = time.date(record.startedAt).daysSinceEpoch
    if day < monday - 1 { return false }
    if day >= monday && day < monday + 7 && record.didWork { count += 1 }
    return true
  }
  return count
}
