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
    painter.paint()
    return painter.frame
  }

  /// How much of the summary, or of the open help overlay, a terminal of this size shows,
  /// for the key table's scroll events; `.fits` when neither shows or all of it fits.
  public static func viewport(
    _ state: SessionState, width: Int, height: Int, weekCount: Int? = nil
  ) -> Viewport {
    let layout = Layout(width: width, height: height)
    if let summary = state.summary {
      return summaryView(summary, layout: layout, weekCount: weekCount).view
    }
    if state.overlay == .help, !state.isAskingToQuit { return helpView(layout, state).view }
    return .fits
  }

  /// The summary's lines at this size, the column they start at, and how much shows.
  static func summaryView(_ summary: Summary, layout: Layout, weekCount: Int?) -> (
    lines: [SummaryText.ScreenLine], column: Int, view: Viewport
  ) {
    guard layout.tier != .tooSmall else { return ([], 0, .fits) }
    let column = layout.tier == .compact ? 0 : 1
    let lines = SummaryText.screenLines(
      summary, weekCount: weekCount, width: layout.width - 2 * column,
      blankLines: layout.tier != .compact)
    // The last row says how to leave, and where the text is when it scrolls.
    let rows = layout.height - 1
    return (lines, column, Viewport(rows: rows, limit: lines.count - rows))
  }

  /// The help's lines at this size, whether they keep their title's blank line, and how
  /// much shows: in a box on the larger screens, on the whole screen on the smallest.
  static func helpView(_ layout: Layout, _ state: SessionState) -> (
    lines: [String], spaced: Bool, view: Viewport
  ) {
    // While a check-in asks, its own keys.
    let bindings = state.question == nil ? KeyTable.bindings : KeyTable.checkInBindings
    switch layout.tier {
    case .tooSmall: return ([], false, .fits)
    case .compact:
      let lines = HelpText.lines(width: layout.width, bindings: bindings)
      guard lines.count > layout.height else { return (lines, false, .fits) }
      let rows = layout.height - 1
      return (lines, false, Viewport(rows: rows, limit: lines.count - rows))
    case .medium, .full:
      // Inside the box: the borders, "Keys", a blank line when all of it fits.
      let lines = HelpText.lines(width: layout.width - 6, bindings: bindings)
      let boxRows = layout.height - 2
      guard lines.count + 4 > boxRows else { return (lines, true, .fits) }
      let rows = boxRows - 3
      return (lines, false, Viewport(rows: rows, limit: lines.count - rows))
    }
  }
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

  /// Paints the whole screen in the layout its size takes.
  mutating func paint() {
    switch layout.tier {
    case .tooSmall: tooSmall()
    case .compact: compact()
    case .medium, .full: large()
    }
  }

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
      summaryScreen(summary)
      return
    }
    guard let item else { return }
    frame.put(heading(item).truncated(width), row: 0, column: 0, Style(itemRole, bold: true))
    var second = bigText
    if isPaused {
      second += "  PAUSED"
    } else if let words = readout.countInWords {
      second += "  " + words
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
    compactOverlays()
  }

  /// What the compact screen shows over a step or a check-in: the quit question in its
  /// second row, or the keys on the whole screen, scrolling where they do not fit.
  mutating func compactOverlays() {
    if case .confirmingQuit = state.mode {
      frame.put(
        "End session? y/n".rightPadded(width), row: 1, column: 0, Style(.warning, reverse: true))
    } else if state.overlay == .help {
      for row in 0..<height {
        frame.put(String(repeating: " ", count: width), row: row, column: 0)
      }
      let help = SessionScreen.helpView(layout, state)
      let first = Scrolling.first(state.scroll, in: help.view)
      let rows = help.view.scrolls ? help.view.rows : height
      for (row, line) in help.lines.dropFirst(first).prefix(rows).enumerated() {
        frame.put(line.truncated(width), row: row, column: 0)
      }
      if help.view.scrolls {
        let footer = Scrolling.footer(
          first: first, in: help.view, keys: ["↑↓ scroll · esc closes", "esc closes"],
          width: width)
        let end = frame.put(footer.position, row: height - 1, column: 0, Style(.accent, bold: true))
        frame.put(footer.rest, row: height - 1, column: end, Style(.dim))
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
    let flagged = state.pressureFlagged.contains(state.index)
    var gaps = Gaps(digits: 1, phase: hasPhase(item) ? 1 : 0, pacer: hasPacer ? 1 : 0)
    if full {
      let words = flagged ? Self.easeOff : cueLine(item)
      let style = flagged ? Style(.warning, bold: true) : Style(.dim)
      gaps = closeGaps(item, for: words)
      row = cueRows(words, style: style, room: cueRoom(item, gaps: gaps)) ?? 4
    } else {
      if flagged, height > 12 {
        frame.put(Self.easeOff.truncated(width - 2), row: height - 2, column: 1, Style(.warning))
      }
      // The rows the medium layout does not use hold the cue, above the digits: those
      // past its 13 (header 2, digits 5, the word row, the bars 2, "Next", the notice,
      // the keys), and the word row when it has nothing to say.
      let room = max(0, height - 13) + (usesWordRow(item) ? 0 : 1)
      row = cueRows(cueLine(item), style: Style(.dim), room: room) ?? 2
    }
    // The time (or the rep count), big.
    var scales = full ? fullScales(item, top: row, gaps: gaps) : (digits: 1, phase: 1, spare: 0)
    // The blank rows under the digits, the word and the pacer give way, from the bottom
    // up, where that makes the digits a size bigger: they are read from the floor.
    if full, scales.spare + gaps.digits + gaps.phase + gaps.pacer >= BigFont.rows {
      var closed = gaps
      for gap in [\Gaps.pacer, \Gaps.phase, \Gaps.digits] where closed[keyPath: gap] > 0 {
        closed[keyPath: gap] = 0
        let closer = fullScales(item, top: row, gaps: closed)
        if closer.digits > scales.digits {
          (gaps, scales) = (closed, closer)
          break
        }
      }
    }
    // Rows the scales leave over go half above the digits, so the block sits centred.
    row += scales.spare / 2
    let sy = scales.digits
    let digits = bigText
    let sx = layout.horizontalScale(for: digits, sy: sy)
    let digitsRow = row
    BigFont.center(digits, into: &frame, row: row, sx: sx, sy: sy, Style(itemRole, bold: true))
    row += BigFont.rows * sy + (full ? gaps.digits : 0)
    // What to do now: breath word, PAUSED, the movement.
    if full {
      if hasPhase(item) {
        phaseBlock(item, row: row, scale: scales.phase)
        row += phaseRows(item, scale: scales.phase) + gaps.phase
      }
      if hasPacer {
        pacerRow(item, row: row, thickness: scales.phase)
        row += scales.phase + gaps.pacer
      }
    } else if usesWordRow(item) {
      smallPhaseRow(item, row: row)
      row += 1
    }
    progressRows(row: row)
    frame.put(nextLine.truncated(width - 2), row: row + 2, column: 1, Style(.dim))
    if let request = state.rating {
      // Where the scale does not fit, the question keeps its keys in short.
      let question = request.question(in: plan)
      let prompt =
        [" 1 stiff … 5 free · 0 skips", " 1-5, 0 skips", " 1-5"].map { question + $0 }
        .first { $0.columns <= width - 2 } ?? question
      frame.put(prompt.truncated(width - 2), row: height - 2, column: 1, Style(.accent, bold: true))
    } else if let notice = notice ?? state.note?.text {
      frame.put(notice.truncated(width - 2), row: height - 2, column: 1, Style(.warning))
    }
    frame.put(keyLine.truncated(width - 2), row: height - 1, column: 1, Style(.dim))
    overlays()
    // The moving parts may be redrawn alone only where nothing else overlaps them.
    if ticksAlone, row + 1 < height - 2 {
      ticking = Ticking(
        digits: ClockFace(seconds: readout.remainingSeconds ?? 0), row: digitsRow, sx: sx, sy: sy,
        progressRow: row, pastHalfway: readout.pastHalfway)
    }
  }

  /// The step bar (with its halfway mark) and the session bar, with the time each has
  /// left, on `row` and the row under it.
  mutating func progressRows(row: Int) {
    guard layout.progressBarWidth > 0 else { return }
    frame.put("step", row: row, column: 1, Style(.dim))
    frame.put("session", row: row + 1, column: 1, Style(.dim))
    progressBars(row: row)
  }

  /// What moves on the progress rows: the bars, the halfway mark and the times. The
  /// times of a countdown are written from their clock faces, without a `String`.
  mutating func progressBars(row: Int) {
    let barWidth = layout.progressBarWidth
    guard barWidth > 0 else { return }
    let times = 11 + barWidth
    bar(cells: readout.stepCells, of: barWidth, row: row, column: 10, role: itemRole)
    if readout.reps == nil {
      let end = frame.put(
        ClockFace(seconds: readout.remainingSeconds ?? 0), row: row, column: times, Style(.text))
      frame.put(ascii: " left", row: row, column: end, Style(.text))
    } else {
      frame.put(repsLabel, row: row, column: times, Style(.text))
    }
    if readout.pastHalfway == false, barWidth > 1 {
      frame[row, 10 + barWidth / 2] = Cell("│", Style(.dim))
    }
    bar(cells: readout.sessionCells, of: barWidth, row: row + 1, column: 10, role: .accent)
    let end = frame.put(
      ClockFace(seconds: readout.sessionSeconds), row: row + 1, column: times, Style(.text))
    frame.put(ascii: " left", row: row + 1, column: end, Style(.text))
  }

  // MARK: - Ticks

  /// Where the parts of a running countdown's screen that move with time went: the big
  /// digits and the two progress rows. Between them and the next change of anything
  /// else, a tick redraws only these (`tick(_:into:)`).
  struct Ticking {
    /// The digits drawn, their top row and their scales.
    var digits: ClockFace
    var row: Int
    var sx: Int
    var sy: Int
    /// The row of the step bar; the session bar is under it.
    var progressRow: Int
    /// Whether the halfway mark was drawn (false), or not (true, nil).
    var pastHalfway: Bool?
  }

  /// Where this frame's moving parts went, when a tick may redraw only them.
  var ticking: Ticking?

  /// Whether nothing but the digits, the bars and their times moves on this screen until
  /// something else changes: a timed item running, in the medium or full layout, with no
  /// breath pacer, beat, 3-2-1, reps or overlay.
  var ticksAlone: Bool {
    state.mode == .running && state.overlay == nil && readout.remainingSeconds != nil
      && readout.reps == nil && readout.breath == nil && readout.beatCells == nil
      && readout.countIn == nil && (layout.tier == .medium || layout.tier == .full)
  }

  /// Redraws the moving parts of a frame drawn whole for an earlier readout of the same
  /// screen (`last` says where they went), exactly as `large()` would draw them now, and
  /// puts the regions it changed in `regions`; false, changing nothing, when the screen
  /// would not keep its shape (the digits need another width, the halfway mark goes, the
  /// countdown stopped).
  ///
  /// A tick is most of a session's wakes, so it builds no `String` and allocates nothing.
  mutating func tick(_ last: Ticking, into regions: inout [FrameRegion]) -> Bool {
    let digits = ClockFace(seconds: readout.remainingSeconds ?? 0)
    guard ticksAlone, readout.pastHalfway == last.pastHalfway,
      BigFont.width(of: digits, sx: 1) == BigFont.width(of: last.digits, sx: 1)
    else { return false }
    regions.removeAll(keepingCapacity: true)
    // The digits from the first that changed: those before it stay where they are.
    var same = 0
    while same < digits.count, same < last.digits.count, digits[same] == last.digits[same] {
      same += 1
    }
    if same < digits.count {
      let total = BigFont.width(of: digits, sx: last.sx)
      let left = max(0, (width - total) / 2)
      let start =
        left + (same == 0 ? 0 : BigFont.width(of: digits, count: same, sx: last.sx) + last.sx)
      let rows = last.row..<(last.row + BigFont.rows * last.sy)
      for row in rows {
        frame.fill(row: row, column: start, count: left + total - start, with: .blank)
      }
      BigFont.draw(
        digits, from: same, into: &frame, row: last.row, column: start, sx: last.sx,
        sy: last.sy, Style(itemRole, bold: true))
      regions.append(FrameRegion(rows: rows, columns: start..<(left + total)))
    }
    // The bars and their times, the times' old text cleared first.
    let bars = last.progressRow..<(last.progressRow + 2)
    let times = 11 + layout.progressBarWidth
    for row in bars { frame.fill(row: row, column: times, count: width - times, with: .blank) }
    progressBars(row: last.progressRow)
    regions.append(FrameRegion(rows: bars, columns: 10..<width))
    ticking = Ticking(
      digits: digits, row: last.row, sx: last.sx, sy: last.sy, progressRow: last.progressRow,
      pastHalfway: readout.pastHalfway)
    return true
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

  /// Whether the medium layout's row under the digits says anything for this item now.
  func usesWordRow(_ item: PlanItem) -> Bool {
    hasBigWord || item.technique == .reps
  }

  /// The blank rows kept under the digits, the word and the pacer (1 or 0 each).
  struct Gaps {
    var digits: Int
    var phase: Int
    var pacer: Int
  }

  /// Rows the cue may take in the full layout: those the screen holds besides the
  /// digits at their smallest, everything else and `gaps`; the gap above the digits
  /// included. Header 2, digits 5, the bars 2, "Next", the notice and the keys: 12.
  func cueRoom(_ item: PlanItem, gaps: Gaps) -> Int {
    max(1, height - 12 - gaps.digits - reservedBelowDigits(item, gaps: gaps))
  }

  /// The gaps under the digits, closed from the bottom up (under the pacer, under the
  /// word, under the digits) while `words` need more rows than they leave: a cue is read
  /// before the screen is admired.
  func closeGaps(_ item: PlanItem, for words: String?) -> Gaps {
    var gaps = Gaps(digits: 1, phase: hasPhase(item) ? 1 : 0, pacer: hasPacer ? 1 : 0)
    guard let words else { return gaps }
    let needed = Self.cueLineCounts.value(for: WrapRequest(text: words, width: width - 2)) {
      $0.text.wrapped($0.width).count
    }
    for gap in [\Gaps.pacer, \Gaps.phase, \Gaps.digits] {
      guard needed > cueRoom(item, gaps: gaps) else { break }
      gaps[keyPath: gap] = 0
    }
    return gaps
  }

  /// Draws `words` wrapped from row 2 onto at most `room` rows; returns the row after
  /// them and the gap under them, which goes when the words need its row. Nil, drawing
  /// nothing, without words or room.
  mutating func cueRows(_ words: String?, style: Style, room: Int) -> Int? {
    guard let words, room > 0 else { return nil }
    let request = WrapRequest(text: words, width: width - 2, maxLines: room)
    let lines = Self.cueLines.value(for: request) {
      $0.text.wrapped($0.width, maxLines: $0.maxLines)
    }
    for (index, line) in lines.enumerated() {
      frame.put(line, row: 2 + index, column: 1, style)
    }
    return 2 + lines.count + (lines.count < room ? 1 : 0)
  }

  /// Rows the word and pacer under the digits take at their smallest, with `gaps`.
  func reservedBelowDigits(_ item: PlanItem, gaps: Gaps) -> Int {
    (hasPhase(item) ? phaseRows(item, scale: 1) + gaps.phase : 0)
      + (hasPacer ? 1 + gaps.pacer : 0)
  }

  /// Rows the block under the digits takes: the big word grows, text lines do not.
  func phaseRows(_ item: PlanItem, scale: Int) -> Int {
    hasBigWord ? BigFont.rows * scale : textRows(item)
  }

  /// Rows the lines under the digits take when there is no big word: a movement and how
  /// it is paced, the first step and its cue, the side to switch to.
  func textRows(_ item: PlanItem) -> Int {
    if item.technique == .reps { return 3 }
    if item.kind == .leadIn { return leadInCue(item).isEmpty ? 1 : 2 + leadInCue(item).count }
    if item.kind == .switchSides { return 1 }
    return 0
  }

  /// The first step's cue as the get-ready shows it, in at most two lines.
  func leadInCue(_ item: PlanItem) -> [String] {
    guard item.kind == .leadIn, let first = plan.items.first(where: { $0.kind == .step }),
      let cue = first.step.cue
    else { return [] }
    return cue.wrapped(width - 2, maxLines: 2)
  }

  /// The digits' and the big word's vertical scales in the full tier, so that together
  /// with the pacer they fill the rows between the header and the progress rows: the big
  /// word and the pacer grow as one, the digits take whatever is left; and the rows left
  /// over, fewer than a scale step of the digits.
  func fullScales(_ item: PlanItem, top: Int, gaps: Gaps) -> (
    digits: Int, phase: Int, spare: Int
  ) {
    // Below the digits: a gap, the step and session bars, "Next", the notice, the keys.
    let free = height - top - gaps.digits - 3 - 2
    let pacer = hasPacer ? 1 : 0
    let word = hasBigWord ? 1 : 0
    var phase = 1
    if word + pacer > 0 {
      let fixed =
        (hasPhase(item) ? gaps.phase : 0) + (hasPacer ? gaps.pacer : 0)
        + (hasPhase(item) && word == 0 ? textRows(item) : 0)
      let perScale = BigFont.rows + word * BigFont.rows + pacer
      phase = max(1, (free - fixed) / perScale)
    }
    var used = 0
    if hasPhase(item) { used += phaseRows(item, scale: phase) + gaps.phase }
    if hasPacer { used += phase + gaps.pacer }
    let digits = max(phase, (free - used) / BigFont.rows)
    return (digits, phase, max(0, free - used - digits * BigFont.rows))
  }

  // MARK: - Regions

  mutating func phaseBlock(_ item: PlanItem, row: Int, scale: Int) {
    let sy = scale
    if isPaused {
      let sx = layout.horizontalScale(for: "PAUSED", sy: sy)
      BigFont.center("PAUSED", into: &frame, row: row, sx: sx, sy: sy, Style(.paused, bold: true))
    } else if let words = readout.countInWords {
      // Big where the whole phrase fits, else one line of it in the middle of the block.
      let word = words.uppercased()
      if BigFont.width(of: word, sx: 1) <= width - 2 {
        let sx = layout.horizontalScale(for: word, sy: sy)
        BigFont.center(word, into: &frame, row: row, sx: sx, sy: sy, Style(.paused, bold: true))
      } else {
        frame.center(
          " \(words) ", row: row + BigFont.rows * sy / 2, Style(.paused, bold: true, reverse: true))
      }
    } else if let breath = readout.breath {
      let word = breath.phase.label
      let sx = layout.horizontalScale(for: word, sy: sy)
      BigFont.center(word, into: &frame, row: row, sx: sx, sy: sy, Style(.breathe, bold: true))
    } else if item.technique == .reps {
      frame.center(
        (item.step.movement ?? "").truncated(width - 2), row: row, Style(.text, bold: true))
      let manual = item.isCountedReps
      let style = manual ? Style(.warning, bold: true) : Style(.dim)
      frame.center(state.repsHint(of: item).truncated(width - 2), row: row + 2, style)
    } else if item.kind == .leadIn {
      frame.center(state.firstStepLine ?? "", row: row, Style(.text, bold: true))
      // Two lines at most, so the first step's cue is read whole.
      for (index, line) in leadInCue(item).enumerated() {
        frame.center(line, row: row + 2 + index, Style(.dim))
      }
    } else if item.kind == .switchSides {
      frame.center("Switch to the right side", row: row, Style(.text, bold: true))
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
    } else if let words = readout.countInWords {
      frame.center(" \(words) ", row: row, Style(.paused, bold: true, reverse: true))
    } else if let breath = readout.breath {
      let label = breath.phase.label.rightPadded(5)
      let start = max(1, (width - layout.pacerWidth - 6) / 2)
      frame.put(label, row: row, column: start, Style(.breathe, bold: true))
      bar(cells: breath.cells, of: layout.pacerWidth, row: row, column: start + 5, role: .breathe)
    } else if item.isCountedReps {
      // Nothing else will count them: say so, where the heading names the movement.
      frame.center(
        state.repsHint(of: item).truncated(width - 2), row: row, Style(.warning, bold: true))
    } else if item.technique == .reps {
      var text = item.step.movement ?? ""
      if let beat = readout.beatCells, layout.pacerWidth > 0 {
        text += "  " + String(repeating: "█", count: beat * 10 / max(1, layout.pacerWidth))
      }
      frame.center(text.truncated(width - 2), row: row, Style(.text, bold: true))
    }
  }

  mutating func bar(cells: Int, of barWidth: Int, row: Int, column: Int, role: Role) {
    let filled = min(max(0, cells), barWidth)
    frame.fill(row: row, column: column, count: filled, with: Cell("█", Style(role)))
    frame.fill(
      row: row, column: column + filled, count: barWidth - filled, with: Cell("░", Style(.dim)))
  }

  mutating func overlays() {
    if case .confirmingQuit = state.mode {
      box(["End session? y/n", "", "y ends and saves it · n or esc goes on"], role: .warning)
    } else if state.overlay == .help {
      helpBox()
    }
  }

  /// The keys in a box: all of them with room to spare, else what fits from the scroll
  /// position, with where it is beside the title and the keys that scroll in the border.
  mutating func helpBox() {
    let help = SessionScreen.helpView(layout, state)
    guard help.view.scrolls else {
      box(["Keys"] + (help.spaced ? [""] : []) + help.lines, role: .accent)
      return
    }
    let first = Scrolling.first(state.scroll, in: help.view)
    let shown = Array(help.lines.dropFirst(first).prefix(help.view.rows))
    // As wide as the widest line of all, so the box keeps its size as it scrolls.
    let widest = help.lines.map(\.columns).max()
    let top = box(["Keys"] + shown, role: .accent, rows: height - 2, widest: widest)
    guard let top else { return }
    let room = top.right - top.left - 3 - "Keys".columns - 2
    let position =
      Scrolling.positions(first: first, in: help.view)
      .first { $0.columns <= room } ?? ""
    frame.put(
      position, row: top.row + 1, column: top.right - 1 - position.columns,
      Style(.accent, bold: true))
    let keys = " ↑↓ j k scroll · esc closes "
    let short = " ↑↓ scroll · esc closes "
    let words = [keys, short].first { $0.columns <= top.right - top.left - 3 } ?? ""
    frame.put(words, row: top.row + height - 3, column: top.left + 2, Style(.accent, bold: true))
  }

  /// Draws `lines` in a box in the middle, `rows` tall (with its borders) or as tall as
  /// they need; returns where its top border went.
  @discardableResult
  mutating func box(_ lines: [String], role: Role, rows: Int? = nil, widest: Int? = nil) -> (
    row: Int, left: Int, right: Int
  )? {
    let inner = min(width - 4, (widest ?? lines.map(\.columns).max() ?? 0) + 2)
    let rows = min(height - 2, rows ?? lines.count + 2)
    guard inner > 2, rows > 2 else { return nil }
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
    return (top, left, left + inner + 1)
  }

  /// The summary from the scroll position, as much as fits above the last row, which says
  /// how to leave and, when it scrolls, where the text is and how to see the rest.
  mutating func summaryScreen(_ summary: Summary) {
    let shown = SessionScreen.summaryView(summary, layout: layout, weekCount: weekCount)
    let column = shown.column
    let room = width - 2 * column
    let first = Scrolling.first(state.scroll, in: shown.view)
    for (row, line) in shown.lines.dropFirst(first).prefix(height - 1).enumerated() {
      frame.put(line.text.truncated(room), row: row, column: column, line.style)
    }
    guard shown.view.scrolls else {
      let words = ["Press any key to exit", "any key to exit", "any key exits"]
      let leave = words.first { $0.columns <= room } ?? ""
      frame.put(leave, row: height - 1, column: column, Style(.dim))
      return
    }
    let footer = Scrolling.footer(
      first: first, in: shown.view,
      keys: [
        "↑↓ PgUp PgDn scroll · any other key exits", "↑↓ scroll · any other key exits",
        "↑↓ scroll · other keys exit", "↑↓ scroll · others exit", "other keys exit",
      ], width: room)
    let end = frame.put(
      footer.position, row: height - 1, column: column, Style(.accent, bold: true))
    frame.put(footer.rest, row: height - 1, column: end, Style(.dim))
  }

  // MARK: - Words

  static let easeOff =
    "Ease off: lighter and slower. Heavy pressure makes the muscle guard, not release"

  func heading(_ item: PlanItem) -> String {
    Self.headings.value(for: item) { state.heading(of: $0) }
  }

  private static let headings = LastResult<PlanItem, String>()
  /// The cue wrapped, and how many rows it needs: the same words at every wake of a step.
  private static let cueLines = LastResult<WrapRequest, [String]>()
  private static let cueLineCounts = LastResult<WrapRequest, Int>()

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

  var bigText: String {
    if let reps = readout.reps, let item {
      return "\(reps)/\(item.step.reps ?? 0)"
    }
    return ClockFace(seconds: readout.remainingSeconds ?? 0).text
  }

  /// The step bar's words while reps are counted: "rep 3 / 8".
  var repsLabel: String { "rep \(readout.reps ?? 0) / \(item?.step.reps ?? 0)" }

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
}

/// Words to wrap at a width onto at most some lines.
struct WrapRequest: Equatable, Sendable {
  var text: String
  var width: Int
  var maxLines: Int = .max
}

/// The hints that work now and the room for them, and the line they make.
struct HintLine: Equatable, Sendable {
  var texts: [String]
  var ranks: [Int]
  var room: Int

  /// As many as fit, the least important left out first.
  var line: String { KeyTable.hintLine(Array(zip(texts, ranks)), room: room) }
}
