/// Every key the session knows, in one place: what each does in each mode, the help
/// overlay, the hint line, `glide keys` and README's table all come from here.
public enum KeyTable {
  /// The step `+` and `-` add or take away.
  public static let extendStep = TimeSpan.seconds(15)

  /// `q`, in the session and in a check-in alike.
  static let quitBinding = KeyBinding(
    keys: [.character("q"), .character("Q")], names: ["q"],
    help: "end the session (asks y/n)", more: nil, hint: "q quit", action: .quit)

  /// `bindings` as plain mode lists them: no scrolling or repainting, which lines of text
  /// have nothing for, and `?`, which opens nothing there, only lists the keys.
  public static func plain(_ bindings: [KeyBinding]) -> [KeyBinding] {
    bindings.compactMap { binding in
      switch binding.action {
      case .scroll, .repaint: nil
      case .help:
        KeyBinding(
          keys: binding.keys, names: binding.names, help: "these keys", more: nil,
          hint: binding.hint, action: .help)
      default: binding
      }
    }
  }

  /// `?`, in the session and in a check-in alike.
  static let helpBinding = KeyBinding(
    keys: [.character("?"), .character("h"), .character("H")], names: ["?", "h"],
    help: "this help; esc closes it", more: nil, hint: "? help", action: .help)

  /// Ctrl-L, everywhere: the key every curses program repaints with.
  static let repaintBinding = KeyBinding(
    keys: [.character("\u{0C}")], names: ["Ctrl-L"], help: "repaint the screen", more: nil,
    hint: nil, action: .repaint)

  /// `!`: the techniques it applies to come from `Pressure`, its one home.
  static let pressureBinding = KeyBinding(
    keys: [.character("!")], names: ["!"],
    help: "too much pressure: ease off", more: "on a \(Pressure.techniqueList)",
    hint: "! ease off", action: .flagPressure)

  /// The bindings in the order help lists them.
  public static let bindings: [KeyBinding] = [
    KeyBinding(
      keys: [.character(" "), .character("."), .f5], names: ["space", ".", "F5"],
      help: "pause / resume", more: nil, hint: "space pause", action: .togglePause),
    KeyBinding(
      keys: [.character("n"), .character("N"), .right, .pageDown], names: ["n", "→", "PgDn"],
      help: "skip to the next step", more: nil, hint: "n skip", action: .skip),
    KeyBinding(
      keys: [.character("b"), .character("B"), .left, .pageUp], names: ["b", "←", "PgUp"],
      help: "back: restart, or the step before", more: "within the step's first 3 seconds",
      hint: "b back", action: .back),
    KeyBinding(
      keys: [.character("+"), .character("="), .character("-"), .character("_")],
      names: ["+", "=", "-", "_"], help: "add (+ =) / remove (- _) 15 seconds", more: nil,
      hint: "+/- 15s", action: .extend),
    KeyBinding(
      keys: [.enter], names: ["enter"], help: "count a rep", more: nil, hint: "enter rep",
      action: .countRep),
    pressureBinding,
    KeyBinding(
      keys: ["1", "2", "3", "4", "5", "0"].map { .character($0) }, names: ["1-5", "0"],
      help: "how free a side feels / skip", more: nil, hint: "1-5 rate", action: .rate),
    quitBinding, helpBinding,
    KeyBinding(
      keys: [.up, .down, .character("k"), .character("K"), .character("j"), .character("J")],
      names: ["↑", "↓", "j", "k"],
      help: "scroll a long summary or this help", more: "and PgUp PgDn a page at a time",
      hint: nil, action: .scroll),
    KeyBinding(
      keys: [.suspend], names: ["Ctrl-Z"], help: "pause and suspend; fg comes back",
      more: nil, hint: nil, action: .suspend),
    repaintBinding,
  ]

  /// The keys of a check-in, in the order help lists them: one key answers a rating, so
  /// it can be given from the floor; a range test's number is typed.
  public static let checkInBindings: [KeyBinding] = [
    KeyBinding(
      keys: "0123456789tT".map { .character($0) }, names: ["0-9", "t"],
      help: "rate the area: \(checkInScale)", more: nil,
      hint: "0-9 rate · t 10", action: .checkInRate),
    KeyBinding(
      keys: "0123456789.".map { .character($0) }, names: ["0-9", "."],
      help: "range test: type the number", more: nil, hint: "type the number",
      action: .checkInType),
    KeyBinding(
      keys: [.backspace], names: ["backspace"], help: "range test: take back a character",
      more: nil, hint: "backspace erase", action: .checkInErase),
    KeyBinding(
      keys: [.enter], names: ["enter"], help: "range test: take the number", more: nil,
      hint: "enter done", action: .checkInEnter),
    KeyBinding(
      keys: [.character("s"), .character("S"), .escape], names: ["s", "esc"],
      help: "skip the question", more: nil, hint: "s skip", action: .checkInSkip),
    quitBinding, helpBinding, repaintBinding,
  ]

  /// How a check-in's ratings read and which key gives 10: under each question on the
  /// screen, in the help, and said once as plain mode's check-in begins.
  public static let checkInScale = "0 stiff or sore … t = 10 free"

  /// The side rating's scale and keys, as the screen shows them after its question and
  /// plain mode and the voice say them.
  public static let sideScale = "1 stiff … 5 free · 0 skips"

  /// The quit question, as the screen asks it and plain mode says it.
  public static let quitQuestion = quitQuestionWords + " y/n"

  /// The quit question without its keys, for a line that says the keys in words after it
  /// (plain mode and the voice, which would read "y/n" as "why slash en").
  public static let quitQuestionWords = "End session?"

  /// What the quit question's keys do, in words, under the question.
  public static let quitQuestionKeys = "y ends and saves it · n or esc goes on"

  /// The keys of the quit question (`quitQuestion`): every other key does nothing while
  /// it is asked.
  public static let quitQuestionBindings: [KeyBinding] = [
    KeyBinding(
      keys: [.character("y"), .character("Y")], names: ["y"], help: "end the session",
      more: nil, hint: "y end session", action: .confirmQuit),
    KeyBinding(
      keys: [.character("n"), .character("N"), .escape], names: ["n", "esc"],
      help: "go on with the session", more: nil, hint: "n or esc go on", action: .cancelQuit),
  ]

  /// The table as lines of text: keys, then what they do.
  public static var lines: [String] { lines(of: bindings) }

  /// The check-in's keys as lines of text.
  public static var checkInLines: [String] { lines(of: checkInBindings) }

  /// Bindings as lines of text: keys, then what they do.
  public static func lines(of bindings: [KeyBinding]) -> [String] {
    bindings.flatMap { binding in
      let keys = binding.names.joined(separator: " ").rightPadded(14)
      return ["\(keys) \(binding.help)"]
        + (binding.more.map { [String(repeating: " ", count: 15) + $0] } ?? [])
    }
  }

  /// Bindings in one line, as plain mode says the help: "space . F5 pause / resume · n →
  /// PgDn skip to the next step · ..." (the help's own words have semicolons).
  public static func line(of bindings: [KeyBinding]) -> String {
    bindings.map { binding in
      ([binding.names.joined(separator: " "), binding.help] + (binding.more.map { [$0] } ?? []))
        .joined(separator: " ")
    }.joined(separator: " · ")
  }

  /// The event `key` stands for in `state`, or nil when it does nothing now. `view` is
  /// how much of the summary or the open help the screen shows: while either is longer
  /// than the screen, ↑ ↓ k j PgUp PgDn scroll it; over the help the arrows and PgUp PgDn
  /// do nothing else (they are back and next only with the help closed).
  public static func event(
    for key: Key, in state: SessionState, at now: Instant, view: Viewport = .fits
  ) -> Event? {
    let helpOpen = state.overlay == .help && !state.isAskingToQuit
    let scrollable = state.isFinished || helpOpen
    if scrollable, view.scrolls, let lines = scrollLines(for: key, view: view) {
      return .scroll(by: lines, view: view, at: now)
    }
    // Over the help, a paging key moves the help or nothing: never to a step unseen.
    if helpOpen, [.pageUp, .pageDown, .left, .right, .up, .down].contains(key) { return nil }
    switch (key, state.mode) {
    case (.interrupt, _): return .interrupt(at: now)
    case (_, _) where repaintBinding.keys.contains(key): return .repaint(at: now)
    case (.suspend, _): return .suspend(at: now)
    case (_, .finished): return .dismiss(at: now)
    case (_, .confirmingQuit):
      switch quitQuestionBindings.first(where: { $0.keys.contains(key) })?.action {
      case .confirmQuit: return .confirmQuit(at: now)
      case .cancelQuit: return .cancelQuit(at: now)
      default: return nil
      }
    case (_, .checkingIn): return checkInEvent(for: key, in: state, at: now)
    case (.escape, _):
      return state.overlay == nil && state.rating != nil
        ? .skipRating(at: now) : .closeOverlay(at: now)
    default: break
    }
    guard let binding = bindings.first(where: { $0.keys.contains(key) }) else { return nil }
    switch binding.action {
    case .togglePause: return .togglePause(at: now)
    case .skip: return .skip(at: now)
    case .back: return .back(at: now)
    case .extend:
      let adds = key == .character("+") || key == .character("=")
      return .extend(by: adds ? extendStep : TimeSpan.zero - extendStep, at: now)
    case .countRep: return .countRep(at: now)
    case .flagPressure: return .flagPressure(at: now)
    case .rate:
      guard case .character(let digit) = key, let score = Int(String(digit)) else { return nil }
      return score == 0 ? .skipRating(at: now) : .rate(score, at: now)
    case .quit: return .requestQuit(at: now)
    case .help: return .toggleHelp(at: now)
    case .scroll: return nil
    case .suspend: return .suspend(at: now)
    case .repaint: return .repaint(at: now)
    case .checkInRate, .checkInSkip, .checkInType, .checkInErase, .checkInEnter: return nil
    case .confirmQuit, .cancelQuit: return nil
    }
  }

  /// The event `key` stands for while a check-in question is asked: a rating's keys for
  /// an area, a number's keys for the range test.
  static func checkInEvent(for key: Key, in state: SessionState, at now: Instant) -> Event? {
    if key == .escape, state.overlay != nil { return .closeOverlay(at: now) }
    guard
      let binding = checkInBindings.first(where: { $0.keys.contains(key) && works($0, in: state) })
    else { return nil }
    switch binding.action {
    case .checkInRate:
      if key == .character("t") || key == .character("T") { return .checkInRate(10, at: now) }
      guard case .character(let digit) = key, let score = Int(String(digit)) else { return nil }
      return .checkInRate(score, at: now)
    case .checkInType:
      guard case .character(let character) = key else { return nil }
      return .checkInType(character, at: now)
    case .checkInErase: return .checkInErase(at: now)
    case .checkInEnter: return .checkInEnter(at: now)
    case .checkInSkip: return .checkInSkip(at: now)
    case .quit: return .requestQuit(at: now)
    case .help: return .toggleHelp(at: now)
    default: return nil
    }
  }

  /// The lines a scrolling key moves a text `view` measures: a line, or a page.
  static func scrollLines(for key: Key, view: Viewport) -> Int? {
    switch key {
    case .up, .character("k"), .character("K"): -1
    case .down, .character("j"), .character("J"): 1
    case .pageUp: -view.page
    case .pageDown: view.page
    default: nil
    }
  }

  /// Whether a binding does something in `state`, for the hint line: no `+/-` on a reps
  /// step, `!` where `Pressure` applies and not yet flagged, `1-5` while a rating is asked.
  public static func works(_ binding: KeyBinding, in state: SessionState) -> Bool {
    if let question = state.question, let plan = state.plan.checkIn {
      let typing = question.isRangeTest(in: plan)
      switch binding.action {
      case .checkInRate: return !typing
      case .checkInType, .checkInErase: return typing
      case .checkInEnter: return typing && question.typedValue != nil
      case .checkInSkip, .quit, .help, .suspend, .repaint: return true
      default: return false
      }
    }
    guard let item = state.item else { return false }
    switch binding.action {
    case .extend: return item.technique != .reps && state.clock.length != nil
    // On paced reps enter counts the rep under way early, as `countRep` does.
    case .countRep: return item.technique == .reps && item.step.reps != nil
    case .flagPressure: return Pressure.applies(to: item) && !state.isPressureFlagged
    case .rate: return state.rating != nil
    case .scroll: return state.overlay == .help
    case .togglePause, .skip, .back, .quit, .help, .suspend, .repaint: return true
    case .checkInRate, .checkInSkip, .checkInType, .checkInErase, .checkInEnter: return false
    case .confirmQuit, .cancelQuit: return false
    }
  }

  /// The hint line's entries that work in `state`, in order, each with its rank: short of
  /// room, the line leaves out the highest rank first (see `hintLine(_:room:)`), so a key
  /// that matters now (`!` on a passive step) stays longest.
  public static func hints(in state: SessionState) -> [(text: String, rank: Int)] {
    if case .confirmingQuit = state.mode {
      return [(quitQuestionBindings.compactMap(\.hint).joined(separator: " · "), 0)]
    }
    if state.question != nil {
      return checkInBindings.compactMap { binding in
        guard let hint = binding.hint, works(binding, in: state) else { return nil }
        // Short of room, the keys that answer stay.
        let answers = [.checkInRate, .checkInEnter, .checkInSkip].contains(binding.action)
        return (hint, answers ? 0 : 1)
      }
    }
    return bindings.compactMap { binding in
      guard let hint = binding.hint, works(binding, in: state) else { return nil }
      let text = binding.action == .togglePause && state.mode == .paused ? "space resume" : hint
      // Enter on paced reps is a choice, not the way on: it gives way with `+/-`.
      let optional = binding.action == .countRep && state.item?.isCountedReps == false
      return (text, optional ? 5 : rank(of: binding.action))
    }
  }

  /// How soon a session key's hint gives way when the line is short: pause, help and a
  /// counted rep's enter last; then `!`, which eases pain; then a side's rating (the
  /// question names it); then skip and quit; then back, `+/-` and a paced rep's enter.
  static func rank(of action: KeyBinding.Action) -> Int {
    switch action {
    case .togglePause, .help, .countRep: 0
    case .flagPressure: 1
    case .rate: 2
    case .skip, .quit: 3
    case .back: 4
    default: 5
    }
  }

  /// The hint line in `room` columns: the entries in their order, the highest rank left
  /// out first until the rest fit; those of rank 0 always stay.
  public static func hintLine(_ hints: [(text: String, rank: Int)], room: Int) -> String {
    var kept = hints
    while kept.map(\.text).joined(separator: " · ").columns > room,
      let worst = kept.map(\.rank).max(), worst > 0
    {
      kept.removeAll { $0.rank == worst }
    }
    return kept.map(\.text).joined(separator: " · ")
  }

  /// The hint line for `state` on a screen `width` columns wide.
  public static func hintLine(in state: SessionState, width: Int) -> String {
    hintLine(hints(in: state), room: width - 2)
  }
}
