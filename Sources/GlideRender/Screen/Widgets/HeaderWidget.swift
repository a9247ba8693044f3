import GlideCore

/// The top of a step's screen: the routine's name, which step of how many, the step's
/// heading; and the cue under them.
enum HeaderWidget {
  /// Columns kept right of the routine's name for "step 12 of 40".
  static let stepCountRoom = 14

  /// The routine's name and where the session is on the first row of `rect`, the
  /// heading on the second.
  static func draw(_ scene: SessionScene, _ item: PlanItem, in rect: Rect, into frame: inout Frame)
  {
    frame.put(
      scene.plan.routineName.truncated(rect.width - stepCountRoom), row: rect.row,
      column: rect.column, Style(.accent, bold: true))
    frame.putRight(
      "step \(item.number) of \(scene.plan.stepCount)", row: rect.row,
      margin: frame.width - rect.right, Style(.accent))
    frame.put(
      scene.heading(item).truncated(rect.width), row: rect.row + 1, column: rect.column,
      Style(scene.itemRole, bold: true))
  }

  /// The cue's lines, one a row from the top of `rect`.
  static func drawCue(_ lines: [String], warns: Bool, in rect: Rect, into frame: inout Frame) {
    let style = warns ? Style(.warning, bold: true) : Style(.dim)
    for (index, line) in lines.enumerated() {
      frame.put(line, row: rect.row + index, column: rect.column, style)
    }
  }
}
