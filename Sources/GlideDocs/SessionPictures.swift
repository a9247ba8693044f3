import GlideConfig
import GlideCore
import GlideRender

/// Sessions of the built-in routines played through the real reducer on a fake clock, and
/// the frames the real renderer draws of them at chosen moments.
enum SessionPictures {
  /// The size of every session picture: the terminal most people have.
  static let width = 80
  static let height = 24

  /// A session of `routine` from its start, run a second at a time (as a person who
  /// presses nothing sees it) until `stop` says so or it ends; a side comparison is
  /// answered 4 then 3 when asked.
  static func play(
    _ routineID: String, until stop: (SessionState) -> Bool
  ) -> (state: SessionState, now: Instant) {
    guard let routine = BuiltinRoutines.routine(id: routineID) else {
      preconditionFailure("no built-in routine \(routineID)")
    }
    var state = SessionState(plan: Plan(routine))
    var now = Instant.zero
    _ = reduce(&state, .start(at: now))
    // Six hours of seconds at most: far past any built-in routine's end.
    for _ in 0..<21_600 {
      if state.isFinished || stop(state) { break }
      now = now + .seconds(1)
      _ = reduce(&state, .tick(at: now))
      if let rating = state.rating {
        _ = reduce(&state, .rate(rating.asking == .left ? 4 : 3, at: now))
      }
    }
    return (state, now)
  }

  /// The state `seconds` into the first plan item `matching` of a routine.
  static func into(
    _ routineID: String, seconds: Int, matching: @escaping (PlanItem) -> Bool
  ) -> (state: SessionState, now: Instant) {
    var elapsed = 0
    return play(routineID) { state in
      guard let item = state.item, matching(item) else { return false }
      elapsed += 1
      return elapsed > seconds
    }
  }

  /// The frame of a state at an instant.
  static func frame(_ state: SessionState, at now: Instant, week: WeekTally? = nil) -> Frame {
    SessionScreen.render(state, at: now, width: width, height: height, week: week)
  }
}
