import GlideCore

/// What a key press means in the session's current mode.
enum KeyMap {
  /// The step `+` and `-` add or take away.
  static let extendStep = Span.seconds(15)

  /// The event a key stands for, or nil when the key does nothing now.
  static func event(for key: Key, in state: SessionState, at now: Instant) -> Event? {
    switch (key, state.mode) {
    case (.interrupt, _): return .interrupt(at: now)
    case (.suspend, _): return .suspend(at: now)
    case (_, .finished): return .dismiss(at: now)
    case (.character("y"), .confirmingQuit), (.character("Y"), .confirmingQuit):
      return .confirmQuit(at: now)
    case (.character("n"), .confirmingQuit), (.character("N"), .confirmingQuit),
      (.escape, .confirmingQuit):
      return .cancelQuit(at: now)
    case (_, .confirmingQuit): return nil
    default: break
    }
    switch key {
    case .character(" "): return .togglePause(at: now)
    case .character("n"), .character("N"), .right: return .skip(at: now)
    case .character("b"), .character("B"), .left: return .back(at: now)
    case .character("+"), .character("="): return .extend(by: extendStep, at: now)
    case .character("-"), .character("_"): return .extend(by: Span.zero - extendStep, at: now)
    case .enter: return .countRep(at: now)
    case .character("!"): return .flagPressure(at: now)
    case .character("q"), .character("Q"): return .requestQuit(at: now)
    case .character("?"), .character("h"), .character("H"): return .toggleHelp(at: now)
    case .escape:
      return state.overlay == nil && state.rating != nil
        ? .skipRating(at: now) : .closeOverlay(at: now)
    case .character(let digit) where ("1"..."5").contains(digit):
      return .rate(Int(String(digit)) ?? 0, at: now)
    case .character("0"): return .skipRating(at: now)
    default: return nil
    }
  }
}
