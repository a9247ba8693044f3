import GlideCore

/// The step bar (with its halfway mark) and the session bar, each with the time it has
/// left, or the reps done on the step's row.
enum ProgressWidget {
  /// Columns from the left edge to the bars: a margin, then "session" and two blanks.
  static let barColumn = 10

  /// The columns the bars and their times take in `rect`, redrawn at each change.
  static func moving(in rect: Rect) -> Rect { rect.from(column: rect.column + barColumn) }

  /// The labels, the bars and their times, on the two rows of `rect`.
  static func draw(_ scene: SessionScene, in rect: Rect, into frame: inout Frame) {
    guard scene.layout.progressBarWidth > 0 else { return }
    frame.put(ascii: "step", row: rect.row, column: rect.column + 1, Style(.dim))
    frame.put(ascii: "session", row: rect.row + 1, column: rect.column + 1, Style(.dim))
    drawBars(scene, in: rect, into: &frame)
  }

  /// The columns the times (or the reps done) take in `rect`: a wake that moved no bar
  /// redraws these alone.
  static func times(in rect: Rect, barWidth: Int) -> Rect {
    rect.from(column: min(rect.right, rect.column + barColumn + barWidth + 1))
  }

  /// What moves on the progress rows: the bars, the halfway mark and the times, written
  /// without a `String`.
  static func drawBars(_ scene: SessionScene, in rect: Rect, into frame: inout Frame) {
    let readout = scene.readout
    let barWidth = scene.layout.progressBarWidth
    guard barWidth > 0 else { return }
    let start = rect.column + barColumn
    let row = rect.row
    PacerWidget.bar(
      cells: readout.stepCells, of: barWidth, row: row, column: start, role: scene.itemRole,
      into: &frame)
    if readout.pastHalfway == false, barWidth > 1 {
      frame[row, start + barWidth / 2] = Cell(narrow: "│", Style(.dim))
    }
    PacerWidget.bar(
      cells: readout.sessionCells, of: barWidth, row: row + 1, column: start, role: .accent,
      into: &frame)
    drawTimes(scene, in: rect, into: &frame)
  }

  /// The step's time left (or its reps done) and the session's, right of the bars.
  static func drawTimes(_ scene: SessionScene, in rect: Rect, into frame: inout Frame) {
    let readout = scene.readout
    let times = self.times(in: rect, barWidth: scene.layout.progressBarWidth).column
    let row = rect.row
    if let reps = readout.reps {
      var x = frame.put(ascii: "rep ", row: row, column: times, Style(.text))
      x = frame.put(decimal: reps, row: row, column: x, Style(.text))
      x = frame.put(ascii: " / ", row: row, column: x, Style(.text))
      frame.put(decimal: scene.item?.step.reps ?? 0, row: row, column: x, Style(.text))
    } else {
      let end = frame.put(
        ClockFace(seconds: readout.remainingSeconds ?? 0), row: row, column: times, Style(.text))
      frame.put(ascii: " left", row: row, column: end, Style(.text))
    }
    let end = frame.put(
      ClockFace(seconds: readout.sessionSeconds), row: row + 1, column: times, Style(.text))
    frame.put(ascii: " left", row: row + 1, column: end, Style(.text))
  }
}
