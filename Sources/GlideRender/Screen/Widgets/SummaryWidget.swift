import GlideCore

/// The summary from the scroll position, as much as fits above the last row, which says
/// how to leave and, when it scrolls, where the text is and how to see the rest.
enum SummaryWidget {
  static func draw(_ summary: Summary, _ scene: SessionScene, into frame: inout Frame) {
    let height = scene.height
    let shown = SessionScreen.summaryView(
      summary, layout: scene.layout, week: scene.week)
    let column = shown.column
    let room = scene.width - 2 * column
    let first = Scrolling.first(scene.state.scroll, in: shown.view)
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
}
