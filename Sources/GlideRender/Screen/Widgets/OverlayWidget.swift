import GlideCore

/// What shows over a screen: the question before ending a session, and the keys.
enum OverlayWidget {
  /// The overlay of the medium and full layouts, boxed in the middle, if one is open.
  static func draw(_ scene: SessionScene, into frame: inout Frame) {
    if case .confirmingQuit = scene.state.mode {
      box(
        [KeyTable.quitQuestion, "", KeyTable.quitQuestionKeys], role: .warning, into: &frame)
    } else if scene.state.overlay == .help {
      helpBox(scene, into: &frame)
    }
  }

  /// What the compact screen shows over a step or a check-in: the quit question in its
  /// second row, or the keys on the whole screen, scrolling where they do not fit.
  static func drawCompact(_ scene: SessionScene, into frame: inout Frame) {
    let width = scene.width
    let height = scene.height
    if case .confirmingQuit = scene.state.mode {
      frame.put(
        KeyTable.quitQuestion.rightPadded(width), row: 1, column: 0, Style(.warning, reverse: true))
      return
    }
    guard scene.state.overlay == .help else { return }
    frame.clear(Rect(width: width, height: height))
    let help = SessionScreen.helpView(scene.layout, scene.state)
    let first = Scrolling.first(scene.state.scroll, in: help.view)
    let rows = help.view.scrolls ? help.view.rows : height
    for (row, line) in help.lines.dropFirst(first).prefix(rows).enumerated() {
      frame.put(line.truncated(width), row: row, column: 0)
    }
    guard help.view.scrolls else { return }
    let footer = Scrolling.footer(
      first: first, in: help.view, keys: ["↑↓ scroll · esc closes", "esc closes"], width: width)
    let end = frame.put(footer.position, row: height - 1, column: 0, Style(.accent, bold: true))
    frame.put(footer.rest, row: height - 1, column: end, Style(.dim))
  }

  /// The keys in a box: all of them with room to spare, else what fits from the scroll
  /// position, with where it is beside the title and the keys that scroll in the border.
  static func helpBox(_ scene: SessionScene, into frame: inout Frame) {
    let help = SessionScreen.helpView(scene.layout, scene.state)
    guard help.view.scrolls else {
      box(["Keys"] + (help.spaced ? [""] : []) + help.lines, role: .accent, into: &frame)
      return
    }
    let height = scene.height
    let first = Scrolling.first(scene.state.scroll, in: help.view)
    let shown = Array(help.lines.dropFirst(first).prefix(help.view.rows))
    // As wide as the widest line of all, so the box keeps its size as it scrolls.
    let widest = help.lines.map(\.columns).max()
    let top = box(
      ["Keys"] + shown, role: .accent, rows: height - 2, widest: widest, into: &frame)
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
  static func box(
    _ lines: [String], role: Role, rows: Int? = nil, widest: Int? = nil, into frame: inout Frame
  ) -> (row: Int, left: Int, right: Int)? {
    let inner = min(frame.width - 4, (widest ?? lines.map(\.columns).max() ?? 0) + 2)
    let rows = min(frame.height - 2, rows ?? lines.count + 2)
    guard inner > 2, rows > 2 else { return nil }
    let left = (frame.width - inner - 2) / 2
    let top = (frame.height - rows) / 2
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
}
