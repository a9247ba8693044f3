import GlideCore

/// The breath pacer, filling with the in-breath and emptying with the out-breath, or the
/// beat marker of paced reps, centred, with the breath's count or the rep's part beside
/// it. Redrawn alone at each of its changes, so it builds no `String`.
enum PacerWidget {
  /// The bar, `thickness` rows of `rect` tall, and its words on the first.
  static func draw(
    _ scene: SessionScene, _ item: PlanItem, thickness: Int, in rect: Rect,
    into frame: inout Frame
  ) {
    let barWidth = scene.layout.pacerWidth
    let start = rect.column + (rect.width - barWidth) / 2
    let end = start + barWidth
    if let breath = scene.readout.breath {
      for r in 0..<thickness {
        bar(
          cells: breath.cells, of: barWidth, row: rect.row + r, column: start, role: .breathe,
          into: &frame)
      }
      var x = frame.put(ascii: " breath ", row: rect.row, column: end, Style(.dim))
      x = frame.put(decimal: breath.number, row: rect.row, column: x, Style(.dim))
      if let of = breath.of {
        x = frame.put(ascii: " of ", row: rect.row, column: x, Style(.dim))
        frame.put(decimal: of, row: rect.row, column: x, Style(.dim))
      }
    } else if let beat = scene.readout.beatCells {
      for r in 0..<thickness {
        bar(
          cells: beat, of: barWidth, row: rect.row + r, column: start, role: .reps, into: &frame)
      }
      let x = frame.put(ascii: " ", row: rect.row, column: end, Style(.dim))
      frame.put(
        ascii: RepPart.name(scene.readout.beatPhase, of: item.step.tempoPhases?.count ?? 1),
        row: rect.row, column: x, Style(.dim))
    }
  }

  /// A bar of `barWidth` cells from `column`, `cells` of them filled.
  static func bar(
    cells: Int, of barWidth: Int, row: Int, column: Int, role: Role, into frame: inout Frame
  ) {
    let filled = min(max(0, cells), barWidth)
    frame.fill(row: row, column: column, count: filled, with: Cell(narrow: "█", Style(role)))
    frame.fill(
      row: row, column: column + filled, count: barWidth - filled,
      with: Cell(narrow: "░", Style(.dim)))
  }
}
