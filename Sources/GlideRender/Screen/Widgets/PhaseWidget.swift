import GlideCore

/// What to do now, under the digits: the breath word, PAUSED or the count-in in big
/// letters; else the movement and its pace, the first step, or the side to switch to.
enum PhaseWidget {
  /// The big word shown now, if any: the one part of the block that moves with time. A
  /// count-in is a line of its own where its words do not fit big (see `draw`).
  static func bigWord(_ scene: SessionScene) -> (word: String, role: Role)? {
    if scene.isPaused { return ("PAUSED", .paused) }
    if let words = scene.readout.countInWords {
      let big = words.uppercased()
      return BigFont.width(of: big, sx: 1) <= scene.width - 2 ? (big, .paused) : nil
    }
    if let breath = scene.readout.breath { return (breath.phase.label, .breathe) }
    return nil
  }

  /// The full layout's block, its big word `scale` cells to a pixel down.
  static func draw(
    _ scene: SessionScene, _ item: PlanItem, scale: Int, in rect: Rect, into frame: inout Frame
  ) {
    let width = rect.width
    if let big = bigWord(scene) {
      drawWord(big.word, role: big.role, scale: scale, in: rect, into: &frame)
    } else if let words = scene.readout.countInWords {
      // Too wide to say big: one line of it in the middle of the block.
      frame.center(
        " \(words) ", row: rect.row + BigFont.rows * scale / 2,
        Style(.paused, bold: true, reverse: true))
    } else if item.technique == .reps {
      frame.center(
        (item.step.movement ?? "").truncated(width - 2), row: rect.row, Style(.text, bold: true))
      let style = item.isCountedReps ? Style(.warning, bold: true) : Style(.dim)
      frame.center(scene.state.repsHint(of: item).truncated(width - 2), row: rect.row + 2, style)
    } else if item.kind == .leadIn {
      frame.center(scene.state.firstStepLine ?? "", row: rect.row, Style(.text, bold: true))
      // Two lines at most, so the first step's cue is read whole.
      for (index, line) in scene.leadInCue(item).enumerated() {
        frame.center(line, row: rect.row + 2 + index, Style(.dim))
      }
    } else if item.kind == .switchSides {
      frame.center("Switch to the right side", row: rect.row, Style(.text, bold: true))
    }
  }

  /// A big word centred in `rect`, as wide as the screen lets it be.
  static func drawWord(
    _ word: String, role: Role, scale: Int, in rect: Rect, into frame: inout Frame
  ) {
    let unit = BigFont.width(of: word, sx: 1)
    let sx = unit > 0 ? max(1, min(2 * scale, (rect.width - 2) / unit)) : 1
    BigFont.center(word, into: &frame, row: rect.row, sx: sx, sy: scale, Style(role, bold: true))
  }

  /// The medium layout's one row: the word in small, the breath's pacer beside it, the
  /// movement and its beat.
  static func drawRow(
    _ scene: SessionScene, _ item: PlanItem, in rect: Rect, into frame: inout Frame
  ) {
    let row = rect.row
    let width = rect.width
    let pacerWidth = scene.layout.pacerWidth
    if scene.isPaused {
      frame.center(" PAUSED ", row: row, Style(.paused, bold: true, reverse: true))
    } else if let words = scene.readout.countInWords {
      frame.center(" \(words) ", row: row, Style(.paused, bold: true, reverse: true))
    } else if let breath = scene.readout.breath {
      let start = max(1, (width - pacerWidth - 6) / 2)
      // The word in a field of five, so the pacer beside it stays put.
      let style = Style(.breathe, bold: true)
      let end = frame.put(breath.phase.label, row: row, column: start, style)
      frame.fill(row: row, column: end, count: start + 5 - end, with: Cell(narrow: " ", style))
      PacerWidget.bar(
        cells: breath.cells, of: pacerWidth, row: row, column: start + 5, role: .breathe,
        into: &frame)
    } else if item.isCountedReps {
      // Nothing else will count them: say so, where the heading names the movement.
      frame.center(
        scene.state.repsHint(of: item).truncated(width - 2), row: row,
        Style(.warning, bold: true))
    } else if item.technique == .reps {
      let marks = scene.readout.beatCells != nil && scene.layout.beatWidth > 0
      let room = max(0, width - 2 - (marks ? beatField + 2 : 0))
      let text = (item.step.movement ?? "").truncated(room)
      frame.put(
        text, row: row, column: rect.column + 1 + max(0, (room - DisplayWidth.of(text)) / 2),
        Style(.text, bold: true))
      drawBeat(scene, in: rect, into: &frame)
    }
  }

  /// Cells of the medium row's beat: a field of its own at the row's right end, so that
  /// a beat's wake redraws it alone, measuring no text.
  static let beatField = 10

  /// Where the medium row's beat is drawn.
  static func beatRect(in rect: Rect) -> Rect {
    Rect(
      row: rect.row, column: rect.column + max(0, rect.width - 1 - beatField),
      width: min(beatField, rect.width), height: 1)
  }

  /// The medium row's beat of paced reps: a mark for each tenth of the rep done.
  static func drawBeat(_ scene: SessionScene, in rect: Rect, into frame: inout Frame) {
    let beatWidth = scene.layout.beatWidth
    guard let beat = scene.readout.beatCells, beatWidth > 0 else { return }
    let field = beatRect(in: rect)
    let filled = min(field.width, beat * beatField / beatWidth)
    frame.fill(
      row: field.row, column: field.column, count: filled,
      with: Cell(narrow: "█", Style(.text, bold: true)))
  }
}
