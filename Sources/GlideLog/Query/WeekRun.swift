import GlideCore

/// A run of weeks that met the target, judged while the log is walked back and kept as
/// a count rather than a week each: the streak's running figure.
struct WeekRun {
  /// The Monday of the newest week in the run.
  var newest: Int64?
  /// How many weeks it holds, back from `newest`.
  var count = 0

  /// Adds the week before the run's oldest (the walk judges weeks newest first).
  mutating func add(_ monday: Int64) {
    if newest == nil { newest = monday }
    count += 1
  }

  /// Consecutive weeks meeting the target back from the week starting `start`: those
  /// still counted per week, then the run, then any older ones counted per week.
  func streak(from start: Int64, perWeek: [Int64: Int]) -> Int {
    var streak = 0
    var week = start
    while true {
      if let newest, week == newest {
        streak += count
        week -= Int64(7 * count)
        continue
      }
      guard (perWeek[week] ?? 0) >= Evidence.sessionsPerWeek.lowerBound else { return streak }
      streak += 1
      week -= 7
    }
  }
}
