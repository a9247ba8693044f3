import GlideCore

/// One session two test targets read: a plantar-fascia roll of 1:00 a side, made 15 s
/// longer 10 s into its left side, skipped at 1:04, then the session ended. Its summary
/// is what the log writes and the summary screen shows, so both are held to one script.
public enum LengthenedRoll {
  /// The session's summary as it ended at 1:15.
  public static var summary: Summary? {
    let plan = Plan(
      Routine(
        id: "f", name: "Feet", summary: "", phase: .any,
        steps: [Step(.roll, target: "plantar fascia", sides: .both, duration: .seconds(60))]),
      settings: Plan.Settings(leadIn: .seconds(10), countIn: .zero))
    var state = SessionState(plan: plan)
    _ = reduce(&state, .start(at: .zero))
    _ = reduce(&state, .tick(at: .seconds(10)))
    _ = reduce(&state, .extend(by: .seconds(15), at: .seconds(20)))
    _ = reduce(&state, .skip(at: .seconds(74)))
    _ = reduce(&state, .requestQuit(at: .seconds(75)))
    _ = reduce(&state, .confirmQuit(at: .seconds(75)))
    return state.summary
  }
}
