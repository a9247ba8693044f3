import GlideCore

/// What a session screen shows at one instant: the session, its readout, the size and the
/// words around them. Every widget reads it; none changes it.
struct SessionScene {
  let layout: Layout
  let state: SessionState
  let readout: Readout
  let notice: String?
  let week: WeekTally?

  var width: Int { layout.width }
  var height: Int { layout.height }
  var item: PlanItem? { state.item }
  var plan: Plan { state.plan }
  var isPaused: Bool { state.mode == .paused }

  /// The colour of the item's words and digits.
  var itemRole: Role {
    guard let item else { return .text }
    return isPaused ? .paused : Role(item.technique)
  }

  /// The row under the screen: the answer to the key just pressed ("Nothing to lengthen
  /// here: ..."), else the shell's notice (a routine's warnings, a hook that failed),
  /// which stays and comes back once the answer is gone: an answer hidden under it
  /// would leave the key seeming to do nothing.
  var noticeText: String? { state.note?.text ?? notice }

  // MARK: - What the screen holds now

  /// Whether the block under the digits says anything for this item now.
  func hasPhase(_ item: PlanItem) -> Bool {
    hasBigWord || item.technique == .reps || item.kind == .leadIn || item.kind == .switchSides
  }

  /// Whether the block under the digits is a big word (PAUSED, the count-in, a breath
  /// phase).
  var hasBigWord: Bool { isPaused || readout.countIn != nil || readout.breath != nil }

  /// Whether a breath pacer or a beat marker is drawn.
  var hasPacer: Bool { readout.breath != nil || readout.beatCells != nil }

  /// Whether the medium layout's row under the digits says anything for this item now.
  func usesWordRow(_ item: PlanItem) -> Bool { hasBigWord || item.technique == .reps }

  // MARK: - Words

  /// The warning shown in place of the cue after too much pressure was flagged.
  static let easeOff = Pressure.easeOff

  /// Whether the current step was flagged for too much pressure.
  var isFlagged: Bool { state.pressureFlagged.contains(state.index) }

  func heading(_ item: PlanItem) -> String {
    Self.headings.value(for: item) { state.heading(of: $0) }
  }

  private static let headings = LastResult<PlanItem, String>()

  /// How to do what is under way.
  func cueLine(_ item: PlanItem) -> String? {
    switch item.kind {
    case .leadIn: return "Get into position; the first step starts when this reaches zero"
    case .switchSides: return "Turn over and set up the other side"
    case .transition:
      // How to do the step it leads to: the heading says to get into position, and "Next"
      // names the step.
      return plan.items[state.index...].first { $0.kind == .step }?.step.cue
    case .step: return item.step.cue
    }
  }

  /// What the digits show: the time left, or the reps done of the target.
  var bigText: BigText {
    if let reps = readout.reps, let item { return BigText(reps, of: item.step.reps ?? 0) }
    return BigText(ClockFace(seconds: readout.remainingSeconds ?? 0))
  }

  var sessionLeft: String { ClockFace(seconds: readout.sessionSeconds).text }

  /// "Next: ...": where it does not fit, without the pause to get into position before
  /// the step it names (its own screen says so); a switch of sides is always said.
  var nextLine: String {
    let line = state.nextLine
    let pause = "Next: get into position, then "
    guard line.columns > width - 2, line.hasPrefix(pause) else { return line }
    return "Next: " + line.dropFirst(pause.count)
  }

  /// The keys that work now, as many as fit (`KeyTable.hintLine`).
  var keyLine: String {
    let hints = KeyTable.hints(in: state)
    let input = HintLine(texts: hints.map(\.text), ranks: hints.map(\.rank), room: width - 2)
    return Self.keyLines.value(for: input) { $0.line }
  }

  private static let keyLines = LastResult<HintLine, String>()

  /// The first step's cue as the get-ready shows it, in at most two lines.
  func leadInCue(_ item: PlanItem) -> [String] {
    guard item.kind == .leadIn, let first = plan.items.first(where: { $0.kind == .step }),
      let cue = first.step.cue
    else { return [] }
    return cue.wrapped(width - 2, maxLines: 2)
  }
}
