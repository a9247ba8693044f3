/// The plan as the session runs it: the plan as written, with what `!` eased (see
/// `Pressure`) and the lengths `+` and `-` chose. The time left, the previews, the voice,
/// the summary and the log all read these, so they agree after any `!`, `+` or `-`.
extension SessionState {
  /// The planned time of plan item `index` as it runs: the length `+`/`-` chose, else
  /// what `!` eased it to, else as written (reps counted by key at their planning pace).
  public func planned(_ index: Int) -> TimeSpan {
    records[index].chosen ?? records[index].eased ?? plan.items[index].planned
  }

  /// The clock length plan item `index` runs for: its planned time as it runs when timed,
  /// none for reps counted by key.
  public func length(of index: Int) -> TimeSpan? {
    plan.items[index].isTimed ? planned(index) : nil
  }

  /// The planned time of every item after plan item `index`, as they run.
  public func timeAfter(_ index: Int) -> TimeSpan {
    var after = plan.items[index].remainingAfter
    for later in records.indices.dropFirst(index + 1) {
      after = after - (plan.items[later].planned - planned(later))
    }
    return after
  }

  /// The planned length of the whole session as it runs.
  public var plannedTotal: TimeSpan {
    plan.items.isEmpty ? .zero : planned(0) + timeAfter(0)
  }
}
