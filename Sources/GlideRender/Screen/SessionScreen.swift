import GlideCore

/// Draws a session, at one instant, into a frame of any size.
public enum SessionScreen {
  /// The bar widths the screen draws at this size, so the core can wake exactly when a
  /// bar's next cell changes.
  public static func widths(width: Int, height: Int) -> ReadoutWidths {
    let layout = Layout(width: width, height: height)
    return ReadoutWidths(
      step: layout.progressBarWidth, session: layout.progressBarWidth,
      breath: layout.pacerWidth, beat: layout.pacerWidth)
  }

  /// The whole screen for `state` at `now`.
  public static func render(
    _ state: SessionState, at now: Instant, width: Int, height: Int, notice: String? = nil,
    weekCount: Int? = nil
  ) -> Frame {
    render(
      state, readout: state.readout(at: now, widths: widths(width: width, height: height)),
      width: width, height: height, notice: notice, weekCount: weekCount)
  }

  /// The whole screen for `state` with its readout already worked out (for the widths
  /// `widths(width:height:)` gives).
  public static func render(
    _ state: SessionState, readout: Readout, width: Int, height: Int, notice: String? = nil,
    weekCount: Int? = nil
  ) -> Frame {
    let layout = Layout(width: width, height: height)
    // The painter owns the only reference to the cells: drawing never copies them.
    var painter = Painter(
      frame: Frame(width: width, height: height), layout: layout, state: state,
      readout: readout, notice: notice, weekCount: weekCount)
    switch layout.tier {
    case .tooSmall: painter.tooSmall()
    case .compact: painter.compact()
    case .medium, .full: painter.large()
    }
    return painter.frame
  }

  /// The keys, one per line, as the help overlay lists them.
  public static var helpLines: [String] { KeyTable.lines }
}

/// Paints one frame; split by region so each reads on its own.
struct Painter {
  var frame: Frame
  let layout: Layout
  let state: SessionState
  let readout: Readout
  let notice: String?
  let weekCount: Int?

  var width: Int { layout.width }
  var height: Int { layout.height }
  var item: PlanItem? { state.item }
  var plan: Plan { state.plan }
  var isPaused: Bool { state.mode == .paused }

  var itemRole: Role {
    guard let item else { return .text }
    return isPaused ? .paused : Role(item.technique)
  }

  // MARK: - Tiers

  mutating func tooSmall() {
    let message =
      ["terminal too small", "too small", "small", "!"].first { $0.columns <= width } ?? ""
    frame.center(message, row: height / 2, Style(.warning))
  }

  mutating func compact() {
    if state.question != nil {
      checkInCompact()
      return
    }
    if let summary = state.summary {
      let lines = SummaryText.lines(summary, weekCount: weekCount).filter { !$0.isEmpty }
      for (row, line) in lines.prefix(height - 1).enumerated() {
        frame.put(line.truncated(width), row: row, column: 0, Style(row == 0 ? .accent : .text))
      }
      frame.put("any key to exit".truncated(width), row: height - 1, column: 0, Style(.dim))
      return
    }
    guard let item else { return }
    frame.put(heading(item).truncated(width), row: 0, column: 0, Style(itemRole, bold: true))
    var second = bigText
    if isPaused {
      second += "  PAUSED"
    } else if let breath = readout.breath {
      second += "  \(breath.phase.label)"
    }
    frame.put(second.truncated(width), row: 1, column: 0, Style(itemRole, bold: true))
    frame.put(
      "step \(item.number)/\(plan.stepCount) · \(sessionLeft) left".truncated(width), row: 2,
      column: 0, Style(.dim))
    if height >= 6 { frame.put(nextLine.truncated(width), row: 3, column: 0, Style(.dim)) }
    if height >= 6 {
      frame.put(keyLine.truncated(width), row: height - 1, column: 0, Style(.dim))
    }
    if case .confirmingQuit = state.mode {
      frame.put(
        "End session? y/n".rightPadded(width), row: 1, column: 0, Style(.warning, reverse: true))
    } else if state.overlay == .help {
      for row in 0..<height {
        frame.put(String(repeating: " ", count: width), row: row, column: 0)
      }
      for (row, line) in KeyTable.lines(in: state).prefix(height).enumerated() {
        frame.put(line.truncated(width), row: row, column: 0)
      }
    }
  }

  mutating func large() {
    if let summary = state.summary {
      summaryScreen(summary)
      return
    }
    if state.question != nil {
      checkInLarge()
      overlays()
      return
    }
    guard let item else { return }
    let full = layout.tier == .full
    // Header.
    frame.put(plan.routineName.truncated(width - 16), row: 0, column: 1, Style(.accent, bold: true))
    frame.putRight("step \(item.number) of \(plan.stepCount)", row: 0, Style(.accent))
    frame.put(heading(item).truncated(width - 2), row: 1, column: 1, Style(itemRole, bold: true))
    var row = 2
    if full {
      if state.pressureFlagged.contains(state.index) {
        frame.put(Self.easeOff.truncated(width - 2), row: 2, column: 1, Style(.warning, bold: true))
        row = 4
      } else if let cue = cueLine(item) {
        // The cue may take rows from the digits only while they keep their smallest size.
        let spare = max(1, height - 4 - BigFont.rows - 6 - reservedBelowDigits(item))
        let lines = cue.wrapped(width - 2, maxLines: spare)
        for (index, line) in lines.enumerated() {
          frame.put(line, row: 2 + index, column: 1, Style(.dim))
        }
        row = 3 + lines.count
      } else {
        row = 4
      }
    } else if state.pressureFlagged.contains(state.index), height > 12 {
      frame.put(Self.easeOff.truncated(width - 2), row: height - 2, column: 1, Style(.warning))
    }
    // The time (or the rep count), big.
    let scales = full ? fullScales(item, top: row) : (digits: 1, phase: 1)
    let sy = scales.digits
    let digits = bigText
    let sx = layout.horizontalScale(for: digits, sy: sy)
    BigFont.center(digits, into: &frame, row: row, sx: sx, sy: sy, Style(itemRole, bold: true))
    row += BigFont.rows * sy + (full ? 1 : 0)
    // What to do now: breath word, PAUSED, the movement.
    if full {
      if hasPhase(item) {
        phaseBlock(item, row: row, scale: scales.phase)
        row += phaseRows(item, scale: scales.phase) + 1
      }
      if hasPacer {
        pacerRow(item, row: row, thickness: scales.phase)
        row += scales.phase + 1
      }
    } else {
      smallPhaseRow(item, row: row)
      row += 1
    }
    // Progress.
    progressRow("step", cells: readout.stepCells, time: stepTimeLabel, row: row, role: itemRole)
    if readout.pastHalfway == false, layout.progressBarWidth > 1 {
      frame[row, 10 + layout.progressBarWidth / 2] = Cell("│", Style(.dim))
    }
    progressRow(
      "session", cells: readout.sessionCells, time: "\(sessionLeft) left", row: row + 1,
      role: .accent)
    frame.put(nextLine.truncated(width - 2), row: row + 2, column: 1, Style(.dim))
    if let request = state.rating {
      let prompt = "\(request.question(in: plan)) 1 stiff … 5 free · 0 skips"
      frame.put(prompt.truncated(width - 2), row: height - 2, column: 1, Style(.accent, bold: true))
    } else if let notice = notice ?? state.note?.text {
      frame.put(notice.truncated(width - 2), row: height - 2, column: 1, Style(.warning))
    }
    frame.put(keyLine.truncated(width - 2), row: height - 1, column: 1, Style(.dim))
    overlays()
  }

  // MARK: - Sizes

  /// Whether the block under the digits says anything for this item now.
  func hasPhase(_ item: PlanItem) -> Bool {
    hasBigWord || item.technique == .reps || item.kind == .leadIn || item.kind == .switchSides
  }

  /// Whether the block under the digits is a big word (PAUSED, IN n, a breath phase).
  var hasBigWord: Bool { isPaused || readout.countIn != nil || readout.breath != nil }

  /// Whether a breath pacer or a beat marker is drawn.
  var hasPacer: Bool { readout.breath != nil || readout.beatCells != nil }

  /// Rows the word and pacer under the digits take at their smallest.
  func reservedBelowDigits(_ item: PlanItem) -> Int {
    (hasPhase(item) ? BigFont.rows + 1 : 0) + (hasPacer ? 2 : 0)
  }

  /// Rows the block under the digits takes: the big word grows, text lines do not.
  func phaseRows(_ item: PlanItem, scale: Int) -> Int {
    hasBigWord ? BigFont.rows * scale : BigFont.rows
  }

  /// The digits' and the big word's vertical scales in the full tier, so that together
  /// with the pacer they fill the rows between the header and the progress rows: the big
  /// word and the pacer grow as one, the digits take whatever is left.
  func fullScales(_ item: PlanItem, top: Int) -> (digits: Int, phase: Int) {
    // Below the digits: a gap, the step and session bars, "Next", the notice, the keys.
    let free = height - top - 1 - 3 - 2
    let pacer = hasPacer ? 1 : 0
    let word = hasBigWord ? 1 : 0
    var phase = 1
    if word + pacer > 0 {
      let fixed =
        (hasPhase(item) ? 1 : 0) + pacer + (hasPhase(item) && word == 0 ? BigFont.rows : 0)
      let perScale = BigFont.rows + word * BigFont.rows + pacer
      phase = max(1, (free - fixed) / perScale)
    }
    var used = 0
    if hasPhase(item) { used += phaseRows(item, scale: phase) + 1 }
    if hasPacer { used += phase + 1 }
    let digits = max(phase, (free - used) / BigFont.rows)
    return (digits, phase)
  }

  // MARK: - Regions

  mutating func phaseBlock(_ item: PlanItem, row: Int, scale: Int) {
    let sy = scale
    if isPaused {
      let sx = layout.horizontalScale(for: "PAUSED", sy: sy)
      BigFont.center("PAUSED", into: &frame, row: row, sx: sx, sy: sy, Style(.paused, bold: true))
    } else if let count = readout.countIn {
      let word = "IN \(count)"
      let sx = layout.horizontalScale(for: word, sy: sy)
      BigFont.center(word, into: &frame, row: row, sx: sx, sy: sy, Style(.paused, bold: true))
    } else if let breath = readout.breath {
      let word = breath.phase.label
      let sx = layout.horizontalScale(for: word, sy: sy)
      BigFont.center(word, into: &frame, row: row, sx: sx, sy: sy, Style(.breathe, bold: true))
    } else if item.technique == .reps {
      frame.center(
        (item.step.movement ?? "").truncated(width - 2), row: row + 1, Style(.text, bold: true))
      let manual = item.isCountedReps
      let style = manual ? Style(.warning, bold: true) : Style(.dim)
      frame.center(state.repsHint(of: item).truncated(width - 2), row: row + 3, style)
    } else if item.kind == .leadIn, let first = plan.items.first(where: { $0.kind == .step }) {
      frame.center(state.firstStepLine ?? "", row: row + 1, Style(.text, bold: true))
      if let cue = first.step.cue {
        frame.center(cue.truncated(width - 2), row: row + 3, Style(.dim))
      }
    } else if item.kind == .switchSides {
      frame.center("Switch to the right side", row: row + 2, Style(.text, bold: true))
    }
  }

  mutating func pacerRow(_ item: PlanItem, row: Int, thickness: Int) {
    let barWidth = layout.pacerWidth
    let start = (width - barWidth) / 2
    if let breath = readout.breath {
      for r in 0..<thickness {
        bar(cells: breath.cells, of: barWidth, row: row + r, column: start, role: .breathe)
      }
      let count =
        breath.of.map { " breath \(breath.number) of \($0)" } ?? " breath \(breath.number)"
      frame.put(count, row: row, column: start + barWidth, Style(.dim))
    } else if let beat = readout.beatCells {
      for r in 0..<thickness {
        bar(cells: beat, of: barWidth, row: row + r, column: start, role: .reps)
      }
      let names = item.step.tempoPhases?.count == 2 ? ["out", "back"] : ["out", "pause", "back"]
      let label = readout.beatPhase.map { names[min(names.count - 1, $0)] } ?? "beat"
      frame.put(" " + label, row: row, column: start + barWidth, Style(.dim))
    }
  }

  mutating func smallPhaseRow(_ item: PlanItem, row: Int) {
    if isPaused {
      frame.center(" PAUSED ", row: row, Style(.paused, bold: true, reverse: true))
    } else if let count = readout.countIn {
      frame.center(" RESUMING IN \(count) ", row: row, Style(.paused, bold: true, reverse: true))
    } else if let breath = readout.breath {
      let label = breath.phase.label.rightPadded(5)
      let start = max(1, (width - layout.pacerWidth - 6) / 2)
      frame.put(label, row: row, column: start, Style(.breathe, bold: true))
      bar(cells: breath.cells, of: layout.pacerWidth, row: row, column: start + 5, role: .breathe)
    } else if item.technique == .reps {
      var text = item.step.movement ?? ""
      if let beat = readout.beatCells, layout.pacerWidth > 0 {
        text += "  " + String(repeating: "█", count: beat * 10 / max(1, layout.pacerWidth))
      }
      frame.center(text.truncated(width - 2), row: row, Style(.text, bold: true))
    }
  }

  mutating func progressRow(_ label: String, cells: Int, time: String, row: Int, role: Role) {
    let barWidth = layout.progressBarWidth
    guard barWidth > 0 else { return }
    frame.put(label, row: row, column: 1, Style(.dim))
    bar(cells: cells, of: barWidth, row: row, column: 10, role: role)
    frame.put(time, row: row, column: 11 + barWidth, Style(.text))
  }

  mutating func bar(cells: Int, of barWidth: Int, row: Int, column: Int, role: Role) {
    let filled = Cell("█", Style(role))
    let empty = Cell("░", Style(.dim))
    for x in 0..<barWidth {
      frame[row, column + x] = x < cells ? filled : empty
    }
  }

  mutating func overlays() {
    if case .confirmingQuit = state.mode {
      box(["End session? y/n", "", "y ends and saves it · n or esc goes on"], role: .warning)
    } else if state.overlay == .help {
      box(["Keys", ""] + KeyTable.lines(in: state), role: .accent)
    }
  }

  mutating func box(_ lines: [String], role: Role) {
    let inner = min(width - 4, (lines.map(\.columns).max() ?? 0) + 2)
    let rows = min(height - 2, lines.count + 2)
    guard inner > 2, rows > 2 else { return }
    let left = (width - inner - 2) / 2
    let top = (height - rows) / 2
    let border = Style(role, bold: true)
    frame.put("┌" + String(repeating: "─", count: inner) + "┐", row: top, column: left, border)
    for r in 1..<(rows - 1) {
      frame.put(
        "│" + String(repeating: " ", count: inner) + "│", row: top + r, column: left, border)
      let index = r - 1
      if index < lines.count {
        let style = index == 0 ? Style(role, bold: true) : Style(.text)
        frame.put(lines[index].truncated(inner - 2), row: top + r, column: left + 2, style)
      }
    }
    frame.put(
      "└" + String(repeating: "─", count: inner) + "┘", row: top + rows - 1, column: left, border)
  }

  mutating func summaryScreen(_ summary: Summary) {
    let lines = SummaryText.lines(summary, weekCount: weekCount)
    for (index, line) in lines.prefix(height - 2).enumerated() {
      let style =
        index == 0 ? Style(.accent, bold: true) : index < 8 ? Style(.text) : Style(.dim)
      frame.put(line.truncated(width - 2), row: index, column: 1, style)
    }
    frame.put("Press any key to exit", row: height - 1, column: 1, Style(.dim))
  }

  // MARK: - Words

  static let easeOff =
    "Ease off: lighter and slower. Heavy pressure makes the muscle guard, not release"

  func heading(_ item: PlanItem) -> String { state.heading(of: item) }

  func cueLine(_ item: PlanItem) -> String? {
    switch item.kind {
    case .leadIn: return "Get into position; the first step starts when this reaches zero"
    case .switchSides: return "Turn over and set up the other side"
    case .transition: return Cue.itemStarted(index: state.index).phrase(in: plan)
    case .step: return item.step.cue
    }
  }

  var bigText: String {
    if let reps = readout.reps, let item {
      return "\(reps)/\(item.step.reps ?? 0)"
    }
    return TimeSpan.seconds(Double(readout.remainingSeconds ?? 0)).clockFace
  }

  var stepTimeLabel: String {
    if let reps = readout.reps, let item { return "rep \(reps) / \(item.step.reps ?? 0)" }
    return "\(TimeSpan.seconds(Double(readout.remainingSeconds ?? 0)).clockFace) left"
  }

  var sessionLeft: String { TimeSpan.seconds(Double(readout.sessionSeconds)).clockFace }

  var nextLine: String { state.nextLine }

  /// The keys that work now, as many as fit: the optional ones go first when short of
  /// room, then all but pause and help.
  var keyLine: String {
    let hints = KeyTable.hints(in: state)
    let fits = { (keys: [String]) in keys.joined(separator: " · ").columns <= width - 2 }
    let all = hints.map(\.text)
    let short = hints.filter { !$0.optional }.map(\.text)
    // A check-in keeps the keys that answer it; a session, pause and help.
    let least =
      state.question != nil
      ? short : all.filter { $0.hasPrefix("space") || $0.hasPrefix("?") || $0.hasPrefix("y ") }
    return (fits(all) ? all : fits(short) ? short : least).joined(separator: " · ")
  }
}
